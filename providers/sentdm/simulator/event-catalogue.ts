/**
 * The event types the sent.dm simulator offers (`GET /v3/webhooks/event-types`), and how a
 * delivered event finds its subscribers.
 * @module
 */

/** One entry of `event_types`, as sent.dm lists it. */
export interface SentDmEventType {
  name: string;
  display_name: string;
  description: string;
  is_active: boolean;
  event_type?: string;
  sub_types?: SentDmEventType[];
}

const MESSAGE_SUB_TYPES: [string, string][] = [
  ['queued', 'The message was accepted and queued for sending.'],
  ['routed', 'A channel and route were chosen for the message.'],
  ['sent', 'The message was handed to the carrier or channel.'],
  ['delivered', 'The recipient\'s device or channel confirmed delivery.'],
  ['read', 'The recipient read the message (WhatsApp and RCS only).'],
  ['failed', 'The message could not be delivered.'],
  ['received', 'A contact sent a message to one of your numbers.'],
];

/** The catalogue sent.dm lists: `message` with its seven sub types, and `templates` without any. */
export const SENTDM_EVENT_TYPES: readonly SentDmEventType[] = [
  {
    name: 'message', display_name: 'Message events', event_type: 'message', is_active: true,
    description: 'Status changes of messages you send, and inbound messages.',
    sub_types: MESSAGE_SUB_TYPES.map(([suffix, description]) => ({
      name: `message.${suffix}`, display_name: `Message ${suffix}`, event_type: `message.${suffix}`, description, is_active: true,
    })),
  },
  {
    name: 'templates', display_name: 'Template events', event_type: 'templates', is_active: true,
    description: 'WhatsApp template review status changes.',
  },
];

// Subscription examples in the reference use the plural `messages`; the event docs use `message`.
const ALIASES: Readonly<Record<string, string>> = { messages: 'message' };

/** Every name a webhook may subscribe to: parents, their sub types, and the legacy plural. */
export const SUBSCRIBABLE: ReadonlySet<string> = new Set([
  ...Object.keys(ALIASES),
  ...SENTDM_EVENT_TYPES.flatMap((type) => [type.name, ...(type.sub_types ?? []).map((sub) => sub.name)]),
]);

/** A delivered event split into the envelope's `field` and `sub_type`. */
export interface ResolvedEvent {
  field: string;
  subType?: string;
}

/** `message.delivered` -> `{ field: 'message', subType: 'message.delivered' }`; undefined when unknown. */
export function resolveEvent(name: string): ResolvedEvent | undefined {
  if (!SUBSCRIBABLE.has(name)) return undefined;
  const canonical = ALIASES[name] ?? name;
  const dot = canonical.indexOf('.');
  return dot === -1 ? { field: canonical } : { field: canonical.slice(0, dot), subType: canonical };
}

/**
 * Whether a webhook subscribed to `eventTypes` (narrowed by `filters`, `{ message: ['delivered'] }`)
 * receives `event`. A parent name covers all its sub types; a filter for the parent then narrows
 * them by suffix (or full name).
 */
export function subscribes(eventTypes: readonly string[], filters: Record<string, string[]> | null, event: ResolvedEvent): boolean {
  const names = new Set(eventTypes.map((name) => ALIASES[name] ?? name));
  if (!names.has(event.field) && !(event.subType && names.has(event.subType))) return false;
  const filter = filters?.[event.field] ?? (event.field === 'message' ? filters?.messages : undefined);
  if (!filter || !event.subType) return true;
  const suffix = event.subType.slice(event.field.length + 1);
  return filter.includes(suffix) || filter.includes(event.subType);
}
