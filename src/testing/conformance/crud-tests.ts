import assert from 'node:assert/strict';
import { NotFoundError, ValidationError } from '../../errors';
import { rejectsWith } from './assertions';
import type { TestGroup } from './scope';

/** Create, get, update and delete: round trips, and errors by class. */
export const crudTests: TestGroup = ({ it, provider, events, input, missingId }) => {
  it('create returns the normalized webhook with its secret, once', async () => {
    const hooks = provider();
    const created = await hooks.create(input(1));
    assert.equal(created.provider, hooks.id);
    assert.equal(typeof created.id, 'string');
    assert.equal(created.url, 'https://receiver.example/hooks/1');
    assert.deepEqual(created.events, [events()[0]]);
    assert.equal(created.active, true);
    assert.ok(created.createdAt instanceof Date && !Number.isNaN(created.createdAt.getTime()));
    assert.ok(typeof created.secret === 'string' && created.secret.length >= 16, 'create returns the secret');
    assert.ok(!JSON.stringify(created.raw).includes(created.secret), 'raw never carries the secret');
    const fetched = await hooks.get(created.id);
    assert.equal(fetched.id, created.id);
    assert.equal(fetched.url, created.url);
    assert.equal(fetched.secret, undefined, 'get never returns the secret');
  });

  it('update changes only the named fields; events replaces the list', async () => {
    const hooks = provider();
    const [first, second] = events();
    const created = await hooks.create(input(2));
    const moved = await hooks.update(created.id, { url: 'https://receiver.example/moved' });
    assert.equal(moved.url, 'https://receiver.example/moved');
    assert.deepEqual(moved.events, [first]);
    const retuned = await hooks.update(created.id, { events: [second] });
    assert.deepEqual(retuned.events, [second]);
    assert.equal(retuned.url, 'https://receiver.example/moved');
    const paused = await hooks.update(created.id, { active: false });
    assert.equal(paused.active, false);
    assert.deepEqual((await hooks.get(created.id)).events, [second]);
  });

  it('delete removes it; a second delete and a get are NotFoundError', async () => {
    const hooks = provider();
    const created = await hooks.create(input(3));
    await hooks.delete(created.id);
    await rejectsWith(hooks.get(created.id), NotFoundError, 'get after delete');
    await rejectsWith(hooks.delete(created.id), NotFoundError, 'second delete');
  });

  it('an unknown id is NotFoundError', async () => {
    await rejectsWith(provider().get(missingId), NotFoundError, 'get of an unknown id');
  });

  it('bad input is a ValidationError and nothing is created', async () => {
    const hooks = provider();
    const error = await rejectsWith(hooks.create({ url: 'http://plain.example', events: [events()[0]] }), ValidationError, 'http url');
    assert.ok(error.details && 'url' in error.details, 'details name the url field');
    await rejectsWith(hooks.create({ url: 'https://ok.example', events: [] }), ValidationError, 'no events');
    assert.equal((await hooks.list()).items.length, 0);
  });
};
