import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from '../../../providers/catalogue/signing';
import type { KnownProviderId } from '../../../providers/catalogue/clients';
import { callEnded, DIALNEXA_SECRET, expectFailure, messageDelivered, SENTDM_SECRET } from './fixtures';

const ping = JSON.stringify({ zen: 'Keep it logically awesome.', hook_id: 12 });
const cases: Array<[KnownProviderId, string, string]> = [
  ['dialnexa', DIALNEXA_SECRET, callEnded],
  ['sentdm', SENTDM_SECRET, messageDelivered],
  ['github', 'a-github-hook-secret', ping],
];

describe('a signing secret with surrounding whitespace (read from an env file)', () => {
  it.each(cases)('%s: verifies a delivery signed with the bare secret, alone or in a rotation list', async (provider, secret, body) => {
    const headers = await signWebhook({ provider, body, secret });
    for (const given of [`${secret}\n`, ` ${secret}\r\n`, ['', `\t${secret} `]]) {
      await expect(verifyWebhook({ provider, body, headers, secret: given })).resolves.toMatchObject({ provider });
    }
  });

  it.each(cases)('%s: signing with it gives the headers of the bare secret', async (provider, secret, body) => {
    const fixed = { webhookId: 'msg_1', timestamp: Math.floor(Date.now() / 1000) };
    expect(await signWebhook({ provider, body, secret: `${secret}\n`, ...fixed })).toEqual(await signWebhook({ provider, body, secret, ...fixed }));
  });

  it.each(cases)('%s: a secret that is only whitespace is no_secret', async (provider, secret, body) => {
    const headers = await signWebhook({ provider, body, secret });
    await expectFailure(verifyWebhook({ provider, body, headers, secret: ' \n' }), 'no_secret');
    await expectFailure(verifyWebhook({ provider, body, headers, secret: ['\n', '\t'] }), 'no_secret');
  });
});
