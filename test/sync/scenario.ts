import { expect } from 'vitest';
import type { Webhook } from '../../src/model';
import type { WebhookProvider } from '../../src/provider';
import { urlKey } from '../../src/sync/url-key';
import type { SimCase } from './support';
import { everything } from './support';

const OWNED = 'https://app.example/hooks/';
const url = (path: string) => `${OWNED}${path}`;
const UNOWNED = 'https://elsewhere.example/hook';

/** What one declared webhook must end up as. */
export interface Expected {
  url: string;
  events: string[];
  active: boolean;
  name?: string;
}

/**
 * One full apply that does every kind of change: two creates (one inactive, which on a provider
 * without caller secrets is a create then a switch-off), an update of events, active and name, a
 * kept webhook whose events are only reordered, a duplicate of it and an undeclared owned webhook
 * to delete, and an unowned webhook left alone.
 */
export function fullApplyScenario(c: SimCase, client: WebhookProvider) {
  const [e1, e2, e3] = c.events;
  const names = client.capabilities.names;
  const named = (name: string) => (names ? { name } : {});
  const expected: Expected[] = [
    { url: url('update'), events: [e1, e2], active: true, ...named('updated') },
    { url: url('kept'), events: [e1, e2], active: true },
    { url: url('create-inactive'), events: [e3], active: false, ...named('new') },
    { url: url('create'), events: [e1], active: true },
  ];
  return {
    expected,
    async seed() {
      await client.create({ url: url('update'), events: [e1], active: false, ...named('old') });
      await client.create({ url: url('kept'), events: [e1, e2] });
      await client.create({ url: url('kept'), events: [e3] });
      await client.create({ url: url('pruned'), events: [e1] });
      await client.create({ url: UNOWNED, events: [e1] });
    },
    config(target: Record<string, unknown>) {
      return {
        targets: { t: { provider: c.provider, ...target, owns: [OWNED] } },
        webhooks: [
          { target: 't', ...expected[0], events: [e2, e1] },
          { target: 't', url: url('kept'), events: [e2, e1, e2] },
          { target: 't', ...expected[2] },
          { target: 't', url: url('create'), events: [e1] },
        ],
        prune: true,
      };
    },
    /** Exactly one webhook per entry, with the declared fields; the unowned one untouched; nothing else. */
    async assertConverged(): Promise<Webhook[]> {
      const all = await everything(client);
      const byUrl = new Map<string, Webhook[]>();
      for (const webhook of all) byUrl.set(urlKey(webhook.url), [...(byUrl.get(urlKey(webhook.url)) ?? []), webhook]);
      for (const want of expected) {
        const found = byUrl.get(urlKey(want.url)) ?? [];
        expect(found, want.url).toHaveLength(1);
        const [webhook] = found;
        expect({ url: webhook!.url, events: [...webhook!.events].sort(), active: webhook!.active, ...(names ? { name: webhook!.name } : {}) }, want.url)
          .toEqual({ ...want, events: [...want.events].sort() });
      }
      expect(byUrl.get(urlKey(UNOWNED))).toHaveLength(1);
      expect(all).toHaveLength(expected.length + 1);
      return all;
    },
  };
}
