import type { EventType } from '../../src/model';

/**
 * The events `POST /v1/user-webhooks` documents (its "Register a webhook" reference).
 * Deliveries carry other names (`call_ended`, ...; see inbound-event.ts): the API never says how
 * they relate.
 */
export const DIALNEXA_EVENTS = [
  { name: 'call.completed', description: 'A call ends successfully.' },
  { name: 'call.failed', description: 'A call attempt fails.' },
  { name: 'call.no_answer', description: 'No one picks up within the ring timeout.' },
  { name: 'campaign.completed', description: 'All leads in a campaign have been called.' },
  { name: 'campaign.paused', description: 'A campaign is paused.' },
  { name: 'workflow.lead.completed', description: 'A lead finishes all steps in a workflow.' },
] as const satisfies readonly EventType[];

/** A DialNexa subscription event name from the documented catalogue. */
export type DialNexaEvent = (typeof DIALNEXA_EVENTS)[number]['name'];

/**
 * What `events` takes: the catalogue's names autocomplete, and any other string still
 * type-checks (for `allowUnknownEvents`; without it, the call refuses it before sending).
 */
export type DialNexaEventName = DialNexaEvent | (string & {});

/** The catalogue's names, for checks and error messages. */
export const DIALNEXA_EVENT_NAMES: readonly string[] = /* @__PURE__ */ DIALNEXA_EVENTS.map((event) => event.name);
