import type { Paint } from './colour';

/** One column of a table: its heading and how a row shows in it. */
export interface Column<T> {
  heading: string;
  cell: (row: T) => string;
}

// Widths count characters, not bytes; headings are painted after padding so escapes never count.
function padded(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}

/**
 * Rows as aligned columns under a bold heading, two spaces apart; the last column is not padded.
 *
 * @example
 * renderTable([{ heading: 'ID', cell: (w) => w.id }], webhooks, paint)
 */
export function renderTable<T>(columns: readonly Column<T>[], rows: readonly T[], paint: Paint): string {
  const cells = rows.map((row) => columns.map((column) => column.cell(row).replace(/\s+/g, ' ')));
  const widths = columns.map((column, index) => Math.max([...column.heading].length, ...cells.map((row) => [...row[index]!].length)));
  const last = columns.length - 1;
  const line = (values: readonly string[]) => values.map((value, index) => (index === last ? value : padded(value, widths[index]!))).join('  ');
  const heading = columns.map((column, index) => paint('bold', index === last ? column.heading : padded(column.heading, widths[index]!))).join('  ');
  return [heading, ...cells.map(line)].join('\n');
}

/**
 * Name/value pairs, one per line, names aligned (for one object: a webhook, a result). Pairs
 * whose value is undefined are left out.
 */
export function renderFields(pairs: ReadonlyArray<readonly [string, string | undefined]>, paint: Paint): string {
  const shown = pairs.filter((pair): pair is readonly [string, string] => pair[1] !== undefined);
  const width = Math.max(0, ...shown.map(([name]) => name.length));
  return shown.map(([name, value]) => `${paint('bold', padded(name, width))}  ${value}`).join('\n');
}
