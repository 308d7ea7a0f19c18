import type { FlagSpecs } from './command';

/** `-c FILE`, which `plan` and `apply` take. */
export const CONFIG_FLAG: FlagSpecs = {
  config: {
    type: 'string', short: 'c', value: 'FILE',
    description: 'the config file (default: ./hookbridge.config.{ts,mjs,js,json})',
  },
};

/** Whether a plan changes anything. */
export function hasChanges(plan: { summary: { create: number; update: number; delete: number } }): boolean {
  return plan.summary.create + plan.summary.update + plan.summary.delete > 0;
}
