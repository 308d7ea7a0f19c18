import { UnsupportedOperationError } from '../../src/errors';
import { DEFAULT_PAGE_SIZE } from '../../src/input-schemas';
import { defineProvider } from '../../src/iterate-from-list';
import type { CallOptions, ListParams } from '../../src/model';
import { checkCallOptions, checkInput, checkResponse, checkWebhookId } from '../../src/schema-check';
import { generateSecret } from '../../src/secret';
import { withSecret } from '../../src/webhook-raw';
import { checkClientOptions } from '../../src/transport/client-options-check';
import { createTransport, type Credentials } from '../../src/transport/create-transport';
import type { RequestSpec } from '../../src/transport/request-spec';
import type { HttpResponse } from '../../src/transport/response';
import { DIALNEXA_CAPABILITIES } from './capabilities';
import { readDialNexaFailure } from './errors';
import { DIALNEXA_EVENTS, type DialNexaEventName } from './events';
import { createInput, listInput, patchInput, rotateInput } from './input';
import { toCreateBody, toPage, toPatchBody, toWebhook } from './mapping';
import { DIALNEXA_BASE_URL, type DialNexaOptions, type DialNexaProvider } from './options';
import { ListResponse, WebhookResponse } from './schemas';

// The key is `key_id:secret`, sent whole as a Bearer token. A DialNexa message may echo either
// half on its own, so each half long enough to mean something is kept out of errors too.
function credentialsFor(apiKey: string): Credentials {
  const halves = apiKey.split(':').filter((part) => part.length >= 8);
  return { headers: { authorization: `Bearer ${apiKey}` }, secrets: [apiKey, ...halves] };
}

/**
 * A `WebhookProvider` for DialNexa's `/v1/user-webhooks` API.
 *
 * @example
 * const hooks = dialnexa({ apiKey: process.env.DIALNEXA_API_KEY! });
 * const created = await hooks.create({ url: 'https://example.com/hooks', events: ['call.completed'] });
 * // created.secret is shown once: store it to verify deliveries.
 */
export function dialnexa(options: DialNexaOptions): DialNexaProvider {
  checkClientOptions('dialnexa', options, 'DIALNEXA_API_KEY');
  const allowUnknown = options.allowUnknownEvents ?? false;
  const transport = createTransport({
    ...options,
    provider: 'dialnexa',
    baseUrl: options.baseUrl ?? DIALNEXA_BASE_URL,
    credentials: credentialsFor(options.apiKey),
    withoutIdempotency: 'Instead, a create (POST) is never repeated once it may have reached DialNexa (only a refused connection is retried), ' +
      'so a lost response fails the call rather than risking a duplicate webhook: list before creating again.',
  });
  const ctx = (operation: string) => ({ provider: 'dialnexa', operation, warn: transport.warn });
  // Every request: its call options checked (an unknown one is refused, not ignored), and an error
  // response read as DialNexa's error body; a 2xx is each call's own.
  const request = <T>(spec: Omit<RequestSpec<T>, 'readFailure'>) => {
    checkCallOptions(spec.options, ctx(spec.operation));
    return transport.request({ ...spec, readFailure: readDialNexaFailure });
  };
  const path = (id: string, operation: string) => `/user-webhooks/${encodeURIComponent(checkWebhookId(id, ctx(operation)))}`;

  const readWebhook = (operation: string) => (res: HttpResponse) =>
    toWebhook(checkResponse(WebhookResponse, res.json, { ...ctx(operation), status: res.status, text: () => res.text }));

  const unsupported = (operation: string, why: string) => async (): Promise<never> => {
    throw new UnsupportedOperationError(`${operation}: ${why}`, ctx(operation));
  };

  return defineProvider<CallOptions, 'dialnexa', DialNexaEventName>({
    id: 'dialnexa',
    capabilities: DIALNEXA_CAPABILITIES,

    async list(params: ListParams = {}, call?: CallOptions) {
      const p = checkInput(listInput, params, ctx('list'));
      const requested = { page: p.page ?? 1, pageSize: p.pageSize ?? DEFAULT_PAGE_SIZE };
      return request({
        operation: 'list', method: 'GET', path: '/user-webhooks', options: call,
        query: { page: requested.page, limit: requested.pageSize, is_active: p.active },
        readSuccess: (res) => toPage(checkResponse(ListResponse, res.json, { ...ctx('list'), status: res.status, text: () => res.text }), requested),
      });
    },

    // async, so a bad id rejects the promise instead of throwing before one exists.
    async get(id, call) {
      return request({ operation: 'get', method: 'GET', path: path(id, 'get'), options: call, readSuccess: readWebhook('get') });
    },

    async create(input, call) {
      const valid = checkInput(createInput(allowUnknown), input, ctx('create'));
      const secret = valid.secret ?? generateSecret();
      // No idempotency header exists on v1, so the transport never repeats this POST once it may
      // have reached DialNexa: a duplicate webhook would be worse than a visible failure.
      const webhook = await request({
        operation: 'create', method: 'POST', path: '/user-webhooks', options: call, secrets: [secret],
        body: toCreateBody({ ...valid, secret }), readSuccess: readWebhook('create'),
      });
      return withSecret(webhook, secret);
    },

    async update(id, patch, call) {
      const valid = checkInput(patchInput(allowUnknown), patch, ctx('update'));
      return request({
        operation: 'update', method: 'PATCH', path: path(id, 'update'), options: call,
        secrets: valid.secret ? [valid.secret] : [], body: toPatchBody(valid), readSuccess: readWebhook('update'),
      });
    },

    async delete(id, call) {
      // 200 with a JSON body whose shape varies between sources; its content carries nothing we need.
      await request({
        operation: 'delete', method: 'DELETE', path: path(id, 'delete'), options: call, readSuccess: () => undefined,
      });
    },

    async rotateSecret(id, call = {}) {
      const { secret: given, ...callOptions } = call;
      const { secret: chosen } = checkInput(rotateInput, { secret: given }, ctx('rotateSecret'));
      const secret = chosen ?? generateSecret();
      // No rotate endpoint: a PATCH of `secret` takes effect on the next delivery, with no overlap.
      await request({
        operation: 'rotateSecret', method: 'PATCH', path: path(id, 'rotateSecret'), options: callOptions,
        secrets: [secret], body: { secret }, readSuccess: readWebhook('rotateSecret'),
      });
      return { secret };
    },

    sendTestEvent: unsupported('sendTestEvent', 'DialNexa has no test-event endpoint; it pings the URL when a webhook is saved (capabilities.sendTestEvent is false)'),
    listDeliveries: unsupported('listDeliveries', 'DialNexa exposes no delivery log through its API (capabilities.listDeliveries is false)'),

    async listEventTypes(call) {
      checkCallOptions(call, ctx('listEventTypes'));
      return DIALNEXA_EVENTS.map((event) => ({ ...event }));
    },
  });
}
