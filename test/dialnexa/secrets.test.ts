import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { client, ORIGIN, wireWebhook } from './support';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const SECRET_FORMAT = /^whsec_[A-Za-z0-9+/]{43}=$/;

function capture(method: 'post' | 'patch', path: string, reply: Record<string, unknown>) {
  const bodies: Record<string, unknown>[] = [];
  const scope = nock(ORIGIN)[method](path, (body) => { bodies.push(body as Record<string, unknown>); return true; })
    .reply(method === 'post' ? 201 : 200, reply);
  return { scope, bodies };
}

describe('DialNexa secrets', () => {
  it('generates a secret when none is given, sends it, and returns it once on the created webhook', async () => {
    const { scope, bodies } = capture('post', '/v1/user-webhooks', wireWebhook('wh_1'));
    const created = await client().create({ url: 'https://yourapp.com/hooks', events: ['call.completed'] });
    expect(scope.isDone()).toBe(true);
    expect(created.secret).toMatch(SECRET_FORMAT);
    expect(Buffer.from(created.secret!.slice(6), 'base64')).toHaveLength(32);
    expect(bodies[0]?.secret).toBe(created.secret);
  });

  it('generates a different secret for every webhook', async () => {
    nock(ORIGIN).post('/v1/user-webhooks').times(2).reply(201, wireWebhook('wh_1'));
    const a = await client().create({ url: 'https://yourapp.com/hooks', events: ['call.completed'] });
    const b = await client().create({ url: 'https://yourapp.com/hooks', events: ['call.completed'] });
    expect(a.secret).not.toBe(b.secret);
  });

  it('keeps raw free of the secret even when the create response echoes it', async () => {
    const secret = 'whsec_callerChosen_0123456789';
    capture('post', '/v1/user-webhooks', wireWebhook('wh_1', { secret }));
    const created = await client().create({ url: 'https://yourapp.com/hooks', events: ['call.completed'], secret });
    expect(created.secret).toBe(secret);
    expect(JSON.stringify(created.raw)).not.toContain(secret);
  });

  it('get and list never carry a secret', async () => {
    nock(ORIGIN).get('/v1/user-webhooks/wh_1').reply(200, wireWebhook('wh_1'))
      .get('/v1/user-webhooks').query(true).reply(200, { data: [wireWebhook('wh_1', { secret: '********' })] });
    expect(await client().get('wh_1')).not.toHaveProperty('secret');
    const [listed] = (await client().list()).items;
    expect(listed).not.toHaveProperty('secret');
    expect(listed?.raw).not.toHaveProperty('secret');
  });

  it('rotateSecret PATCHes a generated secret (no rotate endpoint) and returns it', async () => {
    const { scope, bodies } = capture('patch', '/v1/user-webhooks/wh_1', wireWebhook('wh_1'));
    const { secret } = await client().rotateSecret('wh_1');
    expect(scope.isDone()).toBe(true);
    expect(secret).toMatch(SECRET_FORMAT);
    expect(bodies).toStrictEqual([{ secret }]);
  });

  it("rotateSecret sends the caller's secret when given one", async () => {
    const { bodies } = capture('patch', '/v1/user-webhooks/wh_1', wireWebhook('wh_1'));
    const result = await client().rotateSecret('wh_1', { secret: 'whsec_rotated_0123456789' });
    expect(result).toEqual({ secret: 'whsec_rotated_0123456789' });
    expect(bodies).toStrictEqual([{ secret: 'whsec_rotated_0123456789' }]);
  });

  it('rotateSecret refuses a short secret without sending', async () => {
    const { scope } = capture('patch', '/v1/user-webhooks/wh_1', wireWebhook('wh_1'));
    await expect(client().rotateSecret('wh_1', { secret: 'tiny' })).rejects.toMatchObject({ code: 'validation' });
    expect(scope.isDone()).toBe(false);
  });

  it('update can set a new secret too, and only the secret', async () => {
    const { bodies } = capture('patch', '/v1/user-webhooks/wh_1', wireWebhook('wh_1'));
    const updated = await client().update('wh_1', { secret: 'whsec_viaUpdate_0123456789' });
    expect(bodies).toStrictEqual([{ secret: 'whsec_viaUpdate_0123456789' }]);
    expect(updated).not.toHaveProperty('secret');
  });
});
