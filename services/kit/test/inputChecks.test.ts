import { httpUrl, nonNegativeInt, optionalHttpUrl, requestedStatuses } from '../src';
import { refusal } from './support/refusal';

describe('whole numbers', () => {
  it('accepts zero or more, and reads null or absent as none', () => {
    expect(nonNegativeInt(0, 'input.rank')).toBe(0);
    expect(nonNegativeInt(250, 'input.rank')).toBe(250);
    expect(nonNegativeInt(null, 'input.rank')).toBeNull();
    expect(nonNegativeInt(undefined, 'input.rank')).toBeNull();
  });

  it('refuses negative, fractional, non-finite and non-numbers, naming the field', () => {
    for (const value of [-3, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3']) {
      expect(refusal(() => nonNegativeInt(value, 'input.keyFigures.budgetEuros'))).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'input.keyFigures.budgetEuros',
        max: undefined,
        message: 'input.keyFigures.budgetEuros must be a whole number, zero or more.',
      });
    }
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

describe('requested statuses', () => {
  it('reads the statuses each once, or none when absent (the list default)', () => {
    expect(requestedStatuses(['ACTIVE', 'SIGNED', 'ACTIVE'])).toEqual(['ACTIVE', 'SIGNED']);
    expect(requestedStatuses(['DRAFT'])).toEqual(['DRAFT']);
    expect(requestedStatuses(null)).toBeUndefined();
    expect(requestedStatuses(undefined)).toBeUndefined();
  });

  it('refuses an empty list, which would select nothing, naming the field', () => {
    expect(refusal(() => requestedStatuses([], 'filter.statuses'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'filter.statuses',
      max: undefined,
      message: "Give at least one status in `filter.statuses`, or leave it out for the list's default.",
    });
  });
});
