import { cachedProbe, type HealthStatus } from '@fabrique/kit';

/** The subgraph's health URL, next to its GraphQL endpoint. */
function healthUrl(graphqlUrl: string): string {
  return new URL('/health', graphqlUrl).toString();
}

// Under a second in all: the gateway's /health answers within one, the subgraph's own within 0.7 s.
const HEALTH_TIMEOUT_MS = 900;

/** One subgraph's /health: 200, or why not (its own reason, e.g. "database unreachable", else "not answering"). */
async function checkSubgraph(url: string, timeoutMs: number): Promise<HealthStatus> {
  try {
    const response = await fetch(healthUrl(url), { signal: AbortSignal.timeout(timeoutMs) });
    if (response.ok) return { ok: true };
    const body = (await response.json().catch(() => ({}))) as { reason?: unknown };
    return { ok: false, reason: typeof body.reason === 'string' ? body.reason : `answered HTTP ${response.status}` };
  } catch {
    return { ok: false, reason: 'not answering' };
  }
}

/** Each subgraph's health, checked at once. */
async function checkSubgraphs(urls: Record<string, string>, timeoutMs = HEALTH_TIMEOUT_MS): Promise<Record<string, HealthStatus>> {
  const entries = await Promise.all(Object.entries(urls).map(async ([name, url]) => [name, await checkSubgraph(url, timeoutMs)] as const));
  return Object.fromEntries(entries);
}

/**
 * The subgraphs' health as /health and /ready report it: checked at most once a second however many
 * clients ask, so these public endpoints cannot be used to send load to the subgraphs.
 */
export function subgraphsHealth(urls: Record<string, string>): () => Promise<Record<string, HealthStatus>> {
  return cachedProbe(() => checkSubgraphs(urls));
}
