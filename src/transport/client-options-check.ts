import { ConfigurationError } from '../errors';
import type { ProviderId } from '../model';

/**
 * Checks the options every factory shares and fails at construction, naming the setting and
 * where it can come from, so a typo never turns into a 401 at the first call. `credentialOption`
 * names the option that carries the credential (`apiKey` unless the provider calls it otherwise).
 */
export function checkClientOptions(
  provider: ProviderId,
  options: { baseUrl?: unknown } | undefined,
  envHint: string,
  credentialOption = 'apiKey',
): void {
  if (!options || typeof options !== 'object') {
    throw new ConfigurationError(`${provider}: options are required, e.g. ${provider}({ ${credentialOption} })`, { provider });
  }
  const credential = (options as Record<string, unknown>)[credentialOption];
  if (typeof credential !== 'string' || credential.trim() === '') {
    throw new ConfigurationError(
      `${provider}: ${credentialOption} is missing or empty. Pass { ${credentialOption} } or set ${envHint} for webhookClientFromEnv().`,
      { provider },
    );
  }
  if (options.baseUrl !== undefined) {
    const url = typeof options.baseUrl === 'string' && URL.canParse(options.baseUrl) ? new URL(options.baseUrl) : undefined;
    if (!url || !/^https?:$/.test(url.protocol)) {
      throw new ConfigurationError(
        `${provider}: baseUrl must be an absolute http(s) URL such as https://api.example.com (or HOOKBRIDGE_BASE_URL).`,
        { provider },
      );
    }
    // fetch refuses such a URL and its error repeats it whole: the credentials must never get that far.
    if (url.username !== '' || url.password !== '') {
      throw new ConfigurationError(
        `${provider}: baseUrl must not hold a user name or password (the ${credentialOption} option carries the credential); remove them from the URL.`,
        { provider },
      );
    }
  }
}
