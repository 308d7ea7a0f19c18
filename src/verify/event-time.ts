/**
 * When an event happened, from a body field: an ISO 8601 string, or a unix time in seconds or
 * milliseconds (numbers below 1e12 are taken as seconds). `undefined` when absent or unreadable:
 * a bad timestamp in an authentic body is no reason to reject the event.
 */
export function eventTime(value: unknown): Date | undefined {
  let date: Date;
  if (typeof value === 'string' && value.trim() !== '') date = new Date(value);
  else if (typeof value === 'number' && Number.isFinite(value)) date = new Date(value < 1e12 ? value * 1000 : value);
  else return undefined;
  return Number.isNaN(date.getTime()) ? undefined : date;
}
