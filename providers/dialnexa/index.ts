/**
 * `hookbridge/dialnexa`: the DialNexa provider on its own.
 * @module
 */
import { describeProvider } from '../../src/provider-descriptor';
import { dialnexa } from './client';
import { dialnexaSigning } from './verify';

/** The dialnexa descriptor: the catalogue's line for this provider. */
export const dialnexaProvider = /* @__PURE__ */ describeProvider({
  create: dialnexa,
  apiKeyVariable: 'DIALNEXA_API_KEY',
  fromEnv: (env) => ({ apiKey: env.DIALNEXA_API_KEY ?? '' }),
  signing: dialnexaSigning,
});

export { dialnexa, DIALNEXA_BASE_URL, DIALNEXA_CAPABILITIES, type DialNexaOptions } from './client';
export { DIALNEXA_EVENTS, DIALNEXA_EVENT_NAMES, type DialNexaEvent } from './events';
export { DIALNEXA_SIGNATURE_HEADER, signDialNexaWebhook, verifyDialNexaWebhook } from './verify';
export { toDialNexaInboundEvent } from './inbound-event';
