import { ConfigurationError } from '../errors';
import type { ProviderId } from '../model';
import { signatureFailure } from './failure';

/** The replay window options of timestamped schemes. */
export interface ClockOptions {
  /** Allowed distance between the delivery's timestamp and now, in seconds, both directions. */
  tolerance?: number;
  /** The current time, as a `Date` or epoch milliseconds (`Date.now()` style); a test seam. */
  now?: Date | number;
}

const UNIX_SECONDS = /^\d{1,12}$/;

/** A unix-seconds header value as a number, or `undefined` when it is not plain digits. */
export function parseUnixSeconds(value: string): number | undefined {
  return UNIX_SECONDS.test(value) ? Number(value) : undefined;
}

/** The current time in epoch seconds from `now` (default: the clock). */
function nowSeconds(now: Date | number | undefined, provider: ProviderId): number {
  // Checked, not trusted: from JavaScript `now` may be anything, and that must not be a TypeError.
  const ms = now === undefined ? Date.now()
    : typeof now === 'number' ? now
    : typeof (now as { getTime?: unknown })?.getTime === 'function' ? (now as Date).getTime() : Number.NaN;
  if (!Number.isFinite(ms)) throw new ConfigurationError('verifyWebhook: `now` must be a valid Date or epoch milliseconds.', { provider });
  return ms / 1000;
}

/**
 * Rejects a delivery whose signed timestamp is further than `tolerance` seconds from now: too old
 * is a replay (or a slow clock here), too new a clock running ahead at the sender.
 */
export function checkTimestamp(timestamp: number, options: ClockOptions, defaultTolerance: number, provider: ProviderId): void {
  const tolerance = options.tolerance ?? defaultTolerance;
  if (typeof tolerance !== 'number' || !(tolerance >= 0)) {
    throw new ConfigurationError('verifyWebhook: `tolerance` must be a number of seconds >= 0.', { provider });
  }
  const drift = nowSeconds(options.now, provider) - timestamp;
  if (drift > tolerance) {
    throw signatureFailure(provider, 'timestamp_too_old',
      `The ${provider} delivery was signed ${Math.round(drift)} s ago, more than the ${tolerance} s tolerance: a replay, or this server's clock is behind.`);
  }
  if (-drift > tolerance) {
    throw signatureFailure(provider, 'timestamp_too_new',
      `The ${provider} delivery is timestamped ${Math.round(-drift)} s in the future, more than the ${tolerance} s tolerance: check this server's clock.`);
  }
}
