/**
 * A small RFC 4180 reader for the export tests: fields separated by commas, records by CRLF (or LF),
 * a quoted field may hold commas, line breaks and doubled quotes. Strict: a stray quote in an
 * unquoted field, or an unclosed quote, throws.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  const endField = () => {
    record.push(field);
    field = '';
    fieldStarted = false;
  };
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (char === '"') {
        quoted = false;
        i += 1;
        if (i < text.length && !',\r\n'.includes(text[i]!)) throw new Error(`CSV: text after a closing quote at ${i}`);
      } else {
        field += char;
        i += 1;
      }
      continue;
    }
    if (char === '"') {
      if (fieldStarted || field !== '') throw new Error(`CSV: quote inside an unquoted field at ${i}`);
      quoted = true;
      fieldStarted = true;
      i += 1;
    } else if (char === ',') {
      endField();
      i += 1;
    } else if (char === '\r' || char === '\n') {
      endField();
      records.push(record);
      record = [];
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      field += char;
      fieldStarted = true;
      i += 1;
    }
  }
  if (quoted) throw new Error('CSV: unclosed quote');
  if (fieldStarted || record.length > 0) {
    endField();
    records.push(record);
  }
  return records;
}

/** A CSV's records as objects keyed by its header row. */
export function csvObjects(text: string): { header: string[]; rows: Array<Record<string, string>> } {
  const [header = [], ...records] = parseCsv(text);
  for (const [n, record] of records.entries()) {
    if (record.length !== header.length) throw new Error(`CSV: record ${n + 1} has ${record.length} fields, the header ${header.length}`);
  }
  return { header, rows: records.map((record) => Object.fromEntries(header.map((name, i) => [name, record[i]!]))) };
}
