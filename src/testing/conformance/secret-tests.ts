import assert from 'node:assert/strict';
import { ValidationError } from '../../errors';
import { refusedBeforeSending } from './assertions';
import type { TestGroup } from './scope';

// Long enough and plain enough for any provider that takes a caller's secret.
const CHOSEN_SECRET = 'conformanceChosenSecret0123456789';
const ROTATED_SECRET = 'conformanceRotatedSecret987654321';

/** Signing secrets: the one `create` returns, a caller's own, and rotation in either mode. */
export const secretTests: TestGroup = (scope) => {
  const { it, provider, input } = scope;

  it('rotateSecret returns a new secret', async () => {
    const hooks = provider();
    const created = await hooks.create(input(30));
    const { secret } = await hooks.rotateSecret(created.id);
    assert.ok(typeof secret === 'string' && secret.length >= 16);
    assert.notEqual(secret, created.secret);
  });

  it('callerSecret: a chosen secret comes back from create, or is refused as capabilities say', async () => {
    const hooks = provider();
    if (!hooks.capabilities.callerSecret) {
      await refusedBeforeSending(scope, () => hooks.create(input(31, { secret: CHOSEN_SECRET })), 'secret', 'create with a secret');
      assert.equal((await hooks.list()).items.length, 0, 'a refused create creates nothing');
      const created = await hooks.create(input(32));
      await refusedBeforeSending(scope, () => hooks.update(created.id, { secret: CHOSEN_SECRET }), 'secret', 'update with a secret');
      return;
    }
    const created = await hooks.create(input(31, { secret: CHOSEN_SECRET }));
    assert.equal(created.secret, CHOSEN_SECRET, 'create returns the chosen secret');
    assert.ok(!JSON.stringify(created.raw).includes(CHOSEN_SECRET), 'raw never carries the secret');
    assert.equal((await hooks.get(created.id)).secret, undefined, 'get never returns the secret');
  });

  it('rotateSecret: a chosen secret is honoured or refused as the rotate mode says, never ignored', async () => {
    const hooks = provider();
    const { callerSecret, rotateSecret: mode } = hooks.capabilities;
    assert.ok(mode === 'native' || mode === 'emulated', `capabilities.rotateSecret is native or emulated, not ${String(mode)}`);
    const created = await hooks.create(input(33));
    if (!callerSecret) {
      await refusedBeforeSending(scope, () => hooks.rotateSecret(created.id, { secret: ROTATED_SECRET }), 'secret', 'rotateSecret with a secret');
      return;
    }
    // Emulated rotation sets the secret itself, so it can always set the caller's.
    const rotated = await hooks.rotateSecret(created.id, { secret: ROTATED_SECRET }).catch((error: unknown) => {
      if (mode === 'emulated' || !ValidationError.isInstance(error)) throw error;
      return undefined;
    });
    if (rotated) assert.equal(rotated.secret, ROTATED_SECRET, 'rotateSecret returns the chosen secret');
    assert.equal((await hooks.get(created.id)).secret, undefined, 'get never returns the secret');
  });
};
