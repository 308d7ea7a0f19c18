import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { UnsupportedOperationError } from '../../src/errors';
import { BASE, ID, OTHER_PROFILE, PROFILE, SECRET, client, fail, ok, recorder, useNock, wireWebhook } from './fixtures';

useNock();

describe('profile scoping (x-profile-id)', () => {
  it('the client profileId is sent on every call; a per-call profileId overrides it', async () => {
    const { seen, reply } = recorder();
    nock(BASE).get(`/v3/webhooks/${ID}`).times(2).reply(reply(200, ok(wireWebhook())))
      .post(`/v3/webhooks/${ID}/rotate-secret`).reply(reply(200, ok({ signing_secret: SECRET })));
    const hooks = client({ profileId: PROFILE });
    await hooks.get(ID);
    await hooks.get(ID, { profileId: OTHER_PROFILE });
    await hooks.rotateSecret(ID, { profileId: OTHER_PROFILE });
    expect(seen.map((s) => s.headers.get('x-profile-id'))).toEqual([PROFILE, OTHER_PROFILE, OTHER_PROFILE]);
  });

  it('a per-call profileId works without a client one, and iterate passes it to every page', async () => {
    const { seen, reply } = recorder();
    nock(BASE).get('/v3/webhooks').query(true).reply(reply(200, ok({
      webhooks: [wireWebhook()], pagination: { page: 1, page_size: 20, total_count: 1, total_pages: 1, has_more: false },
    })));
    const all = [];
    for await (const webhook of client().iterate({}, { profileId: PROFILE })) all.push(webhook);
    expect(all).toHaveLength(1);
    expect(seen[0]!.headers.get('x-profile-id')).toBe(PROFILE);
  });

  it('a profile id that is not header-safe is refused before sending', async () => {
    await expect(client().get(ID, { profileId: 'abc\r\nx-api-key: stolen' })).rejects.toThrow(/profileId/);
  });

  it('a profile key using x-profile-id gets 403: a PermissionError', async () => {
    nock(BASE).get(`/v3/webhooks/${ID}`).reply(403, fail('AUTH_004', 'Only organization keys may use x-profile-id'));
    await expect(client({ profileId: PROFILE }).get(ID)).rejects.toMatchObject({ code: 'permission', providerCode: 'AUTH_004' });
  });
});

describe('sandbox mode', () => {
  it('sends sandbox: true in the body of create, update (PUT), toggle-status, rotate-secret and test, not on reads', async () => {
    const { seen, reply } = recorder();
    nock(BASE)
      .post('/v3/webhooks').reply(reply(201, ok(wireWebhook({ signing_secret: SECRET }))))
      .get(`/v3/webhooks/${ID}`).reply(reply(200, ok(wireWebhook())))
      .put(`/v3/webhooks/${ID}`).reply(reply(200, ok(wireWebhook())))
      .patch(`/v3/webhooks/${ID}/toggle-status`).reply(reply(200, ok(wireWebhook())))
      .post(`/v3/webhooks/${ID}/rotate-secret`).reply(reply(200, ok({ signing_secret: SECRET })))
      .post(`/v3/webhooks/${ID}/test`).reply(reply(200, ok({ success: true })));
    const hooks = client({ sandbox: true });
    await hooks.create({ url: 'https://example.com/h', events: ['messages'] });
    await hooks.update(ID, { name: 'n', active: true });
    await hooks.rotateSecret(ID);
    await hooks.sendTestEvent(ID, 'message.sent');
    expect(seen.map((s) => [s.method, (s.body as { sandbox?: boolean } | undefined)?.sandbox])).toEqual([
      ['POST', true], ['GET', undefined], ['PUT', true], ['PATCH', true], ['POST', true], ['POST', true],
    ]);
  });

  it('without sandbox, no sandbox field is sent', async () => {
    const { seen, reply } = recorder();
    nock(BASE).post(`/v3/webhooks/${ID}/test`).reply(reply(200, ok({ success: true })));
    await client().sendTestEvent(ID, 'message.sent');
    expect(seen[0]!.body).toEqual({ event_type: 'message.sent' });
  });

  it('delete in sandbox mode is refused before sending: sent.dm documents no sandbox for DELETE', async () => {
    await expect(client({ sandbox: true }).delete(ID)).rejects.toSatisfy((e) => UnsupportedOperationError.isInstance(e));
  });
});
