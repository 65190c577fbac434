// Web addresses in input: http or https only (no javascript:, data: or file: links shown to others),
// checked as texts first.

import { BadUserInputError } from '../errors';
import { optionalText, requiredText, type TextRule } from './text';

const URL_LIMIT = 2_000;

function refuseOtherThanHttp(text: string, field: string): string {
  let url: URL | null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) throw new BadUserInputError(field, `${field} must be an http(s) URL.`);
  return text;
}

/** An http(s) address: trimmed, within `limit` (2,000 characters by default), in NFC. */
export const httpUrl = (value: unknown, field: string, limit: number | TextRule = URL_LIMIT): string => refuseOtherThanHttp(requiredText(value, field, limit), field);

/** An optional http(s) address: null, absent or blank is null. */
export function optionalHttpUrl(value: unknown, field: string, limit: number | TextRule = URL_LIMIT): string | null {
  const text = optionalText(value, field, limit);
  return text === null ? null : refuseOtherThanHttp(text, field);
}
