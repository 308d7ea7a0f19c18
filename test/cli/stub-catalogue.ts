import type { CliCatalogue } from '../../src/cli/catalogue';

// Help and usage errors need nothing from the catalogue: anything they load is a mistake.
const nothing = () => Promise.reject(new Error('this command line must not load the catalogue'));

/** A catalogue that knows two provider names and refuses to load anything. */
export const stubCatalogue: CliCatalogue = {
  version: '0.0.0-test', providers: ['alpha', 'beta'],
  loadClients: nothing, signWebhook: nothing, verifyWebhook: nothing, startSimulator: nothing, loadSync: nothing,
};
