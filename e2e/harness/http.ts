/** Small helpers for talking to the gateway in tests. */
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
