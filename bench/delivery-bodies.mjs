// Delivery bodies of an exact size for the verify rows: each provider's real envelope (so
// hookbridge turns it into its typed event, as in production) around a list of small records,
// the kind of JSON a webhook carries, padded to the byte. Both sides of a row verify the same
// string, so parsing costs them the same.

function recordsOf(count) {
  return Array.from({ length: count }, (_, i) => ({
    id: `evt_${String(i).padStart(6, '0')}`, status: i % 3 === 0 ? 'delivered' : 'sent', attempt: 1 + (i % 4),
    at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
  }));
}

// `envelope(records, note)` -> the body object; grows the records, then pads `note` to the byte.
function sized(bytes, envelope) {
  let count = 0;
  while (JSON.stringify(envelope(recordsOf(count + 1), '')).length <= bytes) count++;
  const records = recordsOf(count);
  const bare = JSON.stringify(envelope(records, '')).length;
  const body = JSON.stringify(envelope(records, 'x'.repeat(bytes - bare)));
  if (body.length !== bytes) throw new Error(`delivery body is ${body.length} bytes, wanted ${bytes}`);
  return body;
}

/** A sent.dm `message.delivered` delivery of exactly `bytes` bytes. */
export const sentdmBody = (bytes) => sized(bytes, (records, note) => ({
  field: 'message', sub_type: 'message.delivered', timestamp: new Date().toISOString(),
  payload: { message_id: 'msg_bench_1', channel: 'sms', records, note },
}));

/** A DialNexa `call_ended` delivery of exactly `bytes` bytes. */
export const dialnexaBody = (bytes) => sized(bytes, (records, note) => ({
  event_type: 'call_ended', payload: { call: { id: 'call_bench_1', duration: 42 }, records, note },
}));

/** A GitHub `issues` (opened) delivery of exactly `bytes` bytes. */
export const githubBody = (bytes) => sized(bytes, (records, note) => ({
  action: 'opened',
  issue: { number: 1, title: 'Bench issue', body: note, labels: records },
  repository: { id: 1, full_name: 'bench/hookbridge' },
  sender: { login: 'bench' },
}));

/** `body` with one character of its padding changed: same length, wrong signature. */
export const tampered = (body) => body.replace(/x(?=x*")/, 'y');
