import type { CliCatalogue } from './catalogue';
import { usageError } from './usage-error';

/** The `<provider>` argument of `simulate`, `trigger` and `verify`, checked against the catalogue. */
export function providerArgument(command: string, catalogue: CliCatalogue, name: string): string {
  if (catalogue.providers.includes(name)) return name;
  throw usageError(command, `unknown provider "${name}": use one of ${catalogue.providers.join(', ')}`);
}
