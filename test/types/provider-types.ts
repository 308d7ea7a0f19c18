/**
 * Type tests, checked by `tsc --noEmit` (never run): provider-specific types from
 * `createWebhookClient`, literal ids, `CreatedWebhook`, DialNexa's event names. Each
 * `@ts-expect-error` is a line that must NOT compile.
 */
import {
  createWebhookClient, dialnexa, github, sentdm, type CreatedWebhook, type DialNexaEventName, type DialNexaProvider,
  type GitHubProvider, type SentDmProvider, type Webhook, type WebhookProvider,
} from '../../entries/index';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
const assertType = <T extends true>(_: T) => {};

export async function providerTypes(): Promise<void> {
  const sent = createWebhookClient({ provider: 'sentdm', apiKey: 'k' });
  const dial = createWebhookClient({ provider: 'dialnexa', apiKey: 'k' });
  const hub = createWebhookClient({ provider: 'github', token: 't', repo: 'octo/hello' });

  // Each config gives that provider's own type...
  assertType<Equal<typeof sent, SentDmProvider>>(true);
  assertType<Equal<typeof dial, DialNexaProvider>>(true);
  assertType<Equal<typeof hub, GitHubProvider>>(true);
  assertType<Equal<ReturnType<typeof sentdm>, SentDmProvider>>(true);
  assertType<Equal<ReturnType<typeof dialnexa>, DialNexaProvider>>(true);
  assertType<Equal<ReturnType<typeof github>, GitHubProvider>>(true);
  // ...and the generic return type is the union of them, not `any`.
  assertType<Equal<ReturnType<typeof createWebhookClient>, DialNexaProvider | GitHubProvider | SentDmProvider>>(true);

  // sent.dm's call options take profileId; DialNexa's do not.
  await sent.list({}, { profileId: '6f1c2a9e-1b2c-4d3e-8f4a-5b6c7d8e9f01' });
  // @ts-expect-error profileId is sent.dm's alone
  await dial.list({}, { profileId: 'x' });

  // provider.id is the literal name.
  const sentId: 'sentdm' = sent.id;
  const dialId: 'dialnexa' = dial.id;
  const hubId: 'github' = hub.id;
  // @ts-expect-error a DialNexa client is not a sent.dm one
  const wrongId: 'sentdm' = dial.id;
  void [sentId, dialId, hubId, wrongId];

  // create() resolves to CreatedWebhook: the secret is a string, no check needed.
  const created = await dial.create({ url: 'https://example.com/h', events: ['call.completed'] });
  assertType<Equal<typeof created, CreatedWebhook>>(true);
  const secret: string = created.secret;
  const fetched = await dial.get(created.id);
  // @ts-expect-error a fetched webhook may not carry the secret
  const noSecret: string = fetched.secret;
  void [secret, noSecret];

  // DialNexa's events name the catalogue (what the editor offers)...
  type DialEvents = Parameters<DialNexaProvider['create']>[0]['events'][number];
  assertType<Equal<Extract<DialEvents, 'call.completed' | 'campaign.paused'>, 'call.completed' | 'campaign.paused'>>(true);
  assertType<Equal<DialEvents, DialNexaEventName>>(true);
  // ...and an unknown name still type-checks (allowUnknownEvents decides at run time).
  await dial.create({ url: 'https://example.com/h', events: ['call.brand_new_event'] });
  await dial.update(created.id, { events: ['call.failed', 'something.else'] });
  // @ts-expect-error an event name is still a string
  await dial.create({ url: 'https://example.com/h', events: [42] });

  // Every provider still stands wherever a plain WebhookProvider is configured.
  const any: WebhookProvider[] = [sent, dial, hub];
  const created2: CreatedWebhook = await any[0]!.create({ url: 'https://example.com/h', events: ['x'] });
  void created2;

  // `raw` is still typed (and readable); it is only left out of JSON.
  const raw: unknown = (fetched satisfies Webhook).raw;
  void raw;

  // Transport options are typed per call too.
  await dial.list({}, { deadline: 5000, retry: { retries: 0 }, logLevel: 'debug' });
  // @ts-expect-error a log level is one of off, warn, debug
  await dial.list({}, { logLevel: 'verbose' });
}
