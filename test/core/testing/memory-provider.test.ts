import { describe, expect, it } from 'vitest';
import { NotFoundError, UnsupportedOperationError, ValidationError } from '../../../src/errors';
import { createMemoryProvider } from '../../../entries/testing';
import { SENTDM_DELIVERY_LIMITS } from '../../../providers/sentdm/delivery-limits';

const input = { url: 'https://app.example/hooks', events: ['example.created'] };

describe('createMemoryProvider', () => {
  it('creates with a generated whsec_ secret shown once, and gets without it', async () => {
    const hooks = createMemoryProvider();
    expect(hooks.id).toBe('memory');
    const created = await hooks.create({ ...input, name: 'Orders' });
    expect(created).toMatchObject({ provider: 'memory', url: input.url, events: input.events, active: true, name: 'Orders', secret: expect.stringMatching(/^whsec_/) });
    expect(created.createdAt).toBeInstanceOf(Date);
    expect(JSON.stringify(created.raw)).not.toContain(created.secret);
    const fetched = await hooks.get(created.id);
    expect(fetched.secret).toBeUndefined();
    expect(fetched).toMatchObject({ id: created.id, url: input.url });
    expect(hooks.webhooks[0]?.secret).toBe(created.secret);
  });

  it('keeps a caller secret unless callerSecret is off, and takes a custom id', async () => {
    expect((await createMemoryProvider().create({ ...input, secret: 'my-own-secret' })).secret).toBe('my-own-secret');
    const strict = createMemoryProvider({ id: 'sentdm', capabilities: { callerSecret: false } });
    await expect(strict.create({ ...input, secret: 'my-own-secret' })).rejects.toSatisfy((e) => ValidationError.isInstance(e) && e.provider === 'sentdm' && 'secret' in (e.details ?? {}));
  });

  it('validates like an adapter: https URL, non-empty events, ranges; nothing stored', async () => {
    const hooks = createMemoryProvider({ deliveryLimits: SENTDM_DELIVERY_LIMITS });
    await expect(hooks.create({ url: 'http://plain.example', events: ['a'] })).rejects.toSatisfy((e) => ValidationError.isInstance(e) && 'url' in (e.details ?? {}));
    await expect(hooks.create({ ...input, events: [] })).rejects.toThrow(ValidationError);
    await expect(hooks.create({ ...input, delivery: { retryCount: 9 } })).rejects.toSatisfy((e) => ValidationError.isInstance(e) && 'delivery.retryCount' in (e.details ?? {}));
    expect(hooks.webhooks).toHaveLength(0);
  });

  it('checks event names against a catalogue when given one', async () => {
    const hooks = createMemoryProvider({ eventTypes: [{ name: 'call.completed' }, { name: 'call.failed' }] });
    expect(await hooks.listEventTypes()).toEqual([{ name: 'call.completed' }, { name: 'call.failed' }]);
    await expect(hooks.create({ ...input, events: ['call.nope'] })).rejects.toThrow(/unknown event "call.nope"/);
    expect((await hooks.create({ ...input, events: ['call.failed'] })).events).toEqual(['call.failed']);
    expect((await createMemoryProvider().listEventTypes()).map((t) => t.name)).toEqual(['example.created', 'example.updated', 'example.deleted']);
  });

  it('update changes only the named fields; events replaces; delivery settings merge', async () => {
    const hooks = createMemoryProvider();
    const created = await hooks.create({ ...input, name: 'A', delivery: { retryCount: 2 } });
    const updated = await hooks.update(created.id, { events: ['example.deleted'], active: false, delivery: { timeoutSeconds: 10 } });
    expect(updated).toMatchObject({ url: input.url, name: 'A', events: ['example.deleted'], active: false, delivery: { retryCount: 2, timeoutSeconds: 10 } });
    expect(updated.updatedAt).toBeInstanceOf(Date);
    await expect(hooks.update(created.id, { url: 'nope' })).rejects.toThrow(ValidationError);
  });

  it('NotFoundError for unknown ids and a second delete; ValidationError for an id with a slash', async () => {
    const hooks = createMemoryProvider();
    const created = await hooks.create(input);
    await hooks.delete(created.id);
    await expect(hooks.get(created.id)).rejects.toSatisfy((e) => NotFoundError.isInstance(e) && e.status === 404 && e.operation === 'get');
    await expect(hooks.delete(created.id)).rejects.toThrow(NotFoundError);
    await expect(hooks.get('a/b')).rejects.toThrow(ValidationError);
  });

  it('pages, filters, searches and iterates', async () => {
    const hooks = createMemoryProvider();
    for (let n = 0; n < 5; n++) await hooks.create({ url: `https://app${n}.example/h`, events: ['e'], active: n !== 2, name: `hook ${n}` });
    const page = await hooks.list({ page: 2, pageSize: 2 });
    expect(page).toMatchObject({ page: 2, pageSize: 2, total: 5, hasMore: true });
    expect(page.items.map((w) => w.name)).toEqual(['hook 2', 'hook 3']);
    expect((await hooks.list({ page: 3, pageSize: 2 })).hasMore).toBe(false);
    expect((await hooks.list({ active: false })).items.map((w) => w.name)).toEqual(['hook 2']);
    expect((await hooks.list({ search: 'APP4' })).total).toBe(1);
    const all: string[] = [];
    for await (const webhook of hooks.iterate({ pageSize: 2 })) all.push(webhook.name ?? '');
    expect(all).toEqual(['hook 0', 'hook 1', 'hook 2', 'hook 3', 'hook 4']);
    await expect(hooks.list({ pageSize: 101 })).rejects.toSatisfy((e) => ValidationError.isInstance(e) && 'pageSize' in (e.details ?? {}));
    expect((await hooks.list()).pageSize).toBe(20);
  });

  it('rotateSecret is native: a new or given secret', async () => {
    const hooks = createMemoryProvider();
    const created = await hooks.create(input);
    const { secret } = await hooks.rotateSecret(created.id);
    expect(secret).not.toBe(created.secret);
    expect((await hooks.rotateSecret(created.id, { secret: 'chosen-secret' })).secret).toBe('chosen-secret');
    expect(hooks.webhooks[0]?.secret).toBe('chosen-secret');
  });

  it('records test events and deliveries, listed newest first', async () => {
    const hooks = createMemoryProvider();
    const created = await hooks.create(input);
    expect(await hooks.sendTestEvent(created.id, 'example.created')).toEqual({ delivered: true, message: expect.any(String) });
    hooks.deliver('example.created', { order: 1 });
    hooks.deliver('example.other', {});
    const page = await hooks.listDeliveries(created.id);
    expect(page).toMatchObject({ total: 2, hasMore: false });
    expect(page.items.map((d) => d.data)).toEqual([{ order: 1 }, { test: true }]);
    expect(hooks.deliveries).toHaveLength(2);
    await expect(hooks.listDeliveries('missing')).rejects.toThrow(NotFoundError);
  });

  it('refuses what capabilities switch off, before doing anything', async () => {
    const hooks = createMemoryProvider({ capabilities: { sendTestEvent: false, listDeliveries: false } });
    const created = await hooks.create(input);
    await expect(hooks.sendTestEvent(created.id, 'x')).rejects.toThrow(UnsupportedOperationError);
    await expect(hooks.listDeliveries(created.id)).rejects.toThrow(UnsupportedOperationError);
    expect(hooks.capabilities.sendTestEvent).toBe(false);
  });

  it('honours an aborted signal, returns copies, and reset() forgets everything', async () => {
    const hooks = createMemoryProvider();
    const created = await hooks.create(input);
    created.events.push('tampered');
    expect((await hooks.get(created.id)).events).toEqual(input.events);
    await expect(hooks.get(created.id, { signal: AbortSignal.abort(new Error('stop')) })).rejects.toThrow('stop');
    hooks.reset();
    expect(hooks.webhooks).toEqual([]);
  });
});

describe('createMemoryProvider: refuses what a real adapter refuses', () => {
  it('an update that names no field (both adapters refuse it)', async () => {
    const hooks = createMemoryProvider();
    const created = await hooks.create(input);
    await expect(hooks.update(created.id, {})).rejects.toThrow(ValidationError);
    await expect(hooks.update(created.id, { name: undefined })).rejects.toThrow(ValidationError);
  });

  it('callerSecret: false refuses a secret in update and rotateSecret too, as sent.dm does', async () => {
    const hooks = createMemoryProvider({ id: 'sentdm', capabilities: { callerSecret: false } });
    const created = await hooks.create(input);
    await expect(hooks.update(created.id, { secret: 'my-own-secret' })).rejects.toSatisfy((e) => ValidationError.isInstance(e) && 'secret' in (e.details ?? {}));
    await expect(hooks.rotateSecret(created.id, { secret: 'my-own-secret' })).rejects.toSatisfy((e) => ValidationError.isInstance(e) && 'secret' in (e.details ?? {}));
    expect(hooks.webhooks[0]?.secret).toBe(created.secret);
    expect((await hooks.rotateSecret(created.id)).secret).not.toBe(created.secret);
  });

  it('names, eventFilters, deliverySettings and search switched off refuse those fields, as DialNexa does', async () => {
    const hooks = createMemoryProvider({ id: 'dialnexa', capabilities: { names: false, eventFilters: false, deliverySettings: false, search: false } });
    await expect(hooks.create({ ...input, name: 'A' })).rejects.toSatisfy((e) => ValidationError.isInstance(e) && 'name' in (e.details ?? {}));
    await expect(hooks.create({ ...input, eventFilters: { message: ['sent'] } })).rejects.toSatisfy((e) => ValidationError.isInstance(e) && 'eventFilters' in (e.details ?? {}));
    await expect(hooks.create({ ...input, delivery: { retryCount: 2 } })).rejects.toSatisfy((e) => ValidationError.isInstance(e) && 'delivery' in (e.details ?? {}));
    const created = await hooks.create(input);
    await expect(hooks.update(created.id, { name: 'A' })).rejects.toThrow(ValidationError);
    await expect(hooks.list({ search: 'x' })).rejects.toSatisfy((e) => ValidationError.isInstance(e) && 'search' in (e.details ?? {}));
    expect(hooks.webhooks).toHaveLength(1);
  });
});

describe('createMemoryProvider: deliveryLimits', () => {
  const limitError = (field: string) => (e: unknown) => ValidationError.isInstance(e) && field in (e.details ?? {});

  it('by default imitates no provider: any retry count from 0, any timeout from 1 second', async () => {
    const hooks = createMemoryProvider();
    const created = await hooks.create({ ...input, delivery: { retryCount: 0, timeoutSeconds: 600 } });
    expect(created.delivery).toMatchObject({ retryCount: 0, timeoutSeconds: 600 });
    await expect(hooks.create({ ...input, delivery: { retryCount: 9 } })).resolves.toMatchObject({ delivery: { retryCount: 9 } });
    await expect(hooks.create({ ...input, delivery: { retryCount: -1 } })).rejects.toSatisfy(limitError('delivery.retryCount'));
    await expect(hooks.create({ ...input, delivery: { timeoutSeconds: 0 } })).rejects.toSatisfy(limitError('delivery.timeoutSeconds'));
    await expect(hooks.create({ ...input, delivery: { retryCount: 2.5 } })).rejects.toSatisfy(limitError('delivery.retryCount'));
  });

  it("takes a provider's limits, on create and update, bounds included", async () => {
    const hooks = createMemoryProvider({ id: 'sentdm', deliveryLimits: SENTDM_DELIVERY_LIMITS });
    const created = await hooks.create({ ...input, delivery: { retryCount: 5, timeoutSeconds: 5 } });
    await expect(hooks.create({ ...input, delivery: { retryCount: 6 } })).rejects.toThrow(/from 1 to 5/);
    await expect(hooks.create({ ...input, delivery: { timeoutSeconds: 121 } })).rejects.toSatisfy(limitError('delivery.timeoutSeconds'));
    await expect(hooks.update(created.id, { delivery: { timeoutSeconds: 4 } })).rejects.toSatisfy(limitError('delivery.timeoutSeconds'));
    expect(hooks.webhooks).toHaveLength(1);
    expect(hooks.webhooks[0]?.delivery).toMatchObject({ retryCount: 5, timeoutSeconds: 5 });
  });

  it('keeps the default range for a setting the limits leave out', async () => {
    const hooks = createMemoryProvider({ deliveryLimits: { retryCount: { min: 1, max: 3 } } });
    await expect(hooks.create({ ...input, delivery: { retryCount: 4 } })).rejects.toSatisfy(limitError('delivery.retryCount'));
    await expect(hooks.create({ ...input, delivery: { timeoutSeconds: 3600 } })).resolves.toMatchObject({ delivery: { timeoutSeconds: 3600 } });
  });
});

describe('the memory provider and idempotency keys', () => {
  it('a repeated key replays the first create when it imitates a provider with keys', async () => {
    const hooks = createMemoryProvider();
    const first = await hooks.create({ url: 'https://app.example/a', events: ['example.created'] }, { idempotencyKey: 'k-1' });
    const again = await hooks.create({ url: 'https://app.example/a', events: ['example.created'] }, { idempotencyKey: 'k-1' });
    expect(again.id).toBe(first.id);
    expect((await hooks.list()).items).toHaveLength(1);
  });

  it('without idempotency keys every create makes a webhook', async () => {
    const hooks = createMemoryProvider({ capabilities: { idempotencyKeys: false } });
    await hooks.create({ url: 'https://app.example/a', events: ['example.created'] }, { idempotencyKey: 'k-1' });
    await hooks.create({ url: 'https://app.example/a', events: ['example.created'] }, { idempotencyKey: 'k-1' });
    expect((await hooks.list()).items).toHaveLength(2);
  });

  it('a plain list() works when the page-size ceiling is below the default page size', async () => {
    const hooks = createMemoryProvider({ capabilities: { maxPageSize: 5 } });
    expect((await hooks.list()).pageSize).toBe(5);
  });
});
