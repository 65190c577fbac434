import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ANONYMOUS, IDENTITY_HEADER, REQUEST_ID_HEADER, signIdentity } from '@fabrique/kit';
import type { GatewayContext } from './context';

/**
 * Calls a subgraph with the caller's identity, signed by the gateway (the contract is in
 * @fabrique/kit's identity module), and the request id, so subgraph logs line up with ours.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly identitySecret: string,
  ) {
    super({ url });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    const ctx = context as Partial<GatewayContext>;
    headers.set(IDENTITY_HEADER, signIdentity(ctx.identity ?? ANONYMOUS, this.identitySecret));
    if (ctx.requestId) headers.set(REQUEST_ID_HEADER, ctx.requestId);
  }
}

/** The subgraph's health URL, next to its GraphQL endpoint. */
export function healthUrl(graphqlUrl: string): string {
  return new URL('/health', graphqlUrl).toString();
}

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
