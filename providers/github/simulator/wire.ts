/**
 * The GitHub simulator's records as the API shows them: a repository hook (`hook`), an
 * organization hook (`org-hook`, without `test_url` and `last_response`), a hook's `config` with
 * its secret masked, and deliveries with and without their request and response.
 * @module
 */
import type { GitHubDeliveryRecord, GitHubHookConfig, GitHubHookRecord } from './store';

/** What GitHub shows in place of a secret that is set. */
export const MASKED_SECRET = '********';

/** `config` as the API returns it: the secret, when set, masked. */
export function toConfigWire(config: GitHubHookConfig) {
  return {
    content_type: config.content_type,
    insecure_ssl: config.insecure_ssl,
    url: config.url,
    ...(config.secret ? { secret: MASKED_SECRET } : {}),
  };
}

/**
 * A hook as the API returns it. `hooksUrl` is the absolute URL of the scope's hook collection on
 * the request's own origin (`http://127.0.0.1:PORT/repos/o/r/hooks`), which the hook's links
 * extend.
 */
export function toHookWire(record: GitHubHookRecord, hooksUrl: string) {
  const url = `${hooksUrl}/${record.id}`;
  const common = {
    type: record.type, id: Number(record.id), name: record.name, active: record.active, events: [...record.events],
    config: toConfigWire(record.config), updated_at: record.updated_at, created_at: record.created_at,
    url, ping_url: `${url}/pings`, deliveries_url: `${url}/deliveries`,
  };
  if (record.type === 'Organization') return common;
  // `test_url` names the legacy `/test` path, as GitHub's own hooks still do.
  return { ...common, test_url: `${url}/test`, last_response: { ...record.last_response } };
}

/** A delivery as `GET .../deliveries` lists it (`hook-delivery-item`). */
export function toDeliveryItemWire(delivery: GitHubDeliveryRecord) {
  return {
    id: delivery.id, guid: delivery.guid, delivered_at: delivery.delivered_at, redelivery: delivery.redelivery,
    duration: delivery.duration, status: delivery.status, status_code: delivery.status_code, event: delivery.event,
    action: delivery.action, installation_id: null, repository_id: delivery.repository_id, throttled_at: null,
  };
}

/** A delivery as `GET .../deliveries/{id}` shows it (`hook-delivery`): with its request and response. */
export function toDeliveryWire(delivery: GitHubDeliveryRecord) {
  return {
    ...toDeliveryItemWire(delivery),
    url: delivery.url,
    request: { headers: { ...delivery.request.headers }, payload: structuredClone(delivery.request.payload) },
    response: { headers: { ...delivery.response.headers }, payload: delivery.response.payload },
  };
}
