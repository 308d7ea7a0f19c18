/**
 * The body `trigger` sends. The signing schemes describe how a provider signs, not what its
 * bodies hold, and the CLI states no provider's facts; so the body is one generic shape in the
 * core's convention (event fields under `payload`, the time under `timestamp`, which
 * `inboundEventFromBody` reads), named by `event`.
 *
 * @example
 * sampleDeliveryBody('call_ended', { call: { id: 'call_1' } }, new Date(0))
 * // '{"event":"call_ended","timestamp":"1970-01-01T00:00:00.000Z","payload":{"call":{"id":"call_1"}}}'
 */
export function sampleDeliveryBody(event: string, payload: unknown, now: Date): string {
  return JSON.stringify({ event, timestamp: now.toISOString(), payload });
}

/** The payload `trigger` sends when `--data` is not given. */
export function samplePayload(now: Date): Record<string, unknown> {
  return { id: `evt_${now.getTime().toString(36)}`, test: true, source: 'hookbridge trigger' };
}
