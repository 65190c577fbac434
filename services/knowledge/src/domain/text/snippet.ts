import { tokenize } from './analysis';

interface Highlight {
  start: number;
  length: number;
}

interface Snippet {
  text: string;
  highlights: Highlight[];
}

/**
 * The excerpt of `text` (about `maxWords` words) holding the most distinct query keys, with the
 * offsets of the matching words in the excerpt. Without any match, the beginning of the text.
 */
export function buildSnippet(text: string, queryKeys: ReadonlySet<string>, maxWords = 30): Snippet {
  const tokens = tokenize(text);
  if (tokens.length === 0) return { text: '', highlights: [] };
  const matches = tokens.map((t) => t.keys.filter((k) => queryKeys.has(k)));
  // Windows worth trying: the beginning, and one starting a little before each match.
  const lastStart = Math.max(0, tokens.length - maxWords);
  const starts = new Set([0, ...matches.flatMap((m, i) => (m.length > 0 ? [Math.min(lastStart, Math.max(0, i - 3))] : []))]);
  let first = 0;
  let bestScore = -1;
  for (const start of [...starts].sort((a, b) => a - b)) {
    const distinct = new Set<string>();
    let hits = 0;
    for (let i = start; i < Math.min(tokens.length, start + maxWords); i++) {
      for (const key of matches[i]!) distinct.add(key);
      if (matches[i]!.length > 0) hits += 1;
    }
    const score = distinct.size * 1000 + hits;
    if (score > bestScore) {
      bestScore = score;
      first = start;
    }
  }
  const last = Math.min(tokens.length, first + maxWords) - 1;
  const from = first === 0 ? 0 : tokens[first]!.start;
  const to = last === tokens.length - 1 ? text.length : tokens[last]!.end;
  const prefix = from > 0 ? '… ' : '';
  const suffix = to < text.length ? ' …' : '';
  const highlights: Highlight[] = [];
  for (let i = first; i <= last; i++) {
    if (matches[i]!.length > 0) highlights.push({ start: prefix.length + tokens[i]!.start - from, length: tokens[i]!.end - tokens[i]!.start });
  }
  return { text: `${prefix}${text.slice(from, to)}${suffix}`, highlights };
}

/** The snippet as HTML: text escaped, matches wrapped in `<mark>`. */
export function snippetHtml(snippet: Snippet): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  let html = '';
  let at = 0;
  for (const h of snippet.highlights) {
    html += `${escape(snippet.text.slice(at, h.start))}<mark>${escape(snippet.text.slice(h.start, h.start + h.length))}</mark>`;
    at = h.start + h.length;
  }
  return html + escape(snippet.text.slice(at));
}
