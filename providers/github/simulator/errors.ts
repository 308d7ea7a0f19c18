/**
 * GitHub's error bodies, `{ message, documentation_url, status, errors? }` (`status` is the HTTP
 * status as a string), and the messages the simulator answers with.
 * @module
 */
import { STATUS_CODES } from 'node:http';
import type { SimResponse } from '../../../src/testing/kit';

/** Where GitHub points errors that belong to no one endpoint. */
export const REST_DOCS = 'https://docs.github.com/rest';
/** Where GitHub points rate-limit errors. */
export const RATE_LIMIT_DOCS = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api';

/** One item of a 422's `errors`. */
export interface GitHubFieldError {
  resource: string;
  code: 'missing' | 'missing_field' | 'invalid' | 'already_exists' | 'unprocessable' | 'custom';
  field?: string;
  message?: string;
}

/** An error in GitHub's format. */
export function gitHubError(status: number, message: string, documentationUrl: string = REST_DOCS, errors?: GitHubFieldError[]): SimResponse {
  return { status, body: { message, documentation_url: documentationUrl, ...(errors ? { errors } : {}), status: String(status) } };
}

/** GitHub's 404: for a missing hook or delivery, another owner's scope, or a route it lacks. */
export const notFound = (documentationUrl: string = REST_DOCS): SimResponse => gitHubError(404, 'Not Found', documentationUrl);

/** A 422 for a body that breaks a rule of the resource (a duplicate hook, an unknown event). */
export const validationFailed = (documentationUrl: string, errors: GitHubFieldError[]): SimResponse =>
  gitHubError(422, 'Validation Failed', documentationUrl, errors);

/** A 422 for a body that breaks the endpoint's schema (an undocumented key, a wrong type). */
export const invalidRequest = (documentationUrl: string, problem: string): SimResponse =>
  gitHubError(422, `Invalid request.\n\n${problem}`, documentationUrl);

/** The 400 for a body that is not JSON. */
export const problemsParsingJson = (documentationUrl: string): SimResponse => gitHubError(400, 'Problems parsing JSON', documentationUrl);

/** The 400 for JSON that is not an object (an array, a string). */
export const notAnObject = (documentationUrl: string): SimResponse => gitHubError(400, 'Body should be a JSON object', documentationUrl);

/** What a secondary rate limit says (GitHub sends it with 403 or 429, usually with `retry-after`). */
export const SECONDARY_LIMIT_MESSAGE = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';

const MESSAGES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Bad credentials',
  403: 'Must have admin rights to Repository.',
  404: 'Not Found',
  422: 'Validation Failed',
  429: SECONDARY_LIMIT_MESSAGE,
  500: 'Server Error',
  502: 'Server Error',
};

/** The error a status stands for, where the simulator makes it up (an injected fault, a crash). */
export function gitHubErrorForStatus(status: number): SimResponse {
  const message = MESSAGES[status] ?? STATUS_CODES[status] ?? 'Error';
  return gitHubError(status, message, status === 429 ? RATE_LIMIT_DOCS : REST_DOCS);
}
