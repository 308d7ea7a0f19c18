import { describe, expect, it } from 'vitest';
import { signSentDmWebhook, verifySentDmWebhook } from '../../providers/sentdm/signing-scheme';
import type { SentDmInboundEvent } from '../../providers/sentdm/event-types';
import { SENTDM_SECRET as secret } from '../core/verify/fixtures';

const WEBHOOK = 'd4f5a6b7-c8d9-4e0f-a1b2-c3d4e5f6a7b8';
const MESSAGE = 'b8f1c3d2-0000-4000-8000-000000000001';

async function deliver(body: unknown, sign: { timestamp?: number; webhookId?: string } = {}): Promise<SentDmInboundEvent> {
  const text = JSON.stringify(body);
  const headers = await signSentDmWebhook({ body: text, secret, webhookId: WEBHOOK, ...sign });
  return verifySentDmWebhook({ body: text, headers, secret, ...(sign.timestamp ? { now: sign.timestamp * 1000 } : {}) });
}

const message = (subType: string, payload: Record<string, unknown> = {}) => ({
  field: 'message', sub_type: subType, timestamp: '2025-10-31T10:10:42Z',
  payload: { account_id: 'acc', message_id: MESSAGE, message_status: subType.slice(8).toUpperCase(), channel: 'sms', ...payload },
});

describe('sent.dm typed events', () => {
  it.each(['message.queued', 'message.routed', 'message.sent', 'message.delivered', 'message.read', 'message.failed'])(
    '%s with a message_id is typed, data = the payload', async (type) => {
      const body = message(type);
      const event = await deliver(body);
      expect(event).toMatchObject({ provider: 'sentdm', type, data: body.payload, occurredAt: new Date('2025-10-31T10:10:42Z') });
    });

  it('message.received needs from and to', async () => {
    const payload = { account_id: 'acc', from: '+15550001', to: '+15550002', text: 'yes', channel: 'sms', provider: 'twilio', received_at: '2025-10-31T10:10:40Z' };
    expect(await deliver({ field: 'message', sub_type: 'message.received', timestamp: '2025-10-31T10:10:42Z', payload })).toMatchObject({ type: 'message.received', data: payload });
    // Typed only when the payload has what the type guarantees; the delivered name is kept.
    expect(await deliver({ field: 'message', sub_type: 'message.received', payload: { text: 'yes' } })).toMatchObject({ type: 'unknown', name: 'message.received' });
  });

  it('template events (field "templates", no sub_type) need a template_id', async () => {
    const payload = { template_id: 't1', template_name: 'welcome', status: 'APPROVED', language: 'en_US', category: 'UTILITY', channel: 'whatsapp', reason: null };
    expect(await deliver({ field: 'templates', timestamp: '2025-10-31T10:10:42Z', payload })).toMatchObject({ type: 'templates', data: payload });
    expect(await deliver({ field: 'templates', payload: { status: 'APPROVED' } })).toMatchObject({ type: 'unknown' });
  });

  it('the older plural "messages" body is typed messages; a status event without message_id is unknown', async () => {
    expect(await deliver({ field: 'messages', payload: { message_id: MESSAGE, message_status: 'SENT' } })).toMatchObject({ type: 'messages' });
    expect(await deliver(message('message.delivered', { message_id: undefined }))).toMatchObject({ type: 'unknown' });
  });

  it('a sub_type hookbridge does not know is unknown, its name kept in raw', async () => {
    const body = message('message.clicked');
    expect(await deliver(body)).toMatchObject({ type: 'unknown', data: body.payload, raw: { sub_type: 'message.clicked' } });
  });
});

describe('sent.dm dedupeKey', () => {
  it('a message event: its sub_type and message_id', async () => {
    expect((await deliver(message('message.delivered'))).dedupeKey).toBe(`sentdm/message.delivered/${MESSAGE}`);
  });

  it('a retry (same body, new x-webhook-timestamp and signature) has the same key', async () => {
    const body = message('message.sent');
    const now = Math.floor(Date.now() / 1000);
    const [first, retry] = await Promise.all([deliver(body, { timestamp: now }), deliver(body, { timestamp: now + 120 })]);
    expect(retry.dedupeKey).toBe(first.dedupeKey);
  });

  it('x-webhook-id names the endpoint, not the event: two events on one endpoint differ, one event on two endpoints matches', async () => {
    const [sent, delivered, elsewhere] = await Promise.all([
      deliver(message('message.sent')), deliver(message('message.delivered')), deliver(message('message.delivered'), { webhookId: crypto.randomUUID() }),
    ]);
    expect(sent.dedupeKey).not.toBe(delivered.dedupeKey);
    expect(elsewhere.dedupeKey).toBe(delivered.dedupeKey);
    expect(delivered.dedupeKey).not.toContain(WEBHOOK);
  });

  it('the older messages body adds message_status, its only trace of which status it reports', async () => {
    const sent = await deliver({ field: 'messages', payload: { message_id: MESSAGE, message_status: 'SENT' } });
    const delivered = await deliver({ field: 'messages', payload: { message_id: MESSAGE, message_status: 'DELIVERED' } });
    expect(sent.dedupeKey).toBe(`sentdm/messages/${MESSAGE}/SENT`);
    expect(delivered.dedupeKey).not.toBe(sent.dedupeKey);
  });

  it('events without a message_id: the SHA-256 of the body without its timestamp, which a retry may rewrite', async () => {
    const payload = { from: '+15550001', to: '+15550002', text: 'yes', received_at: '2025-10-31T10:10:40Z' };
    const first = await deliver({ field: 'message', sub_type: 'message.received', timestamp: '2025-10-31T10:10:42Z', payload });
    const rewritten = await deliver({ field: 'message', sub_type: 'message.received', timestamp: '2025-10-31T10:12:42Z', payload });
    const other = await deliver({ field: 'message', sub_type: 'message.received', timestamp: '2025-10-31T10:10:42Z', payload: { ...payload, text: 'no' } });
    expect(first.dedupeKey).toMatch(/^sentdm\/sha256\/[0-9a-f]{64}$/);
    expect(rewritten.dedupeKey).toBe(first.dedupeKey);
    expect(other.dedupeKey).not.toBe(first.dedupeKey);
  });

  it('template events: one template\'s approval and rejection are two events', async () => {
    const template = (status: string) => deliver({ field: 'templates', timestamp: '2025-10-31T10:10:42Z', payload: { template_id: 't1', status } });
    const [approved, rejected] = await Promise.all([template('APPROVED'), template('REJECTED')]);
    expect(approved.dedupeKey).not.toBe(rejected.dedupeKey);
  });
});
