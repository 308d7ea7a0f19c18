/**
 * Told about every delivery the handler did not accept, with the status it answered (and about
 * a handled one whose result could not be recorded, with its 2xx). The sender only ever sees a
 * generic body; this is where the developer sees why.
 */
export type WebhookErrorReporter = (error: unknown, status: number) => void;

/** The default reporter: logs what went wrong, for the developer. */
export const logWebhookError: WebhookErrorReporter = (error, status) => {
  const message = error instanceof Error ? error.message : String(error);
  if (status >= 500) console.error(`[hookbridge] webhook handler answered ${status}:`, error);
  else if (status >= 400) console.warn(`[hookbridge] webhook rejected with ${status}: ${message}`);
  else console.warn(`[hookbridge] webhook handled (${status}), but: ${message}`);
};

/**
 * Calls `reporter` so that it cannot change the answer: a reporter that throws (or rejects) must
 * not leave the request unanswered or crash the server with an unhandled rejection. Its own
 * failure is written once per throw to `console.error`, by name only (its message could quote
 * anything the reporter had in hand), and otherwise swallowed.
 */
export function reportSafely(reporter: WebhookErrorReporter, error: unknown, status: number): void {
  const noteFailure = (failure: unknown) => {
    const name = failure instanceof Error ? failure.name : typeof failure;
    console.error(`[hookbridge] the webhook onError reporter threw (${name}); ignored, the handler answered ${status}.`);
  };
  try {
    const result: unknown = reporter(error, status);
    // Typed as returning void, but an async reporter returns a promise that may reject.
    if (result instanceof Promise) result.catch(noteFailure);
  } catch (failure) {
    noteFailure(failure);
  }
}
