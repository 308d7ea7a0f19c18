import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { webhookWithRaw, withSecret } from '../../src/webhook-raw';

const fields = { provider: 'example', id: 'wh_1', url: 'https://app.example/h', events: ['a'], active: true, createdAt: new Date(0) };
const wire = { id: 'wh_1', endpoint: 'https://app.example/h', internal_flag: true };

describe('raw: readable, but left out of JSON', () => {
  it('JSON.stringify, spreads, Object.keys and util.inspect give the normalized fields only', () => {
    const webhook = webhookWithRaw(fields, wire);
    expect(webhook.raw).toBe(wire);
    expect(JSON.parse(JSON.stringify(webhook))).toEqual({ ...fields, createdAt: fields.createdAt.toISOString() });
    expect({ ...webhook }).not.toHaveProperty('raw');
    expect(Object.keys(webhook)).not.toContain('raw');
    expect(inspect(webhook)).not.toContain('internal_flag');
  });

  it('withSecret adds the secret and keeps raw (a spread would drop it)', () => {
    const created = withSecret(webhookWithRaw(fields, wire), 'whsec_abc');
    expect(created.secret).toBe('whsec_abc');
    expect(created.raw).toBe(wire);
    expect(JSON.stringify(created)).not.toContain('internal_flag');
  });

  it('raw can still be replaced, as a plain field could', () => {
    const webhook = webhookWithRaw(fields, wire);
    webhook.raw = { other: true };
    expect(webhook.raw).toEqual({ other: true });
    expect(Object.keys(webhook)).not.toContain('raw');
  });
});
