import { WebhookError } from '../errors';

/**
 * `error`, its message prefixed with the target it happened at (`calls: list: ...`), so a failure
 * among several targets says which account it came from. Other throws pass through unchanged.
 */
export function atTarget(error: unknown, target: string): unknown {
  if (WebhookError.isInstance(error) && !error.message.startsWith(`${target}: `)) {
    Object.assign(error, { message: `${target}: ${error.message}` });
  }
  return error;
}
