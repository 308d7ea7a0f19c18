import { describe, expect, it } from 'vitest';
import { signDialNexaWebhook, verifyDialNexaWebhook } from '../../providers/dialnexa/signing-scheme';
import type { DialNexaInboundEvent } from '../../providers/dialnexa/event-types';

const secret = 'whsec_dialnexa_inbound_events';

async function deliver(body: unknown): Promise<DialNexaInboundEvent> {
  const text = JSON.stringify(body);
  return verifyDialNexaWebhook({ body: text, headers: await signDialNexaWebhook({ body: text, secret }), secret });
}

const call = (extra: Record<string, unknown> = {}) => ({
  id: 'call_abc123xyz', direction: 'outbound', type: 'phone_call', status: 'completed', agent_id: 'agent_987654321',
  initiated_at: '2025-05-02T10:21:15.945Z', ...extra,
});

describe('DialNexa typed events', () => {
  it.each(['call_initiated', 'call_ended', 'transfer_completed'])('%s with payload.call.id is typed, data = the payload', async (type) => {
    const body = { event_type: type, payload: { call: call() } };
    const event = await deliver(body);
    expect(event).toMatchObject({ provider: 'dialnexa', type, data: body.payload, raw: body });
    if (event.type === 'call_initiated' || event.type === 'call_ended' || event.type === 'transfer_completed') expect(event.data.call.id).toBe('call_abc123xyz');
    else expect.fail(`${type} was not typed as a call event`);
  });

  it('a call event without payload.call.id is unknown: the type never promises what the body lacks', async () => {
    for (const payload of [{}, { call: {} }, { call: { id: 42 } }, { call: { id: '' } }, 'call_1']) {
      const event = await deliver({ event_type: 'call_ended', payload });
      expect(event).toMatchObject({ type: 'unknown', data: payload });
    }
  });

  it('the save-time ping, flat or named, is verification; a ping without a message is unknown', async () => {
    expect(await deliver({ message: 'DialNexa webhook verification', timestamp: '2025-05-02T10:21:15.945Z' })).toMatchObject({ type: 'verification' });
    expect(await deliver({ event_type: 'verification', message: 'ping' })).toMatchObject({ type: 'verification' });
    expect(await deliver({ event_type: 'verification' })).toMatchObject({ type: 'unknown' });
  });

  it.each(['call.started', 'call.ended', 'call.transcript_ready', 'call.analysis_ready', 'call.function_error', 'alert.triggered'])(
    'the older flat body %s keeps its name and is its own data', async (name) => {
      const body = { event: name, workspace_id: 'ws_1', session_id: 'sess_1', agent_id: 'a_1', phone_number: '+15550001', timestamp: '2025-01-01T00:00:00Z' };
      const event = await deliver(body);
      expect(event).toMatchObject({ type: name, data: body, occurredAt: new Date('2025-01-01T00:00:00Z') });
    });

  it('names DialNexa never documents as delivered (its subscription names) are unknown, with the name kept in name and raw', async () => {
    const body = { event_type: 'campaign.completed', payload: { campaign_id: 'cmp_1' } };
    expect(await deliver(body)).toMatchObject({ type: 'unknown', name: 'campaign.completed', data: { campaign_id: 'cmp_1' }, raw: body });
  });

  it('a body without any event name is unknown and has no name', async () => {
    expect(await deliver({ payload: { x: 1 } })).not.toHaveProperty('name');
  });
});

describe('DialNexa dedupeKey', () => {
  it('a call event: its name and the call id, the same on every retry of the body', async () => {
    const body = { event_type: 'call_ended', payload: { call: call() } };
    const [first, retry] = await Promise.all([deliver(body), deliver(body)]);
    expect(first.dedupeKey).toBe('dialnexa/call_ended/call_abc123xyz');
    expect(retry.dedupeKey).toBe(first.dedupeKey);
  });

  it('a retry whose presigned recording_url was signed anew keeps the key', async () => {
    const a = await deliver({ event_type: 'call_ended', payload: { call: call({ recording_url: 'https://r.example/1?sig=a' }) } });
    const b = await deliver({ event_type: 'call_ended', payload: { call: call({ recording_url: 'https://r.example/1?sig=b' }) } });
    expect(b.dedupeKey).toBe(a.dedupeKey);
  });

  it('one call\'s call_initiated and call_ended are two events; another call is another event', async () => {
    const keys = await Promise.all([
      deliver({ event_type: 'call_initiated', payload: { call: call() } }),
      deliver({ event_type: 'call_ended', payload: { call: call() } }),
      deliver({ event_type: 'call_ended', payload: { call: call({ id: 'call_other' }) } }),
    ]);
    expect(new Set(keys.map((event) => event.dedupeKey)).size).toBe(3);
  });

  it('two transfers of one call differ by destination', async () => {
    const transfer = (destination_id: string) => deliver({ event_type: 'transfer_completed', payload: { call: call({ call_transfer: { destination: '+1555', status: 'ok', destination_id } }) } });
    const [a, b] = await Promise.all([transfer('dst_1'), transfer('dst_2')]);
    expect(a.dedupeKey).toBe('dialnexa/transfer_completed/call_abc123xyz/dst_1');
    expect(b.dedupeKey).not.toBe(a.dedupeKey);
  });

  it('an older flat body: its name and session_id', async () => {
    expect((await deliver({ event: 'call.ended', session_id: 'sess_1', timestamp: 1 })).dedupeKey).toBe('dialnexa/call.ended/sess_1');
  });

  it('anything else: the SHA-256 of the body, whatever its key order or spacing', async () => {
    const ping = { message: 'verify', timestamp: '2025-05-02T10:21:15.945Z' };
    const event = await deliver(ping);
    expect(event.dedupeKey).toMatch(/^dialnexa\/sha256\/[0-9a-f]{64}$/);
    const reordered = '{ "timestamp": "2025-05-02T10:21:15.945Z",\n  "message": "verify" }';
    const again = await verifyDialNexaWebhook({ body: reordered, headers: await signDialNexaWebhook({ body: reordered, secret }), secret });
    expect(again.dedupeKey).toBe(event.dedupeKey);
    expect((await deliver({ ...ping, message: 'other' })).dedupeKey).not.toBe(event.dedupeKey);
  });

  it('a call id with separators is percent-encoded: the key has no ":" and one "/" per part', async () => {
    const event = await deliver({ event_type: 'call_ended', payload: { call: { id: 'a:b/c' } } });
    expect(event.dedupeKey).toBe('dialnexa/call_ended/a%3Ab%2Fc');
  });
});
