// The text rules of every subgraph, in one place. A text is refused with BAD_USER_INPUT naming its field
// when it is longer than its limit (checked first, so a hostile length costs nothing more), holds a
// control character (tab and line breaks are allowed in long texts only), an unpaired UTF-16 surrogate
// (not Unicode text: the database would store it as U+FFFD), or, outside long texts, a bidirectional
// override or isolate (U+202A–U+202E, U+2066–U+2069: they make a name display as another). Accepted
// text is returned in Unicode NFC, so what is stored and what is searched compare equal.

import { BadUserInputError } from '../errors';

export interface TextRule {
  /** Most characters (UTF-16 code units, as JavaScript counts them). */
  max: number;
  /** A long text (description, body, note): tab and line breaks allowed, bidirectional controls too. */
  multiline?: boolean;
}

/** Free-text searches: every `search` argument and `searchKnowledge(query:)`. */
export const SEARCH_TEXT: TextRule = { max: 200 };
/** Any other one-line text (names, titles, ids, dates, filters) unless its field says otherwise. */
export const LINE_TEXT: TextRule = { max: 300 };
/** Cursors (`after`): base64url of the sort values of a row, a long name included. */
export const CURSOR_TEXT: TextRule = { max: 1_000 };

export const lineText = (max: number): TextRule => ({ max });
export const longText = (max: number): TextRule => ({ max, multiline: true });

const LINE_CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
// Tab, line feed and carriage return (CRLF line breaks) are text in a long text.
const LONG_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

const codePoint = (char: string) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

function refuseUnsafe(value: string, field: string, rule: TextRule): void {
  const surrogate = LONE_SURROGATE.exec(value);
  if (surrogate) {
    throw new BadUserInputError(field, `${field} holds an unpaired surrogate (${codePoint(surrogate[0])}): it is not valid Unicode text.`);
  }
  const control = (rule.multiline ? LONG_CONTROL : LINE_CONTROL).exec(value);
  if (control) {
    const allowed = rule.multiline ? 'only tab and line breaks are allowed' : 'it is a one-line text';
    throw new BadUserInputError(field, `${field} holds a control character (${codePoint(control[0])}): ${allowed}.`);
  }
  const bidi = rule.multiline ? null : BIDI_CONTROL.exec(value);
  if (bidi) {
    throw new BadUserInputError(field, `${field} holds a bidirectional control character (${codePoint(bidi[0])}), not allowed in names, titles and other one-line texts.`);
  }
}

/** Checks a text as it was given (length, characters) and returns it in NFC; trims nothing. */
export function checkText(value: string, field: string, rule: TextRule): string {
  if (value.length > rule.max) throw new BadUserInputError(field, `${field} is at most ${rule.max} characters.`, { max: rule.max });
  refuseUnsafe(value, field, rule);
  return value.normalize('NFC');
}

const ruleOf = (limit: number | TextRule): TextRule => (typeof limit === 'number' ? { max: limit } : limit);

/** A text that must hold something: trimmed, checked, in NFC. */
export function requiredText(value: unknown, field: string, limit: number | TextRule): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') throw new BadUserInputError(field, `${field} must not be empty.`);
  return checkText(text, field, ruleOf(limit));
}

/** An optional text: null, absent or blank is null. */
export function optionalText(value: unknown, field: string, limit: number | TextRule): string | null {
  if (value === null || value === undefined || String(value).trim() === '') return null;
  return requiredText(String(value), field, limit);
}

/** A list of required texts: at most `maxItems`, each within `item`; fields `<field>.<index>`. */
export function textList(values: readonly unknown[] | null | undefined, field: string, maxItems: number, item: number | TextRule): string[] {
  const list = values ?? [];
  if (list.length > maxItems) throw new BadUserInputError(field, `${field} holds at most ${maxItems} items.`, { max: maxItems });
  return list.map((value, i) => requiredText(value, `${field}.${i}`, item));
}
