import * as v from 'valibot';
import { ResponseValidationError, UnsupportedOperationError, WebhookError } from '../../src/errors';
import { DEFAULT_PAGE_SIZE } from '../../src/input-schemas';
import { defineProvider } from '../../src/iterate-from-list';
import { checkCallOptions, checkInput, checkWebhookId } from '../../src/schema-check';
import { checkClientOptions } from '../../src/transport/client-options-check';
import { createTransport } from '../../src/transport/create-transport';
import { callerIdempotencyKey, withIdempotencyKey } from '../../src/transport/idempotency-key';
import type { RequestSpec } from '../../src/transport/request-spec';
import type { HttpResponse } from '../../src/transport/response';
import { withSecret } from '../../src/webhook-raw';
import { SENTDM_CAPABILITIES } from './capabilities';
import { readSentDmFailure, requestIdOf } from './errors';
import { callInput, createInput, deliveriesInput, listInput, patchInput, rotateInput, testEventInput } from './input';
import { flattenEventTypes, toCreateBody, toDelivery, toPage, toPutBody, toWebhook } from './mapping';
import { checkSentDmOptions, SENTDM_BASE_URL, type SentDmCallOptions, type SentDmOptions, type SentDmProvider } from './options';
import { DeliveryList, EventTypeList, RotatedSecret, TestResult, WebhookList, WireWebhook } from './schemas';
import { stepKey } from './step-idempotency-key';
import { readData, signingSecretIn } from './success-envelope';

const IDEMPOTENCY_HEADER = 'Idempotency-Key';

type Send = <T>(
  spec: Omit<RequestSpec<T>, 'options' | 'headers' | 'readFailure' | 'secretsInResponse'> & { call: SentDmCallOptions | undefined },
) => Promise<T>;

/**
 * A `WebhookProvider` for sent.dm's `/v3/webhooks` API. Every method also takes a per-call
 * `profileId` (organization keys acting for a child profile).
 *
 * @example
 * const hooks = sentdm({ apiKey: process.env.SENT_DM_API_KEY! });
 * const created = await hooks.create({ url: 'https://example.com/hooks', events: ['message.delivered'] });
 * // created.secret (sent.dm's `signing_secret`) is shown once: store it to verify deliveries.
 */
export function sentdm(options: SentDmOptions): SentDmProvider {
  checkClientOptions('sentdm', options, 'SENT_DM_API_KEY');
  checkSentDmOptions(options);
  const sandbox = options.sandbox === true;
  const transport = createTransport({
    ...options,
    provider: 'sentdm',
    baseUrl: options.baseUrl ?? SENTDM_BASE_URL,
    credentials: { headers: { 'x-api-key': options.apiKey }, secrets: [options.apiKey] },
    // Generated once per logical call and kept on every retry, so POST, PUT and PATCH can repeat.
    idempotencyHeader: IDEMPOTENCY_HEADER,
    requestIdOf,
  });
  const ctx = (operation: string) => ({ provider: 'sentdm', operation, warn: transport.warn });

  // Every request: the call's own options checked before sending, the profile it is scoped to
  // (the call's `profileId` over the client's) sent as `x-profile-id`, errors read as sent.dm's
  // envelope, and a secret sent.dm made in the response kept out of them.
  const send: Send = (spec) => {
    const { call, ...request } = spec;
    const checked = checkCallOptions(call, ctx(spec.operation), callInput);
    const profileId = checked?.profileId ?? options.profileId;
    return transport.request({
      ...request,
      readFailure: readSentDmFailure,
      secretsInResponse: signingSecretIn,
      ...(call ? { options: call } : {}),
      ...(profileId ? { headers: { 'x-profile-id': profileId } } : {}),
    });
  };
  const path = (id: string, operation: string, suffix = '') =>
    `/v3/webhooks/${encodeURIComponent(checkWebhookId(id, ctx(operation)))}${suffix}`;
  // Sandbox is a body flag on mutations: sent.dm validates, answers realistically, writes nothing.
  const mutation = (body: Record<string, unknown>) => (sandbox ? { ...body, sandbox: true } : body);
  const webhookFrom = (operation: string) => (res: HttpResponse) => toWebhook(readData(WireWebhook, res, ctx(operation)));
  const anyData = v.unknown();

  // The key the transport sends: the call's, else one in the client's or the call's headers. A
  // later step of the same call must derive its key from that one, or it would replay the first.
  const callerKey = (call: SentDmCallOptions | undefined) =>
    callerIdempotencyKey({ ...call, headers: { ...options.headers, ...call?.headers } }, IDEMPOTENCY_HEADER);
  // A call of two requests has one key: the caller's, else one made here, so that every error of
  // the call carries the key that replays the whole of it (each later step derives its own from it).
  const callKey = (call: SentDmCallOptions | undefined) => callerKey(call) ?? crypto.randomUUID();

  // `is_active` is not part of create or PUT: toggle-status is the only way to change it.
  const toggle = (id: string, active: boolean, call: SentDmCallOptions | undefined, operation: string) =>
    send({
      operation, method: 'PATCH', path: path(id, operation, '/toggle-status'), call,
      body: mutation({ is_active: active }), readSuccess: webhookFrom(operation),
    });

  return defineProvider<SentDmCallOptions, 'sentdm'>({
    id: 'sentdm',
    capabilities: SENTDM_CAPABILITIES,

    async list(params = {}, call) {
      const p = checkInput(listInput, params, ctx('list'));
      const requested = { page: p.page ?? 1, pageSize: p.pageSize ?? DEFAULT_PAGE_SIZE };
      return send({
        operation: 'list', method: 'GET', path: '/v3/webhooks', call,
        query: { page: requested.page, page_size: requested.pageSize, search: p.search, is_active: p.active },
        readSuccess: (res) => {
          const data = readData(WebhookList, res, ctx('list'));
          return toPage(data.webhooks.map(toWebhook), data.pagination, requested);
        },
      });
    },

    async get(id, call) {
      return send({ operation: 'get', method: 'GET', path: path(id, 'get'), call, readSuccess: webhookFrom('get') });
    },

    async create(input, call) {
      const valid = checkInput(createInput, input, ctx('create'));
      const key = callKey(call);
      const { webhook, secret } = await send({
        operation: 'create', method: 'POST', path: '/v3/webhooks', call: { ...call, idempotencyKey: key }, body: mutation(toCreateBody(valid)),
        readSuccess: (res) => {
          const wire = readData(WireWebhook, res, ctx('create'));
          return { webhook: toWebhook(wire), secret: wire.signing_secret ?? undefined };
        },
      });
      if (!secret) {
        // Documented on every create; without it the webhook exists but nothing can verify its deliveries.
        throw new ResponseValidationError(
          `create: sent.dm created webhook ${webhook.id} but its answer carries no signing_secret; call rotateSecret('${webhook.id}') for one`,
          { ...ctx('create'), idempotencyKey: key },
        );
      }
      if (valid.active !== false) return withSecret(webhook, secret);
      // Create has no `is_active` (new webhooks start active): switch it off straight after.
      try {
        const idempotencyKey = await stepKey(key, 'deactivate');
        return withSecret(await toggle(webhook.id, false, { ...call, idempotencyKey }, 'create'), secret);
      } catch (error) {
        if (WebhookError.isInstance(error)) {
          Object.assign(error, { message: `${error.message} (webhook ${webhook.id} was created and is active; ` +
            'deactivate it with update(id, { active: false }) or delete it)' });
        }
        throw withIdempotencyKey(error, key);
      }
    },

    async update(id, patch, call) {
      const { active, ...fields } = checkInput(patchInput, patch, ctx('update'));
      const target = path(id, 'update');
      const changesFields = Object.values(fields).some((value) => value !== undefined);
      // patchInput guarantees a named field; with no other, it is `active`: one toggle, no PUT.
      if (!changesFields) return toggle(id, active as boolean, call, 'update');
      const key = callKey(call);
      try {
        // PUT may replace the whole object: read it and send it back with only the named fields changed.
        const current = await send({
          operation: 'update', method: 'GET', path: target, call, readSuccess: (res) => readData(WireWebhook, res, ctx('update')),
        });
        const updated = await send({
          operation: 'update', method: 'PUT', path: target, call: { ...call, idempotencyKey: key },
          body: mutation(toPutBody(current, fields)), readSuccess: webhookFrom('update'),
        });
        if (active === undefined) return updated;
        return await toggle(id, active, { ...call, idempotencyKey: await stepKey(key, 'toggle') }, 'update');
      } catch (error) {
        throw withIdempotencyKey(error, key);
      }
    },

    async delete(id, call) {
      if (sandbox) {
        // sent.dm documents sandbox as a body flag and DELETE has no body: rather than really
        // deleting from a client the caller set up to have no side effects, refuse.
        throw new UnsupportedOperationError('delete: sent.dm documents no sandbox mode for DELETE; use a client without sandbox', ctx('delete'));
      }
      await send({
        operation: 'delete', method: 'DELETE', path: path(id, 'delete'), call,
        // 204 with no body is documented; a 200 with the envelope is accepted too.
        // A body, if any, must be the envelope; JSON is looked at first, so a 2xx with one is not redacted just to see it is there.
        readSuccess: (res) => { if (res.json !== undefined || res.text.trim() !== '') readData(anyData, res, ctx('delete')); },
      });
    },

    async rotateSecret(id, call) {
      const { secret, ...rest } = call ?? {};
      checkInput(rotateInput, { secret }, ctx('rotateSecret'));
      return send({
        operation: 'rotateSecret', method: 'POST', path: path(id, 'rotateSecret', '/rotate-secret'), call: rest, body: mutation({}),
        readSuccess: (res) => ({ secret: readData(RotatedSecret, res, ctx('rotateSecret')).signing_secret }),
      });
    },

    async sendTestEvent(id, event, call) {
      const { event: eventType } = checkInput(testEventInput, { event }, ctx('sendTestEvent'));
      return send({
        operation: 'sendTestEvent', method: 'POST', path: path(id, 'sendTestEvent', '/test'), call,
        body: mutation({ event_type: eventType }),
        readSuccess: (res) => {
          const data = readData(TestResult, res, ctx('sendTestEvent'));
          return { delivered: data.success, ...(data.message ? { message: data.message } : {}) };
        },
      });
    },

    async listEventTypes(call) {
      return send({
        operation: 'listEventTypes', method: 'GET', path: '/v3/webhooks/event-types', call,
        readSuccess: (res) => flattenEventTypes(readData(EventTypeList, res, ctx('listEventTypes')).event_types),
      });
    },

    async listDeliveries(id, params = {}, call) {
      const p = checkInput(deliveriesInput, params, ctx('listDeliveries'));
      const requested = { page: p.page ?? 1, pageSize: p.pageSize ?? DEFAULT_PAGE_SIZE };
      return send({
        operation: 'listDeliveries', method: 'GET', path: path(id, 'listDeliveries', '/events'), call,
        query: { page: requested.page, page_size: requested.pageSize, search: p.search },
        readSuccess: (res) => {
          const data = readData(DeliveryList, res, ctx('listDeliveries'));
          return toPage(data.events.map(toDelivery), data.pagination, requested);
        },
      });
    },
  });
}
