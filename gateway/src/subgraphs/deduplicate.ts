import { IDENTITY_HEADER } from '@fabrique/kit';
import type { Fetch, FetchInit } from './fetcher';

interface SharedAnswer {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  body: string;
}

/** The caller's identity without its signing times: two requests of one caller share it. */
function callerOf(header: string | undefined): string {
  if (!header) return 'anonymous';
  const payload = header.split('.')[1] ?? '';
  try {
    const { iat: _iat, exp: _exp, ...identity } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    return JSON.stringify(identity);
  } catch {
    return header;
  }
}

/** What makes two subgraph calls the same question, or null for a call that must go alone (a mutation). */
function questionOf(url: string, init: FetchInit): string | null {
  if (init.method !== 'POST' || typeof init.body !== 'string') return null;
  let query: unknown;
  try {
    query = (JSON.parse(init.body) as { query?: unknown }).query;
  } catch {
    return null;
  }
  if (typeof query !== 'string' || /^\s*mutation\b/.test(query)) return null;
  return `${url}\n${callerOf(init.headers?.[IDENTITY_HEADER])}\n${init.body}`;
}

/**
 * Merges identical subgraph queries in flight: when fifty clients ask the same public page at once, the
 * subgraph answers once and all fifty get that answer. Only queries (never mutations), and only for the
 * same caller, so nobody receives an answer computed for someone else's rights.
 */
export function deduplicatingFetch(fetch: Fetch, onMerged: () => void = () => undefined): Fetch {
  const inFlight = new Map<string, Promise<SharedAnswer>>();
  return async (url, init = {}) => {
    const question = questionOf(url, init);
    if (!question) return fetch(url, init);
    let answer = inFlight.get(question);
    if (answer) {
      onMerged();
    } else {
      answer = fetch(url, init).then(async (response) => ({
        status: response.status,
        statusText: response.statusText,
        headers: [...response.headers],
        body: await response.text(),
      }));
      inFlight.set(question, answer);
      const forget = () => inFlight.delete(question);
      answer.then(forget, forget);
    }
    const shared = await answer;
    return new Response(shared.body, { status: shared.status, statusText: shared.statusText, headers: shared.headers });
  };
}
