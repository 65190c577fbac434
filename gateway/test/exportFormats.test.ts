// The export formats alone: RFC 4180 quoting, formula-injection guard, the BOM, JSON with typed values.
import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import type { Column } from '../src/exports/dataset';
import { BYTE_ORDER_MARK, csv, csvField, json } from '../src/exports/formats';
import { write } from '../src/exports/routes';

const columns = [
  { name: 'name', type: 'string', description: '', value: () => null },
  { name: 'count', type: 'integer', description: '', value: () => null },
] as Column<unknown>[];

describe('the export formats', () => {
  it('quotes a CSV field holding a comma, a quote or a line break, doubling quotes (RFC 4180)', () => {
    expect(csvField('Puy-de-Dôme')).toBe('Puy-de-Dôme');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('il a dit "oui"')).toBe('"il a dit ""oui"""');
    expect(csvField('deux\nlignes')).toBe('"deux\nlignes"');
    expect(csvField('fin\r')).toBe('"fin\r"');
  });

  it('writes null as an empty field and numbers and booleans as they are', () => {
    expect([null, 0, -3, 0.25, true, false].map(csvField)).toEqual(['', '0', '-3', '0.25', 'true', 'false']);
  });

  it('puts an apostrophe before a text a spreadsheet would run as a formula (= + - @)', () => {
    expect(['=1+1', '+33 4 73', '-10 %', '@SUM(A1)', 'a=b'].map(csvField)).toEqual(["'=1+1", "'+33 4 73", "'-10 %", "'@SUM(A1)", 'a=b']);
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });

  it('starts a CSV with the byte order mark and the header row, lines ending in CRLF', () => {
    expect(csv.start(columns)).toBe(`${BYTE_ORDER_MARK}name,count\r\n`);
    expect(csv.rows([['a', 1], [null, 2]], columns, true)).toBe('a,1\r\n,2\r\n');
    expect(csv.headers('experiences')).toEqual({ 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="experiences.csv"' });
  });

  it('writes JSON as one array of objects, page by page, with typed values', () => {
    const text = json.start(columns) + json.rows([['=a', 1]], columns, true) + json.rows([], columns, false) + json.rows([['b', null]], columns, false) + json.end();
    expect(JSON.parse(text)).toEqual([{ name: '=a', count: 1 }, { name: 'b', count: null }]);
    expect(JSON.parse(json.start(columns) + json.end())).toEqual([]);
  });
});

describe('writing an export to a slow client', () => {
  it('waits for the connection to drain without leaving a listener behind at each full page', async () => {
    // A response whose connection is always full: every write waits for 'drain'.
    const res = Object.assign(new EventEmitter(), { destroyed: false, write: () => false }) as unknown as ServerResponse;
    for (let page = 0; page < 50; page++) {
      const written = write(res, 'a page', 60_000);
      res.emit('drain');
      expect(await written).toBe(true);
    }
    expect([res.listenerCount('close'), res.listenerCount('drain'), res.listenerCount('error')]).toEqual([0, 0, 0]);
  });

  it('cuts a client that reads nothing for the stall time (EXPORT_STALL_SECONDS), instead of holding its page for ever', async () => {
    const connection = Object.assign(new EventEmitter(), { destroyed: false, write: () => false });
    const destroy = () => {
      connection.destroyed = true;
      connection.emit('close');
    };
    const res = Object.assign(connection, { destroy }) as unknown as ServerResponse;
    const started = Date.now();
    expect(await write(res, 'a page', 100)).toBe(false);
    expect(res.destroyed).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    expect([res.listenerCount('close'), res.listenerCount('drain')]).toEqual([0, 0]);
  });
});
