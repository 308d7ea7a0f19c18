/**
 * `hookbridge/sentdm`: the sent.dm provider on its own.
 * @module
 */
export { sentdm } from './client';
export { SENTDM_BASE_URL, SENTDM_CAPABILITIES } from './config';
export type { SentDmCallOptions, SentDmOptions, SentDmProvider } from './config';
export { signSentDmWebhook, verifySentDmWebhook, SENTDM_DEFAULT_TOLERANCE } from './verify';
export { toSentDmInboundEvent } from './inbound-event';
