/**
 * `hookbridge/sentdm`: the sent.dm provider on its own.
 * @module
 */
import { describeProvider } from '../../src/provider-descriptor';
import { sentdmSampleDelivery } from './sample-delivery';
import { sentdm } from './client';
import { sentdmSigning } from './signing-scheme';

/** The sentdm descriptor: the catalogue's line for this provider. */
export const sentdmProvider = /* @__PURE__ */ describeProvider({
  create: sentdm,
  apiKeyVariable: 'SENT_DM_API_KEY',
  fromEnv: (env) => ({
    apiKey: env.SENT_DM_API_KEY ?? '',
    ...(env.SENT_DM_PROFILE_ID ? { profileId: env.SENT_DM_PROFILE_ID } : {}),
  }),
  signing: sentdmSigning,
  sampleDelivery: sentdmSampleDelivery,
});

export { sentdm } from './client';
export { SENTDM_CAPABILITIES } from './capabilities';
export { SENTDM_DELIVERY_LIMITS } from './delivery-limits';
export { SENTDM_BASE_URL, type SentDmCallOptions, type SentDmOptions, type SentDmProvider } from './options';
export { signSentDmWebhook, verifySentDmWebhook, SENTDM_DEFAULT_TOLERANCE } from './signing-scheme';
export { toSentDmInboundEvent } from './inbound-event';
