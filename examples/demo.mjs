// The hookbridge demo: the same application code drives DialNexa and sent.dm, each on its local
// simulator (hookbridge/testing). No account, no network beyond 127.0.0.1. Run: npm start
import { createServer } from 'node:http';
import { createNodeWebhookMiddleware, createWebhookClient, NetworkError } from 'hookbridge';
import { startSimulator } from 'hookbridge/testing';

// Secrets are shown only by their first characters: they are credentials, even in a demo.
const mask = (secret) => `${secret.slice(0, 10)}…(${secret.length} chars)`;
const step = (text) => console.log(`\n  ▸ ${text}`);
const say = (text) => console.log(`    ${text}`);
const row = (w) => ({ id: w.id, url: w.url, events: w.events.join(', '), active: w.active });

/**
 * A small receiver on 127.0.0.1 that verifies each delivery before believing it. `trust()` sets
 * the secrets it accepts; `received` holds the events that verified.
 */
async function startReceiver(provider) {
  let secrets = [];
  const received = [];
  const onEvent = async (event) => { received.push(event); };
  // Quiet: a refused delivery is part of the tour, and is reported by the tour itself.
  const onError = () => {};
  // A handler per request so that `trust()` takes effect at once.
  const server = createServer((req, res) => createNodeWebhookMiddleware({ provider, secret: secrets, onEvent, onError })(req, res));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    received,
    trust: (...list) => { secrets = list; },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Has the simulator deliver `event`, and says what the receiver made of each attempt. */
async function deliver(sim, receiver, event) {
  const before = receiver.received.length;
  const attempts = await sim.deliver(event, { demo: true, at: new Date().toISOString() });
  for (const attempt of attempts) say(`POST ${attempt.url} -> ${attempt.status ?? attempt.error} in ${attempt.durationMs.toFixed(1)} ms`);
  return { attempts, events: receiver.received.slice(before) };
}

/** The application: written once, knows nothing of which provider it talks to. */
async function tour(hooks, sim, receiver) {
  const types = (await hooks.listEventTypes()).map((type) => type.name);
  const [first, second] = types;
  step(`${hooks.id} offers ${types.length} event types: ${types.join(', ')}`);

  step('create three webhooks');
  const created = await hooks.create({ url: 'https://app.example/webhooks', events: [first] });
  say(`${created.id}  https://app.example/webhooks  secret ${mask(created.secret)} (shown once: store it)`);
  for (const [url, active] of [['https://app.example/audit', true], ['https://app.example/archive', false]]) {
    const other = await hooks.create({ url, events: [second], active });
    say(`${other.id}  ${url}${active ? '' : '  (created paused)'}`);
  }

  step('list them: one page, every field normalized');
  console.table((await hooks.list()).items.map(row));

  step(`update ${created.id}: subscribe to ${second} as well, and pause it`);
  const updated = await hooks.update(created.id, { events: [first, second], active: false });
  say(`events ${updated.events.join(', ')}; active ${updated.active}; url kept: ${updated.url}`);
  await hooks.update(created.id, { active: true });
  say('resumed: active true');

  step(`the simulator delivers a signed ${first} event; the receiver verifies it with the secret from create`);
  receiver.trust(created.secret);
  const signed = await deliver(sim, receiver, first);
  for (const event of signed.events) {
    say(`receiver verified: ${event.provider} ${event.type}`);
    // DialNexa's vocabulary for deliveries is not the one for subscriptions.
    if (event.type !== first) say(`(subscribed as ${first}, delivered as ${event.type}: ${hooks.id} names deliveries differently)`);
  }
  if (signed.events.length !== signed.attempts.length) throw new Error('a delivery was not verified');

  step('rotate the signing secret, and deliver again to a receiver that still trusts only the old one');
  const { secret } = await hooks.rotateSecret(created.id);
  say(`new secret ${mask(secret)}`);
  const stale = await deliver(sim, receiver, first);
  say(`${stale.events.length} verified: the old secret no longer verifies what ${hooks.id} signs`);
  if (stale.events.length !== 0) throw new Error('the old secret still verified');
  receiver.trust(secret, created.secret);
  const fresh = await deliver(sim, receiver, first);
  say(`${fresh.events.length} verified once the receiver trusts the new secret (keep both during a rollout)`);

  step('create again, and lose the response: the simulator stores the webhook, then drops the connection');
  const url = 'https://app.example/lost-response';
  sim.fail({ kind: 'drop', when: 'after-handling', match: { method: 'POST' } });
  try {
    const again = await hooks.create({ url, events: [first] });
    say(`create succeeded: ${hooks.id} takes an idempotency key, so hookbridge resent the POST with the same key`);
    say(`and ${hooks.id} answered with the webhook it had already made: ${again.id}`);
  } catch (error) {
    if (!NetworkError.isInstance(error)) throw error;
    say(`create failed: ${error.message}`);
    say(`${hooks.id} has no idempotency key, so hookbridge did not resend a POST that may have arrived`);
  }
  const copies = [];
  for await (const webhook of hooks.iterate()) if (webhook.url === url) copies.push(webhook);
  say(`webhooks at ${url}: ${copies.length} (a client that retries blindly would have made 2)`);
  if (copies.length !== 1) throw new Error('expected exactly one webhook');

  step('delete everything');
  // Collect first: deleting while paging would shift later pages under the walk.
  const all = [];
  for await (const webhook of hooks.iterate()) all.push(webhook);
  for (const webhook of all) await hooks.delete(webhook.id);
  say(`${all.length} deleted, ${(await hooks.list()).items.length} left`);
}

for (const provider of ['dialnexa', 'sentdm']) {
  const receiver = await startReceiver(provider);
  // Webhooks are registered with the https URL a provider demands; the simulator delivers it here.
  const sim = await startSimulator(provider, { deliverTo: receiver.url });
  console.log(`\n━━ ${provider}: a simulator of its API at ${sim.baseUrl}, deliveries go to ${receiver.url} ━━`);
  try {
    // The only provider-specific line: the config.
    await tour(createWebhookClient({ provider, apiKey: sim.apiKey, baseUrl: sim.baseUrl }), sim, receiver);
  } finally {
    await sim.close();
    await receiver.close();
  }
}
console.log('\nDone: one interface, two providers, every delivery verified, and no duplicate after a lost response.');
