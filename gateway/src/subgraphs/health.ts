/** The subgraph's health URL, next to its GraphQL endpoint. */
export function healthUrl(graphqlUrl: string): string {
  return new URL('/health', graphqlUrl).toString();
}

/** Whether each subgraph's /health answers 200 within the timeout. */
export async function checkSubgraphs(urls: Record<string, string>, timeoutMs = 2_000): Promise<Record<string, boolean>> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const response = await fetch(healthUrl(url), { signal: AbortSignal.timeout(timeoutMs) });
        return [name, response.ok] as const;
      } catch {
        return [name, false] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}
