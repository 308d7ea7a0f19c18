/**
 * The part of `hookbridge/sync` that `plan` and `apply` call, as shapes: the entry hands the real
 * library in, and the CLI reads no more of a plan than the contract fixes.
 * @module
 */
import type { Env } from '../provider-descriptor';

/** What the CLI reads of a plan: the change list and the summary. */
export interface PlanShape {
  changes: ReadonlyArray<{ action: string; target: string; url: string; id?: string }>;
  summary: { create: number; update: number; delete: number; unchanged: number };
}

/** A new secret from an apply: only ever written to `--secrets-out`. */
export interface NewSecret {
  target: string;
  url: string;
  id: string;
  secret: string;
}

/** What the CLI reads of an apply's result. */
export interface ResultShape {
  changes: readonly unknown[];
  secrets: readonly NewSecret[];
}

/** `loadConfig`, `plan`, `apply` and `formatPlan` of `hookbridge/sync`. */
export interface SyncLibrary {
  /** Reads and checks a config file (default `./hookbridge.config.{ts,mjs,js,json}` in `cwd`). */
  loadConfig(path?: string, options?: { cwd?: string; env?: Env }): Promise<unknown>;
  /** What would change. */
  plan(config: any, options?: { rotateSecrets?: boolean }): Promise<PlanShape>;
  /** Makes the planned changes; `onSecret` gets each new secret as soon as it exists. */
  apply(planned: any, options?: { config?: any; rotateSecrets?: boolean; onSecret?: (secret: NewSecret) => Promise<void> }): Promise<ResultShape>;
  /** The plan as people read it (`+ create`, `~ update`, `- delete`, a summary line). */
  formatPlan(plan: any, options: { color: boolean }): string;
}
