/**
 * The request bodies GitHub's description documents for the hook endpoints, and the check GitHub
 * runs against them before anything else: an undocumented key, a value of the wrong type or a
 * missing required key is a 422 `Invalid request.` naming the problem. The simulator refuses
 * undocumented keys on every hook body (GitHub's description forbids them outright on two), so a
 * client that sends one is caught here rather than silently ignored.
 * @module
 */
import { isRecord } from '../../../src/untrusted-json';

type Kind = 'string' | 'boolean' | 'string[]' | 'insecure_ssl' | 'config';

/** The documented keys of one JSON object, their kinds, and which must be present. */
interface ObjectSchema {
  keys: Readonly<Record<string, Kind>>;
  required?: readonly string[];
  /** The schema of the `config` key, when there is one. */
  config?: ObjectSchema;
}

const CONFIG_KEYS = { url: 'string', content_type: 'string', secret: 'string', insecure_ssl: 'insecure_ssl' } as const;

/** The body of each hook endpoint that takes one. */
export const HOOK_BODIES = {
  createRepoHook: {
    keys: { name: 'string', config: 'config', events: 'string[]', active: 'boolean' },
    config: { keys: CONFIG_KEYS },
  },
  createOrgHook: {
    keys: { name: 'string', config: 'config', events: 'string[]', active: 'boolean' },
    required: ['name', 'config'],
    // Organization hooks still document the legacy basic-auth pair.
    config: { keys: { ...CONFIG_KEYS, username: 'string', password: 'string' }, required: ['url'] },
  },
  updateRepoHook: {
    keys: { config: 'config', events: 'string[]', add_events: 'string[]', remove_events: 'string[]', active: 'boolean' },
    config: { keys: CONFIG_KEYS },
  },
  updateOrgHook: {
    keys: { config: 'config', events: 'string[]', active: 'boolean', name: 'string' },
    config: { keys: CONFIG_KEYS, required: ['url'] },
  },
  updateConfig: { keys: CONFIG_KEYS },
} satisfies Record<string, ObjectSchema>;

/** A body endpoint's name in `HOOK_BODIES`. */
export type HookBody = keyof typeof HOOK_BODIES;

const TYPE_NAMES: Record<Kind, string> = {
  string: 'a string', boolean: 'a boolean', 'string[]': 'an array', insecure_ssl: 'a string or a number', config: 'an object',
};

function matches(kind: Kind, value: unknown): boolean {
  switch (kind) {
    case 'string': return typeof value === 'string';
    case 'boolean': return typeof value === 'boolean';
    case 'string[]': return Array.isArray(value);
    case 'insecure_ssl': return typeof value === 'string' || typeof value === 'number';
    case 'config': return isRecord(value);
  }
}

function problemIn(body: Record<string, unknown>, schema: ObjectSchema, at: string): string | undefined {
  const unknown = Object.keys(body).find((key) => !Object.hasOwn(schema.keys, key));
  if (unknown !== undefined) return `"${unknown}" is not a permitted key.`;
  for (const [key, kind] of Object.entries(schema.keys)) {
    if (!(key in body)) continue;
    const value = body[key];
    const where = `${at}properties/${key}`;
    if (!matches(kind, value)) return `For '${where}', ${JSON.stringify(value)} is not ${TYPE_NAMES[kind]}.`;
    if (kind === 'string[]') {
      const item = (value as unknown[]).find((entry) => typeof entry !== 'string');
      if (item !== undefined) return `For '${where}/items', ${JSON.stringify(item)} is not a string.`;
    }
    if (kind === 'config' && schema.config) {
      const nested = problemIn(value as Record<string, unknown>, schema.config, `${where}/`);
      if (nested) return nested;
    }
  }
  const missing = schema.required?.find((key) => !(key in body));
  return missing === undefined ? undefined : `"${missing}" wasn't supplied.`;
}

/** What is wrong with `body` for the endpoint, in GitHub's words; undefined when it fits. */
export function bodySchemaProblem(endpoint: HookBody, body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  return problemIn(body, HOOK_BODIES[endpoint], '');
}
