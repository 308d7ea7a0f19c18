import type { SampleDelivery } from '../../src/provider-descriptor';

/**
 * A GitHub delivery: the payload itself, with `action` when the event names one
 * (`issues.opened` -> `X-GitHub-Event: issues` and `"action": "opened"`). A `ping` gets the
 * `zen` and `hook_id` GitHub's pings carry.
 *
 * @example
 * githubSampleDelivery('issues.opened', { issue: { number: 1 } }, new Date())
 * // { body: '{"action":"opened","issue":{"number":1}}', sign: { event: 'issues' } }
 */
export function githubSampleDelivery(event: string, data: Record<string, unknown>, _now: Date): SampleDelivery {
  const dot = event.indexOf('.');
  const name = dot === -1 ? event : event.slice(0, dot);
  const action = dot === -1 ? {} : { action: event.slice(dot + 1) };
  const ping = name === 'ping' ? { zen: 'Keep it logically awesome.', hook_id: 1 } : {};
  return { body: JSON.stringify({ ...action, ...ping, ...data }), sign: { event: name } };
}
