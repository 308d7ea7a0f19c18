/**
 * What travels with an object without being part of it: the file a config came from (for
 * messages), and the config a plan was made from (for `apply`). Both are non-enumerable symbol
 * properties, so `JSON.stringify`, `structuredClone`, spreading and `util.inspect` leave them out
 * and a plan's credentials never serialize.
 * @module
 */
import type { ConfigSource } from './config-path';

const SOURCE = /* @__PURE__ */ Symbol.for('hookbridge.sync.source');
const CONFIG = /* @__PURE__ */ Symbol.for('hookbridge.sync.config');

function carry<T extends object>(target: T, key: symbol, value: unknown): T {
  Object.defineProperty(target, key, { value, enumerable: false, configurable: true });
  return target;
}

/** Marks a config with the file it was read from. */
export function withSource<T extends object>(config: T, source: ConfigSource): T {
  return source === undefined ? config : carry(config, SOURCE, source);
}

/** The file a config was read from, if it was. */
export function sourceOf(config: unknown): ConfigSource {
  const source = typeof config === 'object' && config !== null ? (config as Record<symbol, unknown>)[SOURCE] : undefined;
  return typeof source === 'string' ? source : undefined;
}

/** Makes a plan carry the config it was made from. */
export function withConfig<T extends object>(plan: T, config: object): T {
  return carry(plan, CONFIG, config);
}

/** The config a plan carries: absent on a plan read back from JSON. */
export function configOf(plan: unknown): object | undefined {
  const config = typeof plan === 'object' && plan !== null ? (plan as Record<symbol, unknown>)[CONFIG] : undefined;
  return typeof config === 'object' && config !== null ? config : undefined;
}
