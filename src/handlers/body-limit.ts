import { concatBytes, utf8Bytes } from '../verify/encoding';

/** The default cap on a delivery body: both providers send small JSON events. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/**
 * A delivery body larger than the handler accepts. The handlers answer 413 before verifying:
 * an unauthenticated sender must not make us buffer without bound.
 */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
  constructor(readonly limit: number) {
    super(`The webhook body is larger than maxBodyBytes (${limit} bytes); raise the option if deliveries really are that big.`);
  }
}

/** A declared Content-Length over the limit fails before a byte is read. */
export function checkDeclaredLength(value: string | null | undefined, limit: number): void {
  if (value && /^\d+$/.test(value) && Number(value) > limit) throw new BodyTooLargeError(limit);
}

/** Reads a stream of chunks to bytes, failing as soon as it passes `limit` bytes. */
export async function readLimited(chunks: AsyncIterable<Uint8Array | string>, limit: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? utf8Bytes(chunk) : chunk;
    size += bytes.byteLength;
    if (size > limit) throw new BodyTooLargeError(limit);
    parts.push(bytes);
  }
  return concatBytes(parts);
}
