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
