// Rows 5-8: throughput of verifying one signed delivery, hookbridge's verifyWebhook() from
// 'hookbridge/verify' against the peer a receiver would otherwise use:
//   5, 6  sent.dm (Standard Webhooks scheme), 1 KB and 64 KB: standardwebhooks `new
//         Webhook(secret).verify(body, headers)`; svix's Webhook as a second peer (info).
//   7     DialNexa, 1 KB: bare node:crypto doing DialNexa's work (HMAC-SHA256 of the raw body
//         keyed by the secret's UTF-8 bytes, compared with timingSafeEqual to the hex after
//         `sha256=` in x-dialnexa-signature, then JSON.parse).
//   8     GitHub, 1 KB: @octokit/webhooks-methods `verify(secret, body, signature)` plus
//         JSON.parse (info; hookbridge parses and types the event, so the peer does too).
// Fair because both sides get the same body string and the same signature (made once by
// signWebhook; sent.dm's x-webhook-* headers are renamed webhook-* for the peers, which is the
// same scheme), each side is checked once to accept it and to refuse a tampered body, the peer
// objects (Webhook instances) are built once as their docs show, and the sides take turns in
// ~1 ms slices (stats.mjs: paired slices, median per round, median over 20 rounds).
import { verify as octokitVerify } from '@octokit/webhooks-methods';
import { signWebhook, verifyWebhook } from 'hookbridge/verify';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { Webhook as SvixWebhook } from 'svix';
import { dialnexaBody, githubBody, sentdmBody, tampered } from './delivery-bodies.mjs';
import { goal, perSecond } from './report.mjs';
import { calibrate, interleave } from './stats.mjs';

const ROUNDS = 20;
const SLICES = 25;

// Resolves true when `run()` accepts, false when it throws or answers false.
async function accepts(run) {
  try {
    return (await run()) !== false;
  } catch {
    return false;
  }
}

// Both sides must accept `body` and refuse its tampered copy, or the row would time nonsense.
async function checkSides(label, sides, forBody, body) {
  for (const [name, make] of Object.entries(sides)) {
    if (!(await accepts(() => make(body)()))) throw new Error(`verify ${label}: ${name} refused a correctly signed delivery`);
    if (await accepts(() => forBody(make, tampered(body))())) throw new Error(`verify ${label}: ${name} accepted a tampered body`);
  }
}

async function throughputRows(label, sides, body) {
  await checkSides(label, sides, (make, other) => make(other), body);
  const runs = Object.fromEntries(Object.entries(sides).map(([name, make]) => [name, make(body)]));
  const batch = await calibrate(runs, { warmMs: 200, sliceMs: 1 });
  return interleave(runs, { rounds: ROUNDS, slices: SLICES, batch });
}

// Throughput ratio ours / theirs = their time per call / ours, per paired slice.
function row(id, figure, timing, peer, peerName, goalOf) {
  return {
    id, figure, hookbridge: perSecond(timing.perOp('hookbridge')), peer: perSecond(timing.perOp(peer)),
    peerName, ratio: timing.ratio(peer, 'hookbridge'), goal: goalOf,
  };
}

async function sentdmSides() {
  const secret = `whsec_${randomBytes(24).toString('base64')}`;
  const standard = new StandardWebhook(secret);
  const svix = new SvixWebhook(secret);
  // Signed once per body; verifying inside the 5-minute window, as a live receiver does.
  const signed = new Map();
  const headersFor = async (body) => signed.get(body) ?? signed.set(body, await signWebhook({ provider: 'sentdm', body, secret })).get(body);
  const asStandard = (h) => ({ 'webhook-id': h['x-webhook-id'], 'webhook-timestamp': h['x-webhook-timestamp'], 'webhook-signature': h['x-webhook-signature'] });
  return { secret, standard, svix, headersFor, asStandard };
}

async function sentdmRows(record) {
  const { secret, standard, svix, headersFor, asStandard } = await sentdmSides();
  for (const [bytes, id, limit] of [[1024, '5', 1.0], [64 * 1024, '6', 1.5]]) {
    const body = sentdmBody(bytes);
    // A tampered body keeps the original's signature: sign the original, verify the other.
    const headers = await headersFor(body);
    const sides = {
      hookbridge: (b) => () => verifyWebhook({ provider: 'sentdm', body: b, headers, secret }),
      standardwebhooks: (b) => () => standard.verify(b, asStandard(headers)),
      svix: (b) => () => svix.verify(b, asStandard(headers)),
    };
    const timing = await throughputRows(`sent.dm ${bytes} B`, sides, body);
    const size = bytes === 1024 ? '1 KB' : '64 KB';
    record(row(id, `sent.dm verify, ${size} body, throughput`, timing, 'standardwebhooks', 'standardwebhooks',
      goal('ratio', '>=', limit, `≥ ${limit.toFixed(1)}x`)));
    record(row(`${id}b`, `sent.dm verify, ${size} body, throughput`, timing, 'svix', 'svix', null));
  }
}

async function dialnexaRow(record) {
  const secret = `whsec_${randomBytes(24).toString('base64')}`;
  const body = dialnexaBody(1024);
  const headers = await signWebhook({ provider: 'dialnexa', body, secret });
  const sides = {
    hookbridge: (b) => () => verifyWebhook({ provider: 'dialnexa', body: b, headers, secret }),
    'node:crypto': (b) => () => {
      const header = headers['x-dialnexa-signature'];
      const given = Buffer.from(header.startsWith('sha256=') ? header.slice(7) : header, 'hex');
      const expected = createHmac('sha256', secret).update(b).digest();
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Error('signature mismatch');
      return JSON.parse(b);
    },
  };
  const timing = await throughputRows('DialNexa 1 KB', sides, body);
  record(row('7', 'DialNexa verify, 1 KB body, throughput', timing, 'node:crypto', 'node:crypto HMAC + JSON.parse', goal('ratio', '>=', 0.8, '≥ 0.8x')));
}

async function githubRow(record) {
  const secret = randomBytes(20).toString('hex');
  const body = githubBody(1024);
  const headers = await signWebhook({ provider: 'github', body, secret, event: 'issues' });
  const sides = {
    hookbridge: (b) => () => verifyWebhook({ provider: 'github', body: b, headers, secret }),
    octokit: (b) => async () => {
      if (!(await octokitVerify(secret, b, headers['x-hub-signature-256']))) return false;
      return JSON.parse(b);
    },
  };
  const timing = await throughputRows('GitHub 1 KB', sides, body);
  record(row('8', 'GitHub verify, 1 KB body, throughput', timing, 'octokit', '@octokit/webhooks-methods + JSON.parse', null));
}

/** Rows 5 to 8. */
export async function measure({ record }) {
  await sentdmRows(record);
  await dialnexaRow(record);
  await githubRow(record);
}
