import { httpUrl, isoDate, notBefore, optionalDate, optionalHttpUrl, positiveInt } from '../src';
import { refusal } from './support/refusal';

describe('dates', () => {
  it('accepts a calendar date written YYYY-MM-DD that exists', () => {
    for (const date of ['2026-01-31', '2024-02-29', '0050-06-01']) expect(isoDate(date, 'input.since')).toBe(date);
  });

  it('refuses another form or a day that does not exist, naming the field', () => {
    for (const date of ['2025-02-29', '2026-13-01', '2026-1-5', '05/01/2026', '2026-01-01T00:00:00Z', '']) {
      expect(refusal(() => isoDate(date, 'input.since'))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.since',
        max: undefined,
        message: 'input.since must be a date written YYYY-MM-DD.',
      });
    }
  });

  it('reads null or absent as no date', () => {
    expect(optionalDate(null, 'input.until')).toBeNull();
    expect(optionalDate(undefined, 'input.until')).toBeNull();
    expect(optionalDate('2026-06-30', 'input.until')).toBe('2026-06-30');
    expect(refusal(() => optionalDate('2026-06-31', 'input.until')).field).toBe('input.until');
  });

  it('refuses an end before its start, and nothing when either is absent', () => {
    expect(refusal(() => notBefore('2026-01-01', 'input.endsOn', '2026-03-01', 'input.startsOn'))).toMatchObject({
      field: 'input.endsOn',
      message: 'input.endsOn (2026-01-01) must not be before input.startsOn (2026-03-01).',
    });
    expect(() => notBefore('2026-03-01', 'input.endsOn', '2026-03-01', 'input.startsOn')).not.toThrow();
    expect(() => notBefore(null, 'input.endsOn', '2026-03-01', 'input.startsOn')).not.toThrow();
    expect(() => notBefore('2026-01-01', 'input.endsOn', undefined, 'input.startsOn')).not.toThrow();
  });
});

describe('whole numbers', () => {
  it('accepts 1 or more, up to the maximum when there is one', () => {
    expect(positiveInt(1, 'input.capacity')).toBe(1);
    expect(positiveInt(250, 'input.capacity', 250)).toBe(250);
  });

  it('refuses zero, negative, fractional and non-finite numbers, and more than the maximum with it', () => {
    for (const value of [0, -3, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(refusal(() => positiveInt(value, 'input.expectedVersion'))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.expectedVersion',
        max: undefined,
        message: 'input.expectedVersion must be a whole number, 1 or more.',
      });
    }
    expect(refusal(() => positiveInt(251, 'input.capacity', 250))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.capacity',
      max: 250,
      message: 'input.capacity must be a whole number between 1 and 250.',
    });
  });
});

describe('web addresses', () => {
  it('accepts http and https addresses, trimmed', () => {
    expect(httpUrl(' https://fabriquedestransitions.net/ressources ', 'input.url')).toBe('https://fabriquedestransitions.net/ressources');
    expect(httpUrl('http://example.org', 'input.url')).toBe('http://example.org');
  });

  it('refuses other schemes and what is no address', () => {
    for (const value of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://example.org', 'not a url']) {
      expect(refusal(() => httpUrl(value, 'input.url'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url', message: 'input.url must be an http(s) URL.' });
    }
  });

  it('applies the text rules: a limit (2,000 by default), no control characters, not empty', () => {
    expect(refusal(() => httpUrl(`https://example.org/${'x'.repeat(2_000)}`, 'input.url'))).toMatchObject({ field: 'input.url', max: 2_000 });
    expect(refusal(() => httpUrl('https://example.org/a', 'input.url', 20))).toMatchObject({ field: 'input.url', max: 20 });
    expect(refusal(() => httpUrl('https://example.org/\u0000', 'input.url')).message).toMatch(/control character/);
    expect(refusal(() => httpUrl('  ', 'input.url')).message).toBe('input.url must not be empty.');
  });

  it('reads null, absent or blank as no address when optional', () => {
    for (const value of [null, undefined, '', '   ']) expect(optionalHttpUrl(value, 'input.website')).toBeNull();
    expect(optionalHttpUrl('https://example.org', 'input.website')).toBe('https://example.org');
    expect(refusal(() => optionalHttpUrl('mailto:a@example.org', 'input.website')).field).toBe('input.website');
  });
});
