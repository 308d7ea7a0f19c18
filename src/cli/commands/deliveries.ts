import type { Delivery } from '../../model';
import type { Command } from '../command';
import { EXIT } from '../exit-codes';
import { booleanFlag, integerFlag } from '../flag-values';
import { JSON_FLAG } from '../provider-flags';
import { renderTable } from '../table';

// `raw` is the provider's own object: the normalized fields say the same, and JSON stays small.
const deliveryJson = ({ raw: _raw, ...delivery }: Delivery) => delivery;

/** `hookbridge deliveries ID`: one page of a webhook's delivery log. */
export const deliveriesCommand: Command = {
  name: 'deliveries',
  group: 'webhooks',
  summary: "show a page of a webhook's delivery attempts",
  usage: 'deliveries ID [--page N] [--page-size N] [flags]',
  description: [
    "Shows one page of the webhook's delivery log, newest as the provider orders them. JSON output",
    'is { "items": [...], "page": N, "hasMore": true|false }; stderr says when there is a next page.',
  ].join('\n'),
  args: { names: 'ID', min: 1, max: 1 },
  usesProvider: true,
  flags: {
    page: { type: 'string', value: 'N', description: 'which page, from 1 (default 1)' },
    'page-size': { type: 'string', value: 'N', description: 'deliveries per page (default: the provider\'s)' },
    ...JSON_FLAG,
  },
  examples: ['hookbridge deliveries wh_123', 'hookbridge deliveries wh_123 --page 2 --json'],
  async run({ out, args, flags, client }) {
    const page = integerFlag('deliveries', flags, 'page', { min: 1 }) ?? 1;
    const pageSize = integerFlag('deliveries', flags, 'page-size', { min: 1 });
    const hooks = await client();
    const result = await hooks.listDeliveries(args[0]!, { page, ...(pageSize === undefined ? {} : { pageSize }) });
    if (booleanFlag(flags, 'json')) {
      out.json({ items: result.items.map(deliveryJson), page: result.page, hasMore: result.hasMore, ...(result.total === undefined ? {} : { total: result.total }) });
    } else if (result.items.length === 0) {
      out.note(page === 1 ? 'No deliveries.' : `No deliveries on page ${page}.`);
    } else {
      out.data(renderTable([
        { heading: 'ID', cell: (delivery) => delivery.id },
        { heading: 'EVENT', cell: (delivery) => delivery.eventType },
        { heading: 'STATUS', cell: (delivery) => delivery.status },
        { heading: 'HTTP', cell: (delivery) => delivery.httpStatus?.toString() ?? '' },
        { heading: 'CREATED', cell: (delivery) => delivery.createdAt.toISOString() },
      ], result.items, out.paint));
    }
    if (result.hasMore) out.note(`More on --page ${page + 1}.`);
    return EXIT.ok;
  },
};
