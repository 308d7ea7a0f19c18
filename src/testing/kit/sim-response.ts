/**
 * A simulator's response: as a handler answers it, serialised to the bytes that go out, and the
 * ways a fault can spoil it.
 * @module
 */
import { STATUS_CODES } from 'node:http';
import type { MalformedBody } from './faults';

/** What a simulator handler answers with. */
export interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  /** Serialised as JSON; `undefined` sends no body (e.g. 204). */
  body?: unknown;
  /** Runs once the response has been written or its connection dropped (idempotency records settle here). */
  afterSend?: () => void;
}

/** A serialised response: status, headers and the exact body text that go out. */
export interface SerializedResponse {
  status: number;
  headers: Record<string, string>;
  text: string;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** Serialises a handler's response into what the server writes: JSON text and its Content-Type. */
export function serializeResponse(response: SimResponse): SerializedResponse {
  const text = response.body === undefined ? '' : JSON.stringify(response.body);
  const headers: Record<string, string> = { ...response.headers };
  if (text !== '') headers['Content-Type'] = JSON_TYPE;
  return { status: response.status, headers, text };
}

function htmlPage(status: number): string {
  const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`;
  return `<!DOCTYPE html>\n<html><head><title>${title}</title></head>`
    + `<body><center><h1>${title}</h1></center><hr><center>nginx</center></body></html>\n`;
}

/** The response with its body replaced as a `malformed` fault asks. */
export function malform(serialized: SerializedResponse, body: MalformedBody, status?: number): SerializedResponse {
  const out: SerializedResponse = { status: status ?? serialized.status, headers: { ...serialized.headers }, text: '' };
  if (body === 'truncated') {
    // A 204 has nothing to cut: cut a small JSON object instead, so the client still sees broken JSON.
    const whole = serialized.text === '' ? '{"truncated":true}' : serialized.text;
    out.text = whole.slice(0, Math.max(1, Math.floor(whole.length / 2)));
    out.headers['Content-Type'] = JSON_TYPE;
    if (out.status === 204) out.status = 200;
  } else if (body === 'html') {
    out.text = htmlPage(out.status);
    out.headers['Content-Type'] = 'text/html';
  } else if (body === 'empty') {
    out.headers['Content-Type'] = JSON_TYPE;
  } else if (body === 'not-json') {
    out.text = 'upstream connect error or disconnect/reset before headers';
    out.headers['Content-Type'] = 'text/plain';
  } else {
    out.text = body.text;
    out.headers['Content-Type'] = body.contentType ?? JSON_TYPE;
  }
  return out;
}
