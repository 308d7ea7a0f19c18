import type { FlagSpecs } from './command';

/** The flags every command that calls a provider takes (beside the provider's environment variables). */
export const PROVIDER_FLAGS: FlagSpecs = {
  provider: {
    type: 'string', value: 'NAME',
    description: 'the provider (default: HOOKBRIDGE_PROVIDER, or the one whose API key is set)',
  },
  'base-url': {
    type: 'string', value: 'URL',
    description: "the API's base URL, e.g. a simulator's (default: HOOKBRIDGE_BASE_URL)",
  },
};

/** `--json`, for every command that prints data. */
export const JSON_FLAG: FlagSpecs = {
  json: { type: 'boolean', description: 'print one JSON document instead of a table' },
};

/** `--help`, which every command takes. */
export const HELP_FLAG: FlagSpecs = {
  help: { type: 'boolean', short: 'h', description: 'show this help' },
};
