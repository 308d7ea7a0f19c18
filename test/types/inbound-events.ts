// Type tests, checked by `tsc --noEmit` (tsconfig includes test/): each `@ts-expect-error` line
// fails the check if the narrowing it guards stops working (the error it expects disappears).
import { createNodeWebhookMiddleware, createWebhookHandler, verifyWebhook, type InboundEventOf } from '../../providers/catalogue/signing';
import type { KnownProviderId } from '../../providers/catalogue/clients';
import { verifyDialNexaWebhook } from '../../providers/dialnexa/signing-scheme';
import { verifySentDmWebhook } from '../../providers/sentdm/signing-scheme';
import type { InboundEvent } from '../../src/verify/verified-event';
import type { InboundEvent as ModelEvent } from '../../src/model';

declare const body: string;
declare const headers: Headers;

export async function dialnexaNarrowing(): Promise<void> {
  const event = await verifyWebhook({ provider: 'dialnexa', body, headers, secret: 's' });
  const provider: 'dialnexa' = event.provider;
  const key: string = event.dedupeKey;
  // @ts-expect-error data is not typed before narrowing
  void event.data.call;
  if (event.type === 'call_ended') {
    const id: string = event.data.call.id;
    const reason: string | undefined = event.data.call.hangup_reason;
    // @ts-expect-error a call payload has no message_id
    void event.data.message_id;
    void [id, reason];
  }
  if (event.type === 'verification') {
    const message: string = event.data.message;
    // @ts-expect-error the ping has no call
    void event.data.call;
    void message;
  }
  if (event.type === 'call.ended') {
    const session: string | undefined = event.data.session_id;
    void session;
  }
  if (event.type === 'unknown') {
    // @ts-expect-error an unknown event's data is unknown
    void event.data.call;
  }
  // @ts-expect-error DialNexa never delivers this name (it is a subscription name)
  if (event.type === 'call.completed') void 0;
  // @ts-expect-error a sent.dm type on a DialNexa event
  if (event.type === 'message.delivered') void 0;
  void [provider, key];
}

export async function sentdmNarrowing(): Promise<void> {
  const event = await verifyWebhook({ provider: 'sentdm', body, headers, secret: ({ headers: h }) => h.get('x-webhook-id') ?? '' });
  switch (event.type) {
    case 'message.delivered':
    case 'message.failed': {
      const id: string = event.data.message_id;
      const status: string | undefined = event.data.message_status;
      void [id, status];
      break;
    }
    case 'message.received': {
      const from: string = event.data.from;
      // @ts-expect-error an inbound message has no message_id
      void event.data.message_id;
      void from;
      break;
    }
    case 'templates': {
      const template: string = event.data.template_id;
      void template;
      break;
    }
    default: {
      // @ts-expect-error not narrowed: other types' data differ
      void event.data.message_id;
    }
  }
}

export async function providerVerifiers(): Promise<void> {
  const dialnexa = await verifyDialNexaWebhook({ body, headers, secret: 's' });
  if (dialnexa.type === 'transfer_completed') void dialnexa.data.call.call_transfer?.destination;
  const sentdm = await verifySentDmWebhook({ body, headers, secret: async () => ['a', 'b'] });
  if (sentdm.type === 'message.read') void sentdm.data.message_id;
}

export function handlers(): void {
  createWebhookHandler({
    provider: 'sentdm',
    secret: 's',
    onEvent: (event, { request }) => {
      const url: string = request.url;
      if (event.type === 'message.sent') void event.data.message_id;
      // @ts-expect-error a DialNexa type on a sent.dm handler
      if (event.type === 'call_ended') void 0;
      void url;
    },
  });
  createNodeWebhookMiddleware({
    provider: 'dialnexa',
    secret: ['a', 'b'],
    onEvent: (event, context) => {
      void context.req.headers;
      if (event.type === 'call_initiated') void event.data.call.id;
      // @ts-expect-error the Node middleware hands `req`, not a Fetch `request`
      void context.request;
    },
  });
}

// A provider chosen at runtime: the union of that set's events, still assignable to the common shapes.
export async function runtimeProvider(provider: 'dialnexa' | 'sentdm'): Promise<void> {
  const events: InboundEvent[] = [];
  const legacy: ModelEvent[] = [];
  createNodeWebhookMiddleware({ provider, secret: 's', onEvent: (event) => { events.push(event); legacy.push(event); } });
  const event: InboundEventOf<'dialnexa' | 'sentdm'> = await verifyWebhook({ provider, body, headers, secret: 's' });
  if (event.type === 'call_ended') void event.data.call.id;
  if (event.type === 'message.delivered') void event.data.message_id;
  const any: InboundEventOf<KnownProviderId> = event;
  void any;
}
