import * as vitest from 'vitest';
import { dialnexa } from '../../providers/dialnexa';
import { startSimulator } from '../../entries/testing';
import { testProvider } from '../../entries/testing';

testProvider(vitest, {
  name: 'dialnexa on its simulator',
  missingId: 'whk_doesnotexist',
  setup: async () => {
    const sim = await startSimulator('dialnexa');
    return { provider: dialnexa({ apiKey: sim.apiKey, baseUrl: sim.baseUrl }), teardown: () => sim.close() };
  },
});
