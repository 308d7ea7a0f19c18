import type { WebhookInput, WebhookPatch } from '../model';
import type { FlagSpecs, FlagValues } from './command';
import { booleanFlag, listFlag, stringFlag } from './flag-values';
import { usageError } from './usage-error';

/** The flags `create` takes; `update` takes the same plus `--active`. */
export const WEBHOOK_INPUT_FLAGS: FlagSpecs = {
  url: { type: 'string', value: 'URL', description: 'where deliveries are POSTed' },
  events: { type: 'string', value: 'A,B', multiple: true, description: 'the event names, comma-separated' },
  name: { type: 'string', value: 'NAME', description: 'a label, for providers that keep one' },
  secret: { type: 'string', value: 'S', description: 'the signing secret, for providers that let you choose it (default: generated)' },
  inactive: { type: 'boolean', description: 'create it switched off (update: switch it off)' },
};

/** `create`'s flags as a `WebhookInput`; `--url` and `--events` are required. */
export function inputFromFlags(flags: FlagValues): WebhookInput {
  const url = stringFlag(flags, 'url');
  const events = listFlag(flags, 'events');
  if (!url) throw usageError('create', '--url URL is required', '--url');
  if (!events || events.length === 0) throw usageError('create', '--events is required (one or more event names)', '--events');
  const name = stringFlag(flags, 'name');
  const secret = stringFlag(flags, 'secret');
  return {
    url, events,
    ...(name === undefined ? {} : { name }),
    ...(secret === undefined ? {} : { secret }),
    ...(booleanFlag(flags, 'inactive') ? { active: false } : {}),
  };
}

/** `update`'s flags as a `WebhookPatch`: only what was given, and at least one thing. */
export function patchFromFlags(flags: FlagValues): WebhookPatch {
  if (booleanFlag(flags, 'active') && booleanFlag(flags, 'inactive')) {
    throw usageError('update', '--active and --inactive contradict each other', '--active');
  }
  const events = listFlag(flags, 'events');
  if (events !== undefined && events.length === 0) throw usageError('update', '--events needs one or more event names', '--events');
  const patch: WebhookPatch = {};
  for (const field of ['url', 'name', 'secret'] as const) {
    const value = stringFlag(flags, field);
    if (value !== undefined) patch[field] = value;
  }
  if (events) patch.events = events;
  if (booleanFlag(flags, 'active')) patch.active = true;
  if (booleanFlag(flags, 'inactive')) patch.active = false;
  if (Object.keys(patch).length === 0) {
    throw usageError('update', 'nothing to change: give --url, --events, --name, --secret, --active or --inactive');
  }
  return patch;
}
