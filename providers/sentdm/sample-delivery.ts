import type { SampleDelivery } from '../../src/provider-descriptor';

/**
 * A sent.dm delivery: `{ field, sub_type, timestamp, payload }`, where `field` is the part of the
 * event before its first dot (`message.delivered` -> `message`) and a message event's payload has
 * a `message_id` (given one when `data` has none, so it verifies as the typed event it names).
 *
 * @example
 * sentdmSampleDelivery('message.delivered', {}, new Date(0)).body
 * // '{"field":"message","sub_type":"message.delivered","timestamp":"1970-01-01T00:00:00.000Z","payload":{"message_id":"msg_0"}}'
 */
export function sentdmSampleDelivery(event: string, data: Record<string, unknown>, now: Date): SampleDelivery {
  const [field] = event.split('.', 1) as [string];
  const payload = field === 'message' && event !== 'message.received'
    ? { message_id: `msg_${now.getTime().toString(36)}`, ...data }
    : data;
  const subType = field === event ? {} : { sub_type: event };
  return { body: JSON.stringify({ field, ...subType, timestamp: now.toISOString(), payload }) };
}
