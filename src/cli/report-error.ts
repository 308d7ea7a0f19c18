import { AuthenticationError, WebhookError } from '../errors';
import type { Output } from './output';

/** The facts worth a second line: HTTP status, the provider's code, the request id support asks for. */
function facts(error: WebhookError): string | undefined {
  const parts = [
    error.status === undefined ? undefined : `HTTP ${error.status}`,
    error.providerCode === undefined ? undefined : `code ${error.providerCode}`,
    error.requestId === undefined ? undefined : `request id ${error.requestId}`,
  ].filter((part): part is string => part !== undefined);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/**
 * Writes why a command failed to stderr: the message (hookbridge's errors never hold a key or a
 * secret), the field issues of a provider's validation error, the status and request id, and
 * for a refused key the variable it came from (`apiKeyVariables`: provider -> variable).
 */
export function reportError(out: Output, error: unknown, apiKeyVariables: Readonly<Record<string, string>> = {}): void {
  if (!WebhookError.isInstance(error)) {
    out.error(error instanceof Error ? error.message : String(error));
    return;
  }
  out.error(error.message);
  // Field issues the message does not already spell out (a provider's 422 lists them only in `details`).
  for (const [field, issues] of Object.entries(error.details ?? {})) {
    const untold = issues.filter((issue) => !error.message.includes(issue));
    if (untold.length > 0) out.note(`  ${field}: ${untold.join('; ')}`);
  }
  const line = facts(error);
  if (line) out.note(`  (${line})`);
  if (AuthenticationError.isInstance(error)) {
    const variable = error.provider === undefined ? undefined : apiKeyVariables[error.provider];
    out.note(`  The API key was refused: check ${variable ?? "the provider's API key variable"} and --base-url.`);
  }
}
