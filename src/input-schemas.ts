import * as v from 'valibot';

/** An absolute `https://` URL: hookbridge subscribes only endpoints that receive deliveries over TLS. */
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

/** `true` or `false`, nothing else. */
export const booleanFlag = v.boolean('must be true or false');

/**
 * The page size asked for when the caller names none. A provider's `capabilities.maxPageSize`
 * must be at least this.
 */
export const DEFAULT_PAGE_SIZE = 20;

/** A 1-based page number. */
export const pageNumber = intInRange(1, Number.MAX_SAFE_INTEGER);

/**
 * A page size from 1 to the provider's largest, built from its capabilities so the limit is
 * stated once.
 *
 * @example
 * const pageSize = pageSizeUpTo(MY_CAPABILITIES.maxPageSize);
 */
export function pageSizeUpTo(maxPageSize: number) {
  return intInRange(1, maxPageSize);
}

/** A patch must change something: every adapter refuses an empty one before sending. */
export function namesAField<T extends object>() {
  return v.check<T, string>((patch) => Object.values(patch).some((value) => value !== undefined), 'names no field to change');
}
