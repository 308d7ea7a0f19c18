import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { WebhookError } from '../../src/errors';
import { api, REPO, repoClient, TOKEN, useGitHubApi } from './support';

useGitHubApi();

const HOOKS = `/repos/${REPO}/hooks`;

function everyForm(error: unknown): string {
  if (!WebhookError.isInstance(error)) throw new Error(`expected a WebhookError, got ${String(error)}`);
  return [error.message, error.stack, error.responseBody, JSON.stringify(error.details), JSON.stringify(error.toJSON()), inspect(error)].join('\n');
}

describe('GitHub: no token or secret in any error', () => {
  it('removes a token a 401 echoes, in message, responseBody, details, toJSON() and inspect', async () => {
    api().get(`${HOOKS}/1`).reply(401, {
      message: `Bad credentials for ${TOKEN}`, documentation_url: 'https://docs.github.com/rest',
      errors: [{ field: 'authorization', message: `Bearer ${TOKEN} rejected` }],
    });
    const shown = everyForm(await repoClient({ retry: false }).get('1').catch((e: unknown) => e));
    expect(shown).toContain('[REDACTED]');
    expect(shown).not.toContain(TOKEN);
  });

  it('keeps a chosen create secret out of a 422 that echoes the request', async () => {
    const secret = 'my-own-chosen-secret-123';
    api().post(HOOKS).reply(async (request: Request) => [422, { message: 'Validation Failed', errors: [{ field: 'config', message: `bad config ${await request.text()}` }] }]);
    const shown = everyForm(await repoClient().create({ url: 'https://example.com/h', events: ['push'], secret }).catch((e: unknown) => e));
    expect(shown).toContain('[REDACTED]');
    expect(shown).not.toContain(secret);
  });

  it('keeps a generated rotation secret out of the error', async () => {
    let sentSecret = '';
    api().patch(`${HOOKS}/1/config`).reply(async (request: Request) => {
      sentSecret = ((await request.json()) as { secret: string }).secret;
      return [500, { message: `could not store ${sentSecret}` }];
    });
    const error = await repoClient({ retry: false }).rotateSecret('1').catch((e: unknown) => e);
    expect(sentSecret).toMatch(/^whsec_/);
    expect(everyForm(error)).not.toContain(sentSecret);
  });

  it('keeps an update secret out of the error', async () => {
    const secret = 'updated-secret-value-42';
    api().patch(`${HOOKS}/1/config`).reply(async (request: Request) => [422, { message: `no: ${await request.text()}` }]);
    const error = await repoClient().update('1', { secret }).catch((e: unknown) => e);
    expect(everyForm(error)).not.toContain(secret);
  });

  it('the client object itself never shows the token', () => {
    const hooks = repoClient();
    expect(inspect(hooks, { depth: 5 })).not.toContain(TOKEN);
    expect(JSON.stringify(hooks)).not.toContain(TOKEN);
  });
});
