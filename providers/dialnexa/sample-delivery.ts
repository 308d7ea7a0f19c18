import type { SampleDelivery } from '../../src/provider-descriptor';

/**
 * A DialNexa delivery: `{ event_type, payload }`, as its call events come. DialNexa signs no
 * timestamp and puts none on the body. A call event gets a `call.id` when `data` has none, so it
 * verifies as the typed event it names.
 *
 * @example
 * dialnexaSampleDelivery('call_ended', { duration: 42 }, new Date()).body
 * // '{"event_type":"call_ended","payload":{"call":{"id":"call_sample"},"duration":42}}'
 */
export function dialnexaSampleDelivery(event: string, data: Record<string, unknown>, now: Date): SampleDelivery {
  const payload = event.startsWith('call_') || event === 'transfer_completed'
    ? { call: { id: `call_${now.getTime().toString(36)}` }, ...data }
    : data;
  return { body: JSON.stringify({ event_type: event, payload }) };
}
