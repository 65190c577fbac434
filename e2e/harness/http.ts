/** Small helpers for talking to the gateway in tests. */
import { createHash } from 'node:crypto';

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Sends a raw body (a batch, a huge document, another content type...) and reads the JSON answer. */
export async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, body: json, text };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A GET by persisted-query hash (registering the query first when `register`), as a CDN would see it. */
export async function getPersisted(
  graphqlUrl: string,
  query: string,
  options: { register?: boolean; headers?: Record<string, string>; id?: string; variables?: Record<string, unknown> } = {},
) {
  const params = new URLSearchParams({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: options.id ?? sha256(query) } }) });
  if (options.register) params.set('query', query);
  if (options.variables) params.set('variables', JSON.stringify(options.variables));
  const response = await fetch(`${graphqlUrl}?${params}`, { headers: { 'apollo-require-preflight': 'true', ...options.headers } });
  return { status: response.status, headers: response.headers, body: (await response.json()) as { data?: any; errors?: any[] } };
}

/** Registers the query (APQ), then reads it by hash alone. */
export async function persistedRead(graphqlUrl: string, query: string, headers: Record<string, string> = {}) {
  const registered = await getPersisted(graphqlUrl, query, { register: true, headers });
  expect(registered.status).toBe(200);
  return getPersisted(graphqlUrl, query, { headers });
}
