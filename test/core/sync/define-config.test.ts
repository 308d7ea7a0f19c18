import { describe, expect, it } from 'vitest';
import { defineConfig, type SyncConfig } from '../../../entries/sync';

// Type-level checks: `tsc --noEmit` (part of npm test) fails if a `@ts-expect-error` is not needed.
describe('defineConfig', () => {
  it('types each target by its provider, and entries by the target names', () => {
    const config = defineConfig({
      targets: {
        calls: { provider: 'dialnexa', apiKey: { env: 'DIALNEXA_API_KEY' }, allowUnknownEvents: true, owns: ['https://app.example.com/hooks/'] },
        messages: { provider: 'sentdm', apiKey: { env: 'SENT_DM_API_KEY' }, profileId: { env: 'SENT_DM_PROFILE_ID' }, sandbox: false },
      },
      webhooks: [
        { target: 'calls', url: 'https://app.example.com/hooks/calls', events: ['call.completed'], secret: { env: 'CALLS_SECRET' } },
        { target: 'messages', url: { env: 'MESSAGES_URL' }, events: ['message.delivered'], name: 'messages', active: true },
      ],
      prune: true,
    });
    const general: SyncConfig = config;
    expect(general).toBe(config);
  });

  it('refuses what the providers do not take', () => {
    defineConfig({
      targets: {
        // @ts-expect-error profileId is sent.dm's, not DialNexa's
        calls: { provider: 'dialnexa', apiKey: 'k', profileId: 'p' },
      },
      webhooks: [],
    });
    defineConfig({
      // @ts-expect-error an unknown provider
      targets: { calls: { provider: 'acme', apiKey: 'k' } },
      webhooks: [],
    });
    defineConfig({
      targets: { calls: { provider: 'dialnexa', apiKey: 'k' } },
      // @ts-expect-error not a target of this config
      webhooks: [{ target: 'call', url: 'https://app.example.com/h', events: ['call.completed'] }],
    });
    defineConfig({
      targets: { calls: { provider: 'dialnexa', apiKey: 'k' } },
      // @ts-expect-error active is a boolean, not a string
      webhooks: [{ target: 'calls', url: 'https://app.example.com/h', events: ['call.completed'], active: 'yes' }],
    });
    expect(true).toBe(true);
  });
});
