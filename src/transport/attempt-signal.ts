/**
 * The caller's abort signal as one attempt sees it: a signal of the attempt's own that aborts
 * with the caller's reason, and lets go of the caller's signal when the attempt is over.
 *
 * ky combines the signal it is given with its own (`AbortSignal.any`), and the runtime keeps such
 * a combined signal alive while its sources live and a listener is on it. Given the caller's
 * signal itself, a long-lived one (a shutdown signal shared by every call) would gather one of
 * those per attempt until the garbage collector got to them; given this one, which lives as long
 * as the attempt, nothing outlasts the attempt but a listener `dispose` removes.
 */
export interface AttemptSignal {
  readonly signal: AbortSignal;
  /** Lets go of the caller's signal. Call it once the body has been read, or the attempt failed. */
  dispose(): void;
}

/** The attempt's signal for the caller's `signal`. */
export function attemptSignal(caller: AbortSignal): AttemptSignal {
  const controller = new AbortController();
  const onAbort = () => controller.abort(caller.reason);
  if (caller.aborted) onAbort();
  else caller.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    dispose: () => caller.removeEventListener('abort', onAbort),
  };
}
