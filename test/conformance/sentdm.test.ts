import * as vitest from 'vitest';
import { sentdm } from '../../providers/sentdm';
import { startSimulator } from '../../entries/testing';
import { testProvider } from '../../entries/testing';

testProvider(vitest, {
  name: 'sentdm on its simulator',
  // sent.dm ids are UUIDs; a malformed one is a 400, not a 404.
  missingId: '00000000-0000-4000-8000-000000000000',
  setup: async () => {
    const sim = await startSimulator('sentdm');
    return { provider: sentdm({ apiKey: sim.apiKey, baseUrl: sim.baseUrl }), teardown: () => sim.close() };
  },
});
