/**
 * DialNexa's response bodies: flat JSON objects, and errors as `{ statusCode, message, error }`
 * (NestJS style; `message` is a string, or a string[] for validation).
 * @module
 */
import { STATUS_CODES } from 'node:http';
import type { SimRequest, SimResponse } from '../../../src/testing/kit';

/** Messages DialNexa documents for particular statuses. */
const MESSAGES: Record<number, string> = {
  401: 'Unauthorized',
  403: 'You do not have permission to access this resource',
  404: 'Not Found',
  429: 'Too many requests. Please slow down and retry after a moment.',
  500: 'Internal server error',
};

/** A JSON success response. */
export function json(status: number, body: unknown): SimResponse {
  return { status, body };
}

/** An error in DialNexa's format; `message` defaults to the documented one for the status. */
export function dialNexaError(status: number, message?: string | string[]): SimResponse {
  const error = STATUS_CODES[status] ?? 'Error';
  return { status, body: { statusCode: status, message: message ?? MESSAGES[status] ?? error, error } };
}

/** The 404 for a webhook that does not exist or was deleted. */
export const webhookNotFound = (): SimResponse => dialNexaError(404, 'Webhook not found');

/** NestJS' answer for a path or method no route takes (DialNexa sends 404 for both, never 405). */
export const cannotRoute = (request: SimRequest): SimResponse => dialNexaError(404, `Cannot ${request.method} ${request.path}`);

/** Express' JSON parser answers a broken body with a 400 carrying the SyntaxError's message. */
export const badJson = (error: SyntaxError): SimResponse => dialNexaError(400, error.message);
