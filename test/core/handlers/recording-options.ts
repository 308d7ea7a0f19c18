import type { InboundEvent } from '../../../src/verify/verified-event';
import type { WebhookHandlerOptions } from '../../../providers/catalogue/signing';
import { DIALNEXA_SECRET } from '../verify/fixtures';

/** Handler options (DialNexa by default) that record every event and every reported error. */
export function recordingOptions(overrides: Partial<WebhookHandlerOptions> = {}) {
  const events: InboundEvent[] = [];
  const errors: { error: unknown; status: number }[] = [];
  const options: WebhookHandlerOptions = {
    provider: 'dialnexa',
    secret: DIALNEXA_SECRET,
    onEvent: (event) => { events.push(event); },
    onError: (error, status) => { errors.push({ error, status }); },
    ...overrides,
  };
  return { options, events, errors };
}
