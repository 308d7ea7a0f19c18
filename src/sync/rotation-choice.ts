import { ConfigurationError } from '../errors';

/** Which secrets to rotate: all of them (`true`), none, or those of the targets named. */
export type RotateSecrets = boolean | readonly string[];

/**
 * `rotateSecrets` as a test per target. Target names are checked against the config, so a typo
 * rotates nothing by surprise. Naming targets matters for a two-step rotation without lost
 * deliveries: only the targets whose receivers already trust the new secret are rotated.
 */
export function rotationChoice(option: RotateSecrets | undefined, targets: readonly string[]): (target: string) => boolean {
  if (option === undefined || typeof option === 'boolean') return () => option ?? false;
  const unknown = option.filter((name) => !targets.includes(name));
  if (unknown.length > 0) {
    throw new ConfigurationError(`rotateSecrets: ${unknown.map((name) => JSON.stringify(name)).join(', ')} ${unknown.length === 1 ? 'is not a target' : 'are not targets'} of the config (${targets.join(', ')})`, { operation: 'sync' });
  }
  return (target) => option.includes(target);
}
