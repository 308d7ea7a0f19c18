import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { SignatureVerificationError, ValidationError } from '../../errors';
import type { InboundEvent } from '../../model';
import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { booleanFlag, integerFlag, requiredFlag, stringsFlag } from '../flag-values';
import type { InputStream } from '../io';
import { providerArgument } from '../provider-argument';
import { JSON_FLAG } from '../provider-flags';
import { renderFields } from '../table';
import { usageError } from '../usage-error';

function headersFrom(lines: readonly string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw usageError('verify', "-H takes 'name: value'", '-H');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    // A header sent twice arrives joined by a comma, as HTTP folds it.
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return headers;
}

async function readAll(input: InputStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.from(chunk as Buffer));
  return new Uint8Array(Buffer.concat(chunks));
}

// The file's exact bytes: one re-encoded character and the signature no longer matches.
async function bodyFrom(path: string, cwd: string, stdin: InputStream): Promise<Uint8Array> {
  if (path === '-') return readAll(stdin);
  try {
    return new Uint8Array(await readFile(resolve(cwd, path)));
  } catch (error) {
    throw usageError('verify', `cannot read --body-file ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, '--body-file');
  }
}

const eventJson = ({ raw: _raw, ...event }: InboundEvent) => event;

/** `hookbridge verify <provider>`: checks a saved delivery's signature. */
export const verifyCommand: Command = {
  name: 'verify',
  group: 'local',
  summary: 'check the signature of a saved delivery',
  usage: "verify <provider> --secret S --body-file F [-H 'name: value']... [flags]",
  description: [
    'Verifies a delivery as your receiver would: the raw body from --body-file (- for stdin, byte for',
    'byte as received), its headers from -H, against --secret (repeat it to try old and new during a',
    'rotation). Prints the event; on failure prints the reason (mismatch, missing_header,',
    'timestamp_too_old...) on stderr and exits 1. A saved delivery older than the provider\'s replay',
    'window needs --tolerance.',
  ].join('\n'),
  args: { names: '<provider>', min: 1, max: 1 },
  flags: {
    secret: { type: 'string', value: 'S', multiple: true, description: 'the signing secret' },
    'body-file': { type: 'string', value: 'F', description: 'the raw body as received (- reads stdin)' },
    header: { type: 'string', short: 'H', value: "'name: value'", multiple: true, description: 'a header of the delivery' },
    tolerance: { type: 'string', value: 'SECONDS', description: 'how old a signed timestamp may be (default: the provider\'s)' },
    ...JSON_FLAG,
  },
  examples: [
    "hookbridge verify {provider} --secret \"$SECRET\" --body-file body.json -H 'SIGNATURE-HEADER: VALUE'",
    "hookbridge verify {provider} --secret \"$NEW\" --secret \"$OLD\" --body-file - -H 'NAME: VALUE' -H 'NAME: VALUE' --tolerance 86400 < body.json",
  ],
  async run({ io, out, args, flags, catalogue }) {
    const provider = providerArgument('verify', catalogue, args[0]!);
    const path = requiredFlag('verify', flags, 'body-file', 'F');
    const secrets = stringsFlag(flags, 'secret');
    if (secrets.length === 0) throw usageError('verify', '--secret S is required', '--secret');
    const headers = headersFrom(stringsFlag(flags, 'header'));
    const tolerance = integerFlag('verify', flags, 'tolerance', { min: 0 });
    const body = await bodyFrom(path, io.cwd, io.stdin);
    let event: InboundEvent;
    try {
      event = await catalogue.verifyWebhook({ provider, body, headers, secret: secrets, ...(tolerance === undefined ? {} : { tolerance }) });
    } catch (error) {
      // The signature matched but the body is no JSON object: still a delivery that fails, not a usage error.
      if (ValidationError.isInstance(error)) out.error(`verification failed: ${error.message}`);
      else if (SignatureVerificationError.isInstance(error)) out.error(`verification failed (${error.reason}): ${error.message}`);
      else throw error;
      return EXIT.failure;
    }
    if (booleanFlag(flags, 'json')) out.json(eventJson(event));
    else {
      out.data(renderFields([
        ['provider', event.provider],
        ['type', event.type],
        ['occurred', event.occurredAt?.toISOString()],
        ['data', JSON.stringify(event.data, null, 2)],
      ], out.paint));
    }
    return EXIT.ok;
  },
};
