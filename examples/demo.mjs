// The hookbridge demo: the same application code drives DialNexa and sent.dm, each on its local
// simulator (hookbridge/testing). No account, no network beyond 127.0.0.1. Run: npm start
import { createServer } from 'node:http';
import { createNodeWebhookMiddleware, createWebhookClient } from 'hookbridge';
import { startSimulator } from 'hookbridge/testing';

const mask = (secret) => `${secret.slice(0, 10)}…(${secret.length} chars)`;
const step = (text) => console.log(`\n  ▸ ${text}`);
const row = (w) => ({ id: w.id.slice(0, 12), url: w.url, events: w.events.join(', '), active: w.active });

/**
 * A small receiver on 127.0.0.1 that verifies each delivery before believing it. `trust()` sets
 * the secrets it accepts (both while a rotation is under way).
 */
async function startReceiver(provider) {
  let secrets = [];
  const received = [];
  const onEvent = async (event) => { received.push(event); };
  // A handler per request so that `trust()` takes effect at once.
  const server = createServer((req, res) => createNodeWebhookMiddleware({ provider, secret: secrets, onEvent })(req, res));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    received,
    trust: (...list) => { secrets = list; },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** The application: written once, knows nothing of which provider it talks to. */
async function tour(hooks, sim, receiver) {
  const [first, second] = (await hooks.listEventTypes()).map((type) => type.name);

  step(`create a webhook subscribed to ${first}`);
  const created = await hooks.create({ url: 'https://app.example/webhooks', events: [first] });
  console.log(`    id ${created.id}, secret ${mask(created.secret)} (shown once: store it)`);
  await hooks.create({ url: 'https://app.example/audit', events: [second] });
  await hooks.create({ url: 'https://app.example/archive', events: [second], active: false });

  step('list them');
  console.table((await hooks.list()).items.map(row));

  step(`update: subscribe to ${second} too, and pause it`);
  const updated = await hooks.update(created.id, { events: [first, second], active: false });
  console.log(`    events ${updated.events.join(', ')}; active ${updated.active}; url kept: ${updated.url}`);
  await hooks.update(created.id, { active: true });

  step('rotate the signing secret');
  const { secret } = await hooks.rotateSecret(created.id);
  console.log(`    new secret ${mask(secret)}; the old one stops verifying at once`);

  step(`the simulator delivers a signed ${first} event to a local receiver`);
  // During a rotation a receiver accepts both secrets; the simulator signs with the new one.
  receiver.trust(secret, created.secret);
  const attempts = await sim.deliver(first, { demo: true, at: new Date().toISOString() });
  for (const attempt of attempts) {
    console.log(`    POST ${attempt.url} -> ${attempt.status ?? attempt.error} in ${attempt.durationMs.toFixed(1)} ms`);
  }
  for (const event of receiver.received) console.log(`    receiver verified: ${event.provider} ${event.type}`);
  if (receiver.received.length !== attempts.length || !attempts.every((a) => a.ok)) throw new Error('a delivery was not verified');

  step('delete everything');
  // Collect first: deleting while paging would shift later pages under the walk.
  const all = [];
  for await (const webhook of hooks.iterate()) all.push(webhook);
  for (const webhook of all) await hooks.delete(webhook.id);
  console.log(`    ${(await hooks.list()).items.length} webhooks left`);
}

for (const provider of ['dialnexa', 'sentdm']) {
  const receiver = await startReceiver(provider);
  // Webhooks are registered with the https URL a provider demands; the simulator delivers it here.
  const sim = await startSimulator(provider, { deliverTo: receiver.url });
  console.log(`\n━━ ${provider} (simulator at ${sim.baseUrl}) ━━`);
  try {
    // The only provider-specific line: the config.
    await tour(createWebhookClient({ provider, apiKey: sim.apiKey, baseUrl: sim.baseUrl }), sim, receiver);
  } finally {
    await sim.close();
    await receiver.close();
  }
}
console.log('\nDone: one interface, two providers, every call verified end to end.');
