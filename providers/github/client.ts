import * as v from 'valibot';
import { DEFAULT_PAGE_SIZE } from '../../src/input-schemas';
import { defineProvider } from '../../src/iterate-from-list';
import type { CallOptions, ListParams } from '../../src/model';
import { checkCallOptions, checkInput, checkResponse, checkWebhookId } from '../../src/schema-check';
import { generateSecret } from '../../src/secret';
import { withSecret } from '../../src/webhook-raw';
import { checkClientOptions } from '../../src/transport/client-options-check';
import { createTransport } from '../../src/transport/create-transport';
import type { RequestSpec } from '../../src/transport/request-spec';
import type { HttpResponse } from '../../src/transport/response';
import { withActiveFilter } from './active-filter';
import { GITHUB_CAPABILITIES } from './capabilities';
import { numberedPages } from './cursor-pages';
import { gitHubFailureReader } from './errors';
import { gitHubEventTypes, type GitHubEventName } from './events';
import { createInput, deliveriesInput, listInput, patchInput, rotateInput, testEventInput } from './input';
import { parseLinkHeader } from './link-header';
import { toConfigPatch, toCreateBody, toDelivery, toHookPatch, toWebhook } from './mapping';
import { GITHUB_API_VERSION, GITHUB_BASE_URL, GITHUB_USER_AGENT, type GitHubOptions, type GitHubProvider } from './options';
import { WireDeliveryList, WireHook, WireHookConfig, WireHookList } from './schemas';
import { scopeFrom } from './scope';

type Schema = v.GenericSchema;

/** The `next` link of a response, if GitHub sent one. */
const nextLink = (res: HttpResponse) => parseLinkHeader(res.headers.get('link')).next;

/**
 * A `WebhookProvider` for the hooks of one GitHub repository (`repo: 'owner/name'`) or one
 * organization (`org`). GitHub Enterprise Server: `baseUrl: 'https://HOST/api/v3'`.
 *
 * @example
 * const hooks = github({ token: process.env.GITHUB_TOKEN!, repo: 'octocat/hello-world' });
 * const created = await hooks.create({ url: 'https://example.com/hooks', events: ['push', 'pull_request'] });
 * // created.secret is shown once: store it to verify deliveries (X-Hub-Signature-256).
 */
export function github(options: GitHubOptions): GitHubProvider {
  checkClientOptions('github', options, 'GITHUB_TOKEN', 'token');
  const scope = scopeFrom(options);
  const { token, repo: _repo, org: _org, baseUrl, headers, ...transportOptions } = options;
  const transport = createTransport({
    ...transportOptions,
    provider: 'github',
    baseUrl: baseUrl ?? GITHUB_BASE_URL,
    headers: { accept: 'application/vnd.github+json', 'x-github-api-version': GITHUB_API_VERSION, 'user-agent': GITHUB_USER_AGENT, ...headers },
    credentials: { headers: { authorization: `Bearer ${token}` }, secrets: [token] },
    requestIdOf: (res) => res.headers.get('x-github-request-id') ?? undefined,
    withoutIdempotency: 'Instead, a POST (create, a ping, a test push) is never repeated once it may have reached GitHub ' +
      '(only a refused connection is retried); a create repeated by hand is refused as a duplicate (422 "Hook already exists").',
  });
  const readFailure = gitHubFailureReader(scope.name);
  // No idempotency header exists, so the transport never repeats a POST once it may have reached
  // GitHub: a duplicate hook is refused (422) but a duplicate ping or test push is not.
  const ctx = (operation: string) => ({ provider: 'github', operation, warn: transport.warn });
  // Each request's call options are checked first: an unknown one is refused, not ignored.
  const request = <T>(spec: Omit<RequestSpec<T>, 'readFailure'>) => {
    checkCallOptions(spec.options, ctx(spec.operation));
    return transport.request({ ...spec, readFailure });
  };
  const hookPath = (id: string, operation: string, suffix = '') =>
    `${scope.prefix}/hooks/${encodeURIComponent(checkWebhookId(id, ctx(operation)))}${suffix}`;
  const read = <S extends Schema>(schema: S, operation: string) => (res: HttpResponse): v.InferOutput<S> =>
    checkResponse(schema, res.json, { ...ctx(operation), status: res.status, text: () => res.text, requestId: res.headers.get('x-github-request-id') ?? undefined });
  const readWebhook = (operation: string) => (res: HttpResponse) => toWebhook(read(WireHook, operation)(res));
  const deliveryPages = numberedPages();

  const get = (id: string, call: CallOptions | undefined, operation = 'get') =>
    request({ operation, method: 'GET', path: hookPath(id, operation), options: call, readSuccess: readWebhook(operation) });

  return withActiveFilter(defineProvider<CallOptions, 'github', GitHubEventName>({
    id: 'github',
    capabilities: GITHUB_CAPABILITIES,

    async list(params: ListParams = {}, call?: CallOptions) {
      const p = checkInput(listInput, params, ctx('list'));
      const page = p.page ?? 1;
      const pageSize = p.pageSize ?? DEFAULT_PAGE_SIZE;
      return request({
        operation: 'list', method: 'GET', path: `${scope.prefix}/hooks`, options: call, query: { per_page: pageSize, page },
        readSuccess: (res) => {
          const items = read(WireHookList, 'list')(res).map(toWebhook);
          // GitHub filters hooks by nothing: `active` is applied to the page it returned.
          const kept = p.active === undefined ? items : items.filter((hook) => hook.active === p.active);
          return { items: kept, page, pageSize, hasMore: nextLink(res) !== undefined };
        },
      });
    },

    // async, so a bad id rejects the promise instead of throwing before one exists.
    async get(id, call) {
      return get(id, call);
    },

    async create(input, call) {
      const valid = checkInput(createInput, input, ctx('create'));
      const secret = valid.secret ?? generateSecret();
      const webhook = await request({
        operation: 'create', method: 'POST', path: `${scope.prefix}/hooks`, options: call, secrets: [secret],
        body: toCreateBody({ ...valid, secret }), readSuccess: readWebhook('create'),
      });
      return withSecret(webhook, secret);
    },

    async update(id, patch, call) {
      const valid = checkInput(patchInput, patch, ctx('update'));
      const config = toConfigPatch(valid);
      const hook = toHookPatch(valid);
      // url and secret go through the config endpoint, which keeps the fields it is not given
      // (the write-only secret above all); events and active through the hook itself.
      if (config) {
        await request({
          operation: 'update', method: 'PATCH', path: hookPath(id, 'update', '/config'), options: call,
          secrets: valid.secret ? [valid.secret] : [], body: config, readSuccess: read(WireHookConfig, 'update'),
        });
      }
      if (!hook) return get(id, call, 'update');
      return request({ operation: 'update', method: 'PATCH', path: hookPath(id, 'update'), options: call, body: hook, readSuccess: readWebhook('update') });
    },

    async delete(id, call) {
      await request({ operation: 'delete', method: 'DELETE', path: hookPath(id, 'delete'), options: call, readSuccess: () => undefined });
    },

    async rotateSecret(id, call = {}) {
      const { secret: given, ...callOptions } = call;
      const { secret: chosen } = checkInput(rotateInput, { secret: given }, ctx('rotateSecret'));
      const secret = chosen ?? generateSecret();
      // No rotate endpoint: the new secret signs the next delivery, with no overlap.
      await request({
        operation: 'rotateSecret', method: 'PATCH', path: hookPath(id, 'rotateSecret', '/config'), options: callOptions,
        secrets: [secret], body: { secret }, readSuccess: read(WireHookConfig, 'rotateSecret'),
      });
      return { secret };
    },

    async sendTestEvent(id, event, call) {
      const valid = checkInput(testEventInput(scope.kind), { event }, ctx('sendTestEvent'));
      const suffix = valid.event === 'ping' ? '/pings' : '/tests';
      await request({ operation: 'sendTestEvent', method: 'POST', path: hookPath(id, 'sendTestEvent', suffix), options: call, readSuccess: () => undefined });
      return {
        delivered: true,
        message: valid.event === 'ping'
          ? 'GitHub queued a ping to the hook; its outcome shows in listDeliveries'
          : 'GitHub queued the latest push again (nothing is sent when the hook is not subscribed to push or the repository has no push yet)',
      };
    },

    async listEventTypes(call) {
      checkCallOptions(call, ctx('listEventTypes'));
      return gitHubEventTypes(scope.kind);
    },

    async listDeliveries(id, params = {}, call) {
      const p = checkInput(deliveriesInput, params, ctx('listDeliveries'));
      const page = p.page ?? 1;
      const pageSize = p.pageSize ?? DEFAULT_PAGE_SIZE;
      const path = hookPath(id, 'listDeliveries', '/deliveries');
      const found = await deliveryPages.page(`${id} ${pageSize}`, page, (cursor) => request({
        operation: 'listDeliveries', method: 'GET', path, options: call, query: { per_page: pageSize, cursor },
        readSuccess: (res) => {
          const items = read(WireDeliveryList, 'listDeliveries')(res).map(toDelivery);
          const next = nextLink(res);
          const nextCursor = next === undefined ? undefined : cursorOf(next);
          return nextCursor === undefined ? { items } : { items, next: nextCursor };
        },
      }));
      return { ...found, page, pageSize };
    },
  }));
}

/** The `cursor` of a `next` link; `undefined` for a link without one (nothing to follow). */
function cursorOf(link: string): string | undefined {
  try {
    return new URL(link, 'https://api.github.com').searchParams.get('cursor') ?? undefined;
  } catch {
    return undefined;
  }
}

