/**
 * `hookbridge/dialnexa`: the DialNexa provider on its own.
 * @module
 */
export { dialnexa, DIALNEXA_BASE_URL, DIALNEXA_CAPABILITIES, type DialNexaOptions } from './client';
export { DIALNEXA_EVENTS, DIALNEXA_EVENT_NAMES, type DialNexaEvent } from './events';
export { DIALNEXA_SIGNATURE_HEADER, signDialNexaWebhook, verifyDialNexaWebhook } from './verify';
export { toDialNexaInboundEvent } from './inbound-event';
