import type { IncomingMessage } from 'node:http';
import { refusal } from '../errors';
import { checkPersistedQuery } from '../persisted/persistedQueryCheck';
import { nestedDeeperThan } from './jsonDepth';

/**
 * Deepest nesting of a request's JSON (each operation's variables and extensions): far beyond any
 * input type of the schema, far below what would exhaust the stack where client JSON is serialised.
 */
const MAX_JSON_DEPTH = 64;

interface OperationRequest {
  query?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

/** A GET request's parameters as JSON values (left as they are when not JSON: Apollo refuses those). */
function fromSearch(req: IncomingMessage): OperationRequest {
  const params = new URL(req.url ?? '/', 'http://localhost').searchParams;
  const json = (name: string): unknown => {
    const text = params.get(name);
    if (text === null) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  };
  return { query: params.get('query') ?? undefined, variables: json('variables'), extensions: json('extensions') };
}

function operationsOf(req: IncomingMessage, body: unknown): OperationRequest[] {
  if (req.method === 'GET') return [fromSearch(req)];
  const operations = Array.isArray(body) ? body : [body];
  return operations.filter((o): o is OperationRequest => o !== null && typeof o === 'object');
}

/**
 * Client mistakes in the request itself, refused before anything reads it with a 400 and a code:
 * JSON nested deeper than MAX_JSON_DEPTH (BAD_REQUEST), a malformed persisted-query extension.
 */
export function checkRequestShape(req: IncomingMessage, body: unknown): void {
  for (const operation of operationsOf(req, body)) {
    if (nestedDeeperThan(operation, MAX_JSON_DEPTH)) {
      throw refusal('BAD_REQUEST', `The request's JSON nests deeper than ${MAX_JSON_DEPTH} levels.`, 400, { maxDepth: MAX_JSON_DEPTH });
    }
    checkPersistedQuery(operation.query, operation.extensions);
  }
}
