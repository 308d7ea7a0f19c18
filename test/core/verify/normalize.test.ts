import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhook } from '../../../providers/catalogue/signing';
import type { InboundEvent } from '../../../src/verify/verified-event';
import type { KnownProviderId } from '../../../providers/catalogue/clients';

const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

async function deliver(provider: KnownProviderId, body: unknown): Promise<InboundEvent> {
  const text = JSON.stringify(body);
  const headers = await signWebhook({ provider, body: text, secret });
  return verifyWebhook({ provider, body: text, headers, secret });
}

describe('DialNexa bodies', () => {
  it('call_ended: type is event_type, data is payload, no occurredAt (the envelope has no time)', async () => {
    const call = { id: 'call_abc123xyz', status: 'hangup', initiated_at: '2025-05-02T10:21:15.945Z', disconnection_reason: 'user_did_not_pick_up' };
    const body = { event_type: 'call_ended', payload: { call } };
    const event = await deliver('dialnexa', body);
    expect(event).toEqual({ provider: 'dialnexa', type: 'call_ended', data: { call }, raw: body, dedupeKey: 'dialnexa/call_ended/call_abc123xyz' });
    expect(event).not.toHaveProperty('occurredAt');
  });

  it('verification ping: flat { message, timestamp } becomes type verification with occurredAt', async () => {
    const body = { message: 'Webhook verification', timestamp: '2025-05-02T10:21:15.945Z' };
    const event = await deliver('dialnexa', body);
    expect(event).toMatchObject({ type: 'verification', data: body, raw: body });
    expect(event.occurredAt?.toISOString()).toBe('2025-05-02T10:21:15.945Z');
  });

  it('verification ping with an explicit event_type keeps it', async () => {
    const body = { event_type: 'verification', message: 'ping', timestamp: 1_746_181_275 };
    const event = await deliver('dialnexa', body);
    expect(event).toMatchObject({ type: 'verification', data: body });
    expect(event.occurredAt?.toISOString()).toBe('2025-05-02T10:21:15.000Z');
  });

  it('flat bodies of the older doc set are named by `event`', async () => {
    const body = { event: 'call.ended', session_id: 's1', timestamp: '2025-01-01T00:00:00Z' };
    expect(await deliver('dialnexa', body)).toMatchObject({ type: 'call.ended', data: body });
  });

  it('an authentic body without any event name is type unknown, not an error', async () => {
    expect(await deliver('dialnexa', { something: 1 })).toMatchObject({ type: 'unknown', data: { something: 1 } });
  });
});

describe('sent.dm bodies', () => {
  it('message.delivered: type is sub_type, occurredAt is timestamp, data is payload', async () => {
    const payload = { message_id: 'm1', message_status: 'DELIVERED', channel: 'sms' };
    const body = { field: 'message', sub_type: 'message.delivered', timestamp: '2025-10-31T10:10:42Z', payload };
    const event = await deliver('sentdm', body);
    expect(event).toEqual({
      provider: 'sentdm', type: 'message.delivered', occurredAt: new Date('2025-10-31T10:10:42Z'), data: payload, raw: body,
      dedupeKey: 'sentdm/message.delivered/m1',
    });
  });

  it('older plural field "messages" without sub_type: type is the field', async () => {
    const body = { field: 'messages', timestamp: '2025-10-31T10:10:42Z', payload: { message_id: 'm1' } };
    expect(await deliver('sentdm', body)).toMatchObject({ type: 'messages', data: { message_id: 'm1' } });
  });

  it('template events ("templates", no sub_type)', async () => {
    const payload = { template_id: 't1', template_name: 'welcome', status: 'APPROVED' };
    const event = await deliver('sentdm', { field: 'templates', timestamp: '2025-10-31T10:10:42Z', payload });
    expect(event).toMatchObject({ provider: 'sentdm', type: 'templates', data: payload });
    expect(event.occurredAt?.toISOString()).toBe('2025-10-31T10:10:42.000Z');
  });

  it('an unreadable timestamp leaves occurredAt out instead of failing', async () => {
    const event = await deliver('sentdm', { field: 'message', sub_type: 'message.sent', timestamp: 'yesterday', payload: { message_id: 'm1' } });
    expect(event.type).toBe('message.sent');
    expect(event.occurredAt).toBeUndefined();
  });
});
