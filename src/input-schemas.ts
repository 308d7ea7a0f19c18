import * as v from 'valibot';

/** An absolute `https://` URL: both providers deliver only over TLS. */
export const httpsUrl = v.pipe(
  v.string('must be a string'),
  v.check((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an absolute https:// URL, e.g. https://example.com/webhooks'),
);

/** A non-empty list of event names, duplicates removed (order kept). */
export const eventList = v.pipe(
  v.array(v.pipe(v.string('each event must be a string'), v.trim(), v.nonEmpty('event names cannot be empty')), 'must be a list of event names'),
  v.minLength(1, 'must name at least one event'),
  v.transform((events) => [...new Set(events)]),
);

/** A webhook id as it goes into a path: non-empty, and no characters that would change the path. */
export const webhookId = v.pipe(
  v.string('must be a string'),
  v.nonEmpty('must not be empty'),
  v.check((id) => !/[/?#\s]/.test(id), 'must not contain "/", "?", "#" or spaces'),
);

/** A whole number in a range, with a message naming the range. */
export function intInRange(min: number, max: number) {
  return v.pipe(
    v.number(`must be a whole number from ${min} to ${max}`),
    v.integer(`must be a whole number from ${min} to ${max}`),
    v.minValue(min, `must be a whole number from ${min} to ${max}`),
    v.maxValue(max, `must be a whole number from ${min} to ${max}`),
  );
}
