/** Starts one provider's simulator; the options type is that simulator's own. */
export type SimulatorStarter = (options?: any) => Promise<unknown>;

/** Provider id -> simulator starter. */
export type SimulatorTable = Readonly<Record<string, SimulatorStarter>>;

/** `startSimulator` over a table: an unknown name rejects, saying which exist. */
export function startSimulatorFrom(table: SimulatorTable, provider: unknown, options?: unknown): Promise<unknown> {
  if (typeof provider === 'string' && Object.hasOwn(table, provider)) return table[provider]!(options ?? {});
  // Reachable from JavaScript or a config string: say what exists instead of failing later.
  return Promise.reject(new TypeError(`startSimulator: unknown provider "${String(provider)}" (${Object.keys(table).join(', ')})`));
}
