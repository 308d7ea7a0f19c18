import { describe, expect, it } from 'vitest';
import { createMemoryProvider } from '../../entries/testing';
import { ValidationError } from '../../src/errors';

const input = { url: 'https://app.example/hooks', events: ['example.created'] };


describe('the memory provider refuses what the adapters refuse', () => {
  const fieldOf = (field: string) => (e: unknown) => ValidationError.isInstance(e) && field in (e.details ?? {});

  it('an unknown input key is refused by name: { enabled: false } stores nothing', async () => {
    const hooks = createMemoryProvider();
    await expect(hooks.create({ ...input, enabled: false } as never)).rejects.toSatisfy(fieldOf('enabled'));
    expect(hooks.webhooks).toHaveLength(0);
    const created = await hooks.create(input);
    await expect(hooks.update(created.id, { enabled: false } as never)).rejects.toSatisfy(fieldOf('enabled'));
    await expect(hooks.create({ ...input, delivery: { retries: 2 } } as never)).rejects.toSatisfy(fieldOf('delivery.retries'));
    await expect(hooks.list({ limit: 5 } as never)).rejects.toSatisfy(fieldOf('limit'));
    expect(hooks.webhooks[0]?.active).toBe(true);
  });

  it('an unknown call option is refused by name on every method; rotateSecret alone takes secret', async () => {
    const hooks = createMemoryProvider();
    const { id } = await hooks.create(input);
    await expect(hooks.create(input, { idempotency_key: 'k' } as never)).rejects.toSatisfy(fieldOf('idempotency_key'));
    await expect(hooks.get(id, { secret: 'x' } as never)).rejects.toSatisfy(fieldOf('secret'));
    await expect(hooks.listEventTypes({ cache: true } as never)).rejects.toSatisfy(fieldOf('cache'));
    await expect(hooks.rotateSecret(id, { secrett: 'whsec_0123456789' } as never)).rejects.toSatisfy(fieldOf('secrett'));
    expect((await hooks.rotateSecret(id, { secret: 'whsec_0123456789', timeout: 5 })).secret).toBe('whsec_0123456789');
  });

  it('ids "." and "..", credentials or a newline in the URL, and a secret over 256 characters are refused', async () => {
    const hooks = createMemoryProvider();
    await expect(hooks.get('..')).rejects.toSatisfy(fieldOf('id'));
    await expect(hooks.delete('.')).rejects.toSatisfy(fieldOf('id'));
    await expect(hooks.create({ ...input, url: 'https://u:p@app.example/hooks' })).rejects.toSatisfy(fieldOf('url'));
    await expect(hooks.create({ ...input, url: 'https://app.example/hooks\n' })).rejects.toSatisfy(fieldOf('url'));
    await expect(hooks.create({ ...input, secret: 's'.repeat(257) })).rejects.toSatisfy(fieldOf('secret'));
    const { id } = await hooks.create({ ...input, secret: 's'.repeat(256) });
    await expect(hooks.rotateSecret(id, { secret: 's'.repeat(257) })).rejects.toSatisfy(fieldOf('secret'));
    expect(hooks.webhooks).toHaveLength(1);
  });
});
