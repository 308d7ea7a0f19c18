/**
 * `hookbridge/dialnexa`: the DialNexa provider on its own.
 * @module
 */
import { describeProvider } from '../../src/provider-descriptor';
import { dialnexaSampleDelivery } from './sample-delivery';
import { dialnexa } from './client';
import { dialnexaSigning } from './signing-scheme';

/** The dialnexa descriptor: the catalogue's line for this provider. */
export const dialnexaProvider = /* @__PURE__ */ describeProvider({
  create: dialnexa,
  apiKeyVariable: 'DIALNEXA_API_KEY',
  fromEnv: (env) => ({ apiKey: env.DIALNEXA_API_KEY ?? '' }),
  signing: dialnexaSigning,
  sampleDelivery: dialnexaSampleDelivery,
});

export { dialnexa } from './client';
export { DIALNEXA_CAPABILITIES } from './capabilities';
export { DIALNEXA_BASE_URL, type DialNexaOptions, type DialNexaProvider } from './options';
export { DIALNEXA_EVENTS, DIALNEXA_EVENT_NAMES, type DialNexaEvent, type DialNexaEventName } from './events';
export { DIALNEXA_SIGNATURE_HEADER, signDialNexaWebhook, verifyDialNexaWebhook } from './signing-scheme';
export { toDialNexaInboundEvent } from './inbound-event';
