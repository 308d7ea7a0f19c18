import type { CallOptions } from '../model';
import type { FailureReader } from './failed-response';
import type { ResponseSecrets, SuccessReader } from './response';

/**
 * One request, and how to read its response: `readSuccess` for a 2xx, `readFailure` for anything
 * else, as the AI SDK's provider-utils take a `successfulResponseHandler` and a
 * `failedResponseHandler` per call.
 */
export interface RequestSpec<T> {
  operation: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  options?: CallOptions;
  /** Values to keep out of errors besides the credentials (a secret in the body). */
  secrets?: readonly string[];
  /** Values in the response body to keep out of errors (a secret the provider made). Must not throw. */
  secretsInResponse?: ResponseSecrets;
  readSuccess: SuccessReader<T>;
  readFailure: FailureReader;
}
