import { afterAll, beforeAll } from 'vitest';
import { buildBin, type Bin } from './bin';
import { localSuite } from './suites/local';
import { syncSuite } from './suites/sync';
import { terminalSuite } from './suites/terminal';
import { usageSuite } from './suites/usage';
import { webhookSuite } from './suites/webhooks';

// The bin is built once for all the suites (each spawns it many times), the way a user gets it.
let bin: Bin | undefined;
beforeAll(async () => { bin = await buildBin(); }, 30_000);
afterAll(() => bin?.remove());

const built = (): Bin => {
  if (!bin) throw new Error('the bin was not built');
  return bin;
};

usageSuite(built);
webhookSuite(built);
localSuite(built);
syncSuite(built);
terminalSuite(built);
