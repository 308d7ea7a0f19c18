import { sign as octokitSign, verify as octokitVerify } from '@octokit/webhooks-methods';
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from '../../providers/catalogue/signing';
import { ValidationError } from '../../src/errors';
import { isGitHubEvent } from '../../providers/github/known-events';
import { GITHUB_SIGNATURE_HEADER, signGitHubWebhook, verifyGitHubWebhook } from '../../providers/github/signing-scheme';
import { expectFailure } from '../core/verify/fixtures';

// The secret example from GitHub's "Validating webhook deliveries" page, and an issues.opened body.
const secret = "It's a Secret to Everybody";
const issuesOpened = JSON.stringify({ action: 'opened', issue: { number: 7, title: 'Crash on start' }, repository: { full_name: 'octo/hello' }, sender: { login: 'octocat' } });
const ping = JSON.stringify({ zen: 'Keep it logically awesome.', hook_id: 12, hook: { id: 12, type: 'Repository' } });
const push = JSON.stringify({ ref: 'refs/heads/main', before: '0'.repeat(40), after: 'a'.repeat(40), commits: [] });

describe('verifyGitHubWebhook and signGitHubWebhook', () => {
  it("matches GitHub's documented test vector (Hello, World!)", async () => {
    const expected = 'sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17';
    const headers = await signGitHubWebhook({ body: 'Hello, World!', secret, event: 'ping' });
    expect(headers[GITHUB_SIGNATURE_HEADER]).toBe(expected);
  });

  it('@octokit/webhooks-methods verifies what signGitHubWebhook signs', async () => {
    const headers = await signGitHubWebhook({ body: issuesOpened, secret, event: 'issues' });
    expect(await octokitVerify(secret, issuesOpened, headers[GITHUB_SIGNATURE_HEADER]!)).toBe(true);
    expect(await octokitVerify('another secret', issuesOpened, headers[GITHUB_SIGNATURE_HEADER]!)).toBe(false);
  });

  it('verifyGitHubWebhook accepts what @octokit/webhooks-methods signs, and types it issues.opened', async () => {
    const signature = await octokitSign(secret, issuesOpened);
    const event = await verifyGitHubWebhook({
      body: issuesOpened, secret,
      headers: { 'X-Hub-Signature-256': signature, 'X-GitHub-Event': 'issues', 'X-GitHub-Delivery': '72d3162e-cc78-11e3-81ab-4c9367dc0958', 'X-GitHub-Hook-ID': '12' },
    });
    expect(event).toMatchObject({ provider: 'github', type: 'issues.opened', github: { event: 'issues', deliveryId: '72d3162e-cc78-11e3-81ab-4c9367dc0958', hookId: '12' } });
    expect(event.data).toEqual(JSON.parse(issuesOpened));
    expect(event.raw).toEqual(JSON.parse(issuesOpened));
    // X-GitHub-Delivery names the event, the same on every redelivery: the dedupe key.
    expect(event.dedupeKey).toBe('github/72d3162e-cc78-11e3-81ab-4c9367dc0958');
    if (!isGitHubEvent(event, 'issues.opened')) throw new Error('expected issues.opened');
    expect(event.data.issue.title).toBe('Crash on start');
  });

  it('sign sends the headers a GitHub delivery has', async () => {
    const headers = await signGitHubWebhook({ body: issuesOpened, secret, event: 'issues.opened', delivery: 'd-1' });
    expect(headers).toEqual({
      'x-hub-signature-256': await octokitSign(secret, issuesOpened),
      'x-github-event': 'issues',
      'x-github-delivery': 'd-1',
      'user-agent': expect.stringMatching(/^GitHub-Hookshot\//),
      'content-type': 'application/json',
    });
  });

  it('sign makes a fresh UUID delivery id each time unless one is given (webhookId is read too)', async () => {
    const one = await signGitHubWebhook({ body: push, secret, event: 'push' });
    const two = await signGitHubWebhook({ body: push, secret, event: 'push' });
    expect(one['x-github-delivery']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(one['x-github-delivery']).not.toBe(two['x-github-delivery']);
    expect((await signGitHubWebhook({ body: push, secret, event: 'push', webhookId: 'w-1' }))['x-github-delivery']).toBe('w-1');
  });

  it('a ping body is recognised without an event; any other body needs one (ValidationError naming event)', async () => {
    expect((await signGitHubWebhook({ body: ping, secret }))['x-github-event']).toBe('ping');
    const error = await signGitHubWebhook({ body: push, secret }).catch((e: unknown) => e);
    expect(ValidationError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/pass `event`/);
    const parsed = await signGitHubWebhook({ body: JSON.parse(push) as never, secret, event: 'push' }).catch((e: unknown) => e);
    expect((parsed as Error).message).toMatch(/needs the exact body/);
  });

  it('type is X-GitHub-Event alone when the body has no string action (push, ping)', async () => {
    for (const [body, event] of [[push, 'push'], [ping, 'ping'], [JSON.stringify({ action: 3 }), 'star']] as const) {
      const headers = await signGitHubWebhook({ body, secret, event });
      await expect(verifyGitHubWebhook({ body, headers, secret })).resolves.toMatchObject({ type: event });
    }
  });

  it("an authentic delivery without X-GitHub-Event is typed 'unknown' (plus its action), not refused", async () => {
    const signature = await octokitSign(secret, issuesOpened);
    const event = await verifyGitHubWebhook({ body: issuesOpened, secret, headers: { 'x-hub-signature-256': signature } });
    expect(event.type).toBe('unknown.opened');
    expect(event.github).toEqual({});
  });

  it('several secrets while rotating: any one matching is enough', async () => {
    const headers = await signGitHubWebhook({ body: push, secret: 'new', event: 'push' });
    await expect(verifyGitHubWebhook({ body: push, headers, secret: ['old', 'new'] })).resolves.toMatchObject({ type: 'push' });
  });

  it('fails closed: missing signature, the legacy sha1 header alone, wrong prefix, tampered body, wrong secret', async () => {
    const headers = await signGitHubWebhook({ body: push, secret, event: 'push' });
    const signature = headers[GITHUB_SIGNATURE_HEADER]!;
    await expectFailure(verifyGitHubWebhook({ body: push, headers: { 'x-github-event': 'push' }, secret }), 'missing_header');
    await expectFailure(verifyGitHubWebhook({ body: push, headers: { 'x-hub-signature': `sha1=${'a'.repeat(40)}` }, secret }), 'missing_header');
    await expectFailure(verifyGitHubWebhook({ body: push, headers: { 'x-hub-signature-256': signature.replace('sha256=', 'sha1=') }, secret }), 'malformed_header');
    await expectFailure(verifyGitHubWebhook({ body: push.replace('main', 'dev'), headers, secret }), 'mismatch');
    await expectFailure(verifyGitHubWebhook({ body: push, headers, secret: 'wrong' }), 'mismatch');
    await expectFailure(verifyGitHubWebhook({ body: JSON.parse(push) as never, headers, secret }), 'body_not_raw');
  });

  it('isGitHubEvent: a group picks out its documented actions only', async () => {
    const of = async (body: string, event: string) => verifyGitHubWebhook({ body, secret, headers: await signGitHubWebhook({ body, secret, event }) });
    const opened = await of(JSON.stringify({ action: 'opened', number: 3, pull_request: {} }), 'pull_request');
    expect(isGitHubEvent(opened, 'pull_request')).toBe(true);
    expect(isGitHubEvent(opened, 'pull_request.opened')).toBe(true);
    expect(isGitHubEvent(opened, 'pull_request.closed')).toBe(false);
    expect(isGitHubEvent(opened, 'issues')).toBe(false);
    expect(isGitHubEvent(await of(JSON.stringify({ action: 'invented' }), 'pull_request'), 'pull_request')).toBe(false);
    expect(isGitHubEvent(await of(push, 'push'), 'push')).toBe(true);
  });

  it("signWebhook({ provider: 'github' }) and verifyWebhook({ provider: 'github' }) use this scheme, both ways with Octokit", async () => {
    const headers = await signWebhook({ provider: 'github', body: ping, secret, webhookId: 'd-7' });
    expect(await octokitVerify(secret, ping, headers[GITHUB_SIGNATURE_HEADER]!)).toBe(true);
    expect(headers['x-github-delivery']).toBe('d-7');
    const event = await verifyWebhook({ provider: 'github', body: ping, secret, headers: { ...headers, 'x-hub-signature-256': await octokitSign(secret, ping) } });
    expect(event).toMatchObject({ provider: 'github', type: 'ping', github: { deliveryId: 'd-7' } });
  });
});

describe('the dedupe key of a GitHub delivery', () => {
  it('is the X-GitHub-Delivery GUID, the same when the body is redelivered and re-signed', async () => {
    const secret = 'a GitHub hook secret';
    const body = JSON.stringify({ action: 'opened', issue: { number: 1, title: 't' } });
    const first = await signGitHubWebhook({ body, secret, event: 'issues', delivery: 'guid-1' });
    const again = await signGitHubWebhook({ body, secret, event: 'issues', delivery: 'guid-1' });
    const other = await signGitHubWebhook({ body, secret, event: 'issues', delivery: 'guid-2' });
    const keys = await Promise.all([first, again, other].map(async (headers) => (await verifyGitHubWebhook({ body, secret, headers })).dedupeKey));
    expect(keys).toEqual(['github/guid-1', 'github/guid-1', 'github/guid-2']);
  });
});
