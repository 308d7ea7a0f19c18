import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { NetworkError, ServerError, ValidationError, WebhookError } from '../../../src/errors';
import { redactError, redactText, type RedactionMeter } from '../../../src/transport/redaction';

const KEY = 'key_42:s3cr3t-value';

/** Every place an error's text can show up. */
function everyForm(error: WebhookError): string {
  return [error.message, error.stack, JSON.stringify(error.toJSON()), inspect(error), String((error.cause as Error | undefined)?.stack)].join('\n');
}

describe('redactText', () => {
  it('replaces every occurrence of every secret', () => {
    expect(redactText(`a ${KEY} b ${KEY} whsec_abc123`, [KEY, 'whsec_abc123'])).toBe('a [REDACTED] b [REDACTED] [REDACTED]');
  });

  // responseBody is the raw JSON text: a generated `whsec_` + base64 secret holds "/" and "+",
  // which some servers escape when they echo it (PHP and Java "\/", .NET System.Text.Json "\u002B").
  it('also replaces a secret as a JSON encoder may have escaped it', () => {
    const secret = 'whsec_ab/cd+ef"gh\\ij';
    const echoed = [
      JSON.stringify(secret),
      JSON.stringify(secret).replaceAll('/', '\\/'),
      JSON.stringify(secret).replace('+', '\\u002B'),
      JSON.stringify(secret).replace('+', '\\u002b').replaceAll('/', '\\/'),
    ];
    for (const text of echoed) expect(redactText(`{"echo":${text}}`, [secret])).toBe('{"echo":"[REDACTED]"}');
  });

  it('replaces a secret escaped twice, as in a message that quotes the JSON body that was sent', () => {
    const secret = 'whsec_ab/cd+ef';
    const sent = JSON.stringify({ secret }).replaceAll('/', '\\/');
    const text = JSON.stringify({ message: `bad body ${sent}` });
    expect(text).toContain('\\\\/');
    expect(redactText(text, [secret])).toBe(JSON.stringify({ message: 'bad body {"secret":"[REDACTED]"}'.replaceAll('/', '\\/') }));
  });

  it('ignores secrets too short to be meaningful (they would shred the text)', () => {
    expect(redactText('a b c', ['a', ''])).toBe('a b c');
  });

  it('keeps everything around a secret, and masks overlapping and adjacent occurrences once', () => {
    expect(redactText('<abab>', ['abab', 'baba'])).toBe('<[REDACTED]>');
    expect(redactText(`x${KEY}${KEY}y`, [KEY])).toBe('x[REDACTED]y');
    expect(redactText('nothing here', [KEY])).toBe('nothing here');
  });

  it('treats every character of a secret as itself: no pattern syntax, no size limit', () => {
    const hostile = '(?:.*+)[^$]{1,}\\1|\\u{10FFFF}';
    expect(redactText(`a ${hostile} b`, [hostile])).toBe('a [REDACTED] b');
    expect(redactText('a (?:x) b', [hostile])).toBe('a (?:x) b');
  });

  it('handles a 6,000-character secret of symbols in every form (it used to throw a SyntaxError)', () => {
    const secret = '+/='.repeat(2000);
    const text = `${secret} ${JSON.stringify(secret).replaceAll('/', '\\/')} ${secret.replaceAll('+', '\\u002B')}`;
    expect(redactText(text, [secret])).toBe('[REDACTED] "[REDACTED]" [REDACTED]');
  });

  it('redacts a 100,000-character secret in work linear in the text and the secret', () => {
    const secret = Array.from({ length: 100_000 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join('');
    const text = `before ${secret} middle ${JSON.stringify(secret).replaceAll('/', '\\/')} after`;
    const meter: RedactionMeter = { steps: 0 };
    const out = redactText(text, [secret], meter);
    expect(out).toBe('before [REDACTED] middle "[REDACTED]" after');
    // A bound on steps, not on time: three views of the text, each searched once, plus the secret's table.
    expect(meter.steps).toBeLessThanOrEqual(10 * (text.length + secret.length));
    // The worst case for a naive search: a text of one repeated character and a secret that almost matches.
    const worst: RedactionMeter = { steps: 0 };
    const almost = `${'a'.repeat(99_999)}b`;
    expect(redactText('a'.repeat(300_000), [almost], worst)).toBe('a'.repeat(300_000));
    expect(worst.steps).toBeLessThanOrEqual(10 * (300_000 + almost.length));
  });

  it('never lets a random secret through in any escaped form (seeded, so every run checks the same 300 cases)', () => {
    const random = seeded(0x5eed);
    const alphabet = 'abcXYZ019+/=_-"\\:. \n\té€😀<>&';
    for (let round = 0; round < 300; round++) {
      const length = 4 + Math.floor(random() * 60);
      const secret = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const forms = [
        secret,
        JSON.stringify(secret),
        JSON.stringify(secret).replaceAll('/', '\\/'),
        escapeSome(JSON.stringify(secret), random),
        JSON.stringify(JSON.stringify({ secret })),
      ];
      const text = forms.map((form, i) => `<${i}>${form}</${i}>`).join(' ');
      const out = redactText(text, [secret]);
      for (const form of forms) expect(out, `round ${round}: ${JSON.stringify(secret)}`).not.toContain(form);
      for (let i = 0; i < forms.length; i++) expect(out, `round ${round}`).toContain(`<${i}>`);
    }
  });
});

describe('redactError', () => {
  it('scrubs message, stack, details, responseBody and the cause, in place', () => {
    const cause = new Error(`connect failed for ${KEY}`);
    const error = new ValidationError(`bad key ${KEY}`, {
      details: { apiKey: [`${KEY} is revoked`] }, responseBody: `{"echo":"${KEY}"}`, cause,
    });
    expect(redactError(error, [KEY])).toBe(error);
    const everything = [error.message, error.stack, JSON.stringify(error.details), error.responseBody, cause.message, cause.stack].join('\n');
    expect(everything).not.toContain(KEY);
    expect(error.message).toBe('bad key [REDACTED]');
    expect(error.details).toEqual({ apiKey: ['[REDACTED] is revoked'] });
  });

  it('scrubs every field of an error: providerCode, requestId, docUrl and any field added later', () => {
    const error = new ServerError('failed', {
      providerCode: `E_${KEY}`, requestId: `req ${KEY}`, docUrl: `https://docs.example/errors?key=${KEY}`,
      details: { [KEY]: [KEY] },
    });
    Object.assign(error, { idempotencyKey: `idem-${KEY}`, attempts: 3, extra: { nested: [{ deep: KEY }] } });
    redactError(error, [KEY]);
    expect(error.providerCode).toBe('E_[REDACTED]');
    expect(error.requestId).toBe('req [REDACTED]');
    expect(error.docUrl).toBe('https://docs.example/errors?key=[REDACTED]');
    expect(error.details).toEqual({ '[REDACTED]': ['[REDACTED]'] });
    expect(error).toMatchObject({ idempotencyKey: 'idem-[REDACTED]', attempts: 3, extra: { nested: [{ deep: '[REDACTED]' }] } });
    expect(everyForm(error)).not.toContain(KEY);
  });

  it('scrubs a chain of causes, WebhookErrors or not, and survives a cycle', () => {
    const root = Object.assign(new Error(`socket ${KEY}`), { code: 'ECONNRESET', host: `h-${KEY}` });
    const middle = new NetworkError(`network ${KEY}`, { cause: root, requestId: KEY });
    const error = new NetworkError(`outer ${KEY}`, { cause: middle });
    Object.assign(root, { cause: error });
    redactError(error, [KEY]);
    expect(middle.message).toBe('network [REDACTED]');
    expect(middle.requestId).toBe('[REDACTED]');
    expect(root).toMatchObject({ message: 'socket [REDACTED]', code: 'ECONNRESET', host: 'h-[REDACTED]' });
    expect(everyForm(error)).not.toContain(KEY);
  });

  it('leaves anything that is not a WebhookError alone', () => {
    const reason = new Error(`abort ${KEY}`);
    expect(redactError(reason, [KEY]).message).toContain(KEY);
    expect(redactError('plain', [KEY])).toBe('plain');
  });

  it('does nothing without secrets', () => {
    const error = new NetworkError('x');
    expect(redactError(error, [])).toBe(error);
  });
});

/** mulberry32: a small seeded generator, so the random cases are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A JSON string with some characters written as `\uXXXX` (either case) or `\/`, as other encoders do. */
function escapeSome(json: string, random: () => number): string {
  let out = '';
  for (let i = 0; i < json.length; i++) {
    const char = json[i]!;
    if (char === '\\') {
      const width = json[i + 1] === 'u' ? 6 : 2;
      out += json.slice(i, i + width);
      i += width - 1;
      continue;
    }
    if (i === 0 || i === json.length - 1 || random() < 0.6) { out += char; continue; }
    const hex = char.charCodeAt(0).toString(16).padStart(4, '0');
    out += random() < 0.5 ? `\\u${hex}` : `\\u${hex.toUpperCase()}`;
  }
  return out;
}
