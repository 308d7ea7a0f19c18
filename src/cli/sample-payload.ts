/** The payload `trigger` sends when `--data` is not given. */
export function samplePayload(now: Date): Record<string, unknown> {
  return { id: `evt_${now.getTime().toString(36)}`, test: true, source: 'hookbridge trigger' };
}
