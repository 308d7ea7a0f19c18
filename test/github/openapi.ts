// GitHub's published OpenAPI description (the `@octokit/openapi` package), cut down to the
// webhook endpoints and the components they reference, with an ajv validator over it. Tests use
// it to hold the adapter's requests and the simulator's responses to GitHub's own schemas.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = Record<string, unknown>;
interface Operation { operationId?: string; requestBody?: { content?: Record<string, { schema?: Json }> }; responses?: Record<string, { content?: Record<string, { schema?: Json }> } | { $ref: string }>; parameters?: Array<Json> }

const require = createRequire(import.meta.url);
const file = require.resolve('@octokit/openapi/generated/api.github.com.json');

/** The paths hookbridge's GitHub adapter and simulator serve. */
export const HOOK_PATHS = /^\/(repos\/\{owner\}\/\{repo\}|orgs\/\{org\})\/hooks(\/|$)/;

function load() {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { paths: Record<string, Record<string, Operation>>; components: Record<string, Record<string, Json>> };
  const paths = Object.fromEntries(Object.entries(doc.paths).filter(([path]) => HOOK_PATHS.test(path)));
  // Keep only the components the hook paths reach, following $refs transitively.
  const components: Record<string, Record<string, unknown>> = {};
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    const ref = (value as Json).$ref;
    if (typeof ref === 'string' && ref.startsWith('#/components/')) {
      const [, , kind, name] = ref.split('/') as [string, string, string, string];
      const section = (components[kind] ??= {});
      if (!(name in section)) {
        section[name] = doc.components[kind]![name];
        visit(section[name]);
      }
    }
    for (const child of Object.values(value as Json)) visit(child);
  };
  visit(paths);
  return { paths, components };
}

const spec = load();
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
// OpenAPI 3.0 schemas: `nullable`, `example` and friends are not JSON Schema keywords.
const ajv = addFormats(new Ajv({ strict: false, allErrors: true, validateFormats: true }));
ajv.addSchema({ $id: 'github', components: spec.components }, 'github');
const compiled = new Map<string, ValidateFunction>();

function deref<T>(value: T): T {
  const ref = (value as Json | undefined)?.$ref;
  if (typeof ref !== 'string') return value;
  const [, , kind, name] = ref.split('/') as [string, string, string, string];
  return spec.components[kind]![name] as T;
}

function validator(key: string, schema: Json): ValidateFunction {
  let fn = compiled.get(key);
  if (!fn) {
    // Local refs point into the `github` schema registered above.
    const rewritten = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"github#/components/')) as Json;
    fn = ajv.compile(rewritten);
    compiled.set(key, fn);
  }
  return fn;
}

/** The operation GitHub documents for `method` on `path` (a template like `/repos/{owner}/{repo}/hooks`). */
export function operation(method: string, path: string): Operation {
  const op = spec.paths[path]?.[method.toLowerCase()];
  if (!op) throw new Error(`GitHub documents no ${method} ${path}`);
  return op;
}

/** Turns a concrete path (`/repos/o/r/hooks/12/pings`) into its documented template, or undefined. */
export function templateOf(path: string): string | undefined {
  const pathname = path.split('?')[0]!;
  return Object.keys(spec.paths).find((template) =>
    new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(pathname));
}

/** Why `body` is not a valid request body for the operation (empty when it is). */
export function requestErrors(method: string, path: string, body: unknown): ErrorObject[] {
  const schema = operation(method, path).requestBody?.content?.['application/json']?.schema;
  if (!schema) return body === undefined ? [] : [{ message: 'GitHub documents no request body here' } as ErrorObject];
  const fn = validator(`req ${method} ${path}`, schema);
  return fn(body) ? [] : (fn.errors ?? []);
}

/** Why `body` is not a documented response of the operation with `status` (empty when it is). */
export function responseErrors(method: string, path: string, status: number, body: unknown): ErrorObject[] {
  const response = deref(operation(method, path).responses?.[String(status)]);
  if (!response) return [{ message: `GitHub documents no ${status} for ${method} ${path}` } as ErrorObject];
  const schema = (response as { content?: Record<string, { schema?: Json }> }).content?.['application/json']?.schema;
  if (!schema) return body === undefined || body === '' ? [] : [{ message: `GitHub documents no body for ${status}` } as ErrorObject];
  const fn = validator(`res ${method} ${path} ${status}`, schema);
  return fn(body) ? [] : (fn.errors ?? []);
}

/** The query parameters GitHub documents for the operation (names only). */
export function queryParameters(method: string, path: string): string[] {
  return (operation(method, path).parameters ?? []).map((p) => deref(p) as Json).filter((p) => p.in === 'query').map((p) => String(p.name));
}

/** Why `value` is not a valid instance of the named component schema (`basic-error`, `hook`...); empty when it is. */
export function schemaErrors(name: string, value: unknown): ErrorObject[] {
  if (!spec.components.schemas?.[name]) throw new Error(`the hook endpoints reference no schema named ${name}`);
  const fn = validator(`schema ${name}`, { $ref: `#/components/schemas/${name}` });
  return fn(value) ? [] : (fn.errors ?? []);
}

/** The statuses GitHub documents for the operation. */
export function documentedStatuses(method: string, path: string): number[] {
  return Object.keys(operation(method, path).responses ?? {}).map(Number);
}

/** A documented example value (`components.examples[name].value`), deep-copied: `hook`, `org-hook`, `hook-delivery-items`, `webhook-config`. */
export function example<T = unknown>(name: string): T {
  const found = spec.components.examples?.[name] as { value?: unknown } | undefined;
  if (!found || found.value === undefined) throw new Error(`GitHub's description has no example ${name}`);
  return structuredClone(found.value) as T;
}
