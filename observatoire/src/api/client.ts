// A small GraphQL client over fetch: typed documents generated from src/operations (see scripts/codegen.ts),
// sent to the same origin's /graphql, with errors turned into sentences a reader understands.
import { useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';

export const GRAPHQL_PATH = '/graphql';

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string };
}

/** A failed read, with a message in French for the page. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string | null = null,
  ) {
    super(message);
  }
}

const MESSAGES: Record<string, string> = {
  BAD_USER_INPUT: 'La demande n’est pas valide',
  NOT_FOUND: 'Élément introuvable',
  FORBIDDEN: 'Accès refusé',
  UNAUTHENTICATED: 'Accès réservé aux personnes connectées',
  RATE_LIMITED: 'Trop de demandes en peu de temps : réessayez dans un instant',
  INTERNAL_SERVER_ERROR: 'Le serveur a rencontré une erreur',
};

function explain(error: GraphQLErrorBody): ApiError {
  const code = error.extensions?.code ?? null;
  const lead = (code && MESSAGES[code]) ?? 'Le serveur a refusé la demande';
  return new ApiError(`${lead} (${error.message})`, code);
}

export interface Result<R> {
  data: R;
  /** Errors that came with (partial) data, already explained. */
  warnings: ApiError[];
}

/** The operation's name, sent along so that the gateway's logs and metrics name it. */
function operationName(query: string): string | undefined {
  return /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
}

export async function request<R, V>(document: TypedDocumentString<R, V>, variables: V, signal?: AbortSignal): Promise<Result<R>> {
  const query = document.toString();
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, operationName: operationName(query), variables }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('Le serveur ne répond pas : vérifiez votre connexion puis rechargez la page.');
  }
  let body: { data?: R | null; errors?: GraphQLErrorBody[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`Réponse illisible du serveur (HTTP ${response.status}).`);
  }
  const errors = (body.errors ?? []).map(explain);
  if (body.data == null) throw errors[0] ?? new ApiError(`Le serveur n’a renvoyé aucune donnée (HTTP ${response.status}).`);
  return { data: body.data, warnings: errors };
}

export type QueryState<R> =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'done'; data: R; warnings: ApiError[] };

/** Runs the query when the variables change (compared by value); `skip` leaves it idle. */
export function useQuery<R, V>(document: TypedDocumentString<R, V>, variables: V, options: { skip?: boolean } = {}): QueryState<R> {
  const [state, setState] = useState<QueryState<R>>({ status: 'loading' });
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (options.skip) return;
    const controller = new AbortController();
    setState({ status: 'loading' });
    request(document, JSON.parse(key) as V, controller.signal).then(
      (result) => setState({ status: 'done', data: result.data, warnings: result.warnings }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', error: error instanceof ApiError ? error : new ApiError('Erreur inattendue : ' + String(error)) });
      },
    );
    return () => controller.abort();
  }, [document, key, options.skip]);
  return state;
}
