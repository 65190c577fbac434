// The two formats of an export: CSV (RFC 4180) and JSON (an array of objects), each written one page
// at a time.
import type { Cell, Column } from './dataset';

export interface Format {
  extension: 'csv' | 'json';
  headers(dataset: string): Record<string, string>;
  /** What comes before the first row. */
  start(columns: Column<unknown>[]): string;
  /** One page of rows; `first` when nothing was written yet. */
  rows(rows: Cell[][], columns: Column<unknown>[], first: boolean): string;
  end(): string;
}

// Excel reads a UTF-8 file without a byte order mark as Windows-1252 (accents garbled), and the files
// are meant for people opening them in a spreadsheet: the CSV starts with one (U+FEFF). Programs read
// the JSON, or skip it (pandas, LibreOffice and most CSV libraries with `utf-8-sig` already do).
export const BYTE_ORDER_MARK = '\uFEFF';

// A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP's CSV injection advice).
const FORMULA_START = /^[=+\-@]/;

/** One CSV field: quoted when it holds a comma, a quote or a line break (quotes doubled), RFC 4180. */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell !== 'string') return String(cell);
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (cells: Cell[]) => `${cells.map(csvField).join(',')}\r\n`;

export const csv: Format = {
  extension: 'csv',
  headers: (dataset) => ({
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${dataset}.csv"`,
  }),
  start: (columns) => BYTE_ORDER_MARK + csvLine(columns.map((c) => c.name)),
  rows: (rows) => rows.map(csvLine).join(''),
  end: () => '',
};

export const json: Format = {
  extension: 'json',
  headers: () => ({ 'content-type': 'application/json; charset=utf-8' }),
  start: () => '[',
  rows: (rows, columns, first) =>
    rows.map((cells, i) => `${first && i === 0 ? '\n' : ',\n'}${JSON.stringify(Object.fromEntries(columns.map((c, j) => [c.name, cells[j] ?? null])))}`).join(''),
  end: () => '\n]\n',
};
