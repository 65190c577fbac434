// Registered operations, in Apollo's persisted-query manifest format (what
// `@apollo/generate-persisted-query-manifest` writes for a client app):
// `{ "format": "apollo-persisted-query-manifest", "version": 1, "operations": [{ id, name, type, body }] }`
// where `id` is the SHA-256 of `body` (hex), the hash automatic persisted queries send.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { operationDocument } from './operationDocument';

export interface ManifestOperation {
  id: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  body: string;
}

export interface Manifest {
  operations: ManifestOperation[];
  byId: Map<string, ManifestOperation>;
  /** Registered operations in the form of `operationDocument` (so spacing and comments do not matter). */
  printed: Set<string>;
}

export const MANIFEST_FORMAT = 'apollo-persisted-query-manifest';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function buildManifest(operations: ManifestOperation[]): Manifest {
  return {
    operations,
    byId: new Map(operations.map((o) => [o.id, o])),
    printed: new Set(
      operations.flatMap((o) => {
        const document = parse(o.body);
        const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
        return ops.map((op) => operationDocument(document, op));
      }),
    ),
  };
}

/** Reads and checks a manifest; every problem is listed at once. */
export function loadManifest(path: string): Manifest {
  let raw: { format?: unknown; version?: unknown; operations?: unknown };
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the operation manifest ${path}: ${(error as Error).message}`);
  }
  const problems: string[] = [];
  if (raw.format !== MANIFEST_FORMAT || raw.version !== 1) problems.push(`format must be "${MANIFEST_FORMAT}", version 1`);
  const operations = Array.isArray(raw.operations) ? (raw.operations as ManifestOperation[]) : [];
  if (!Array.isArray(raw.operations)) problems.push('operations must be an array');
  operations.forEach((operation, i) => {
    const where = `operations[${i}] (${operation?.name ?? 'unnamed'})`;
    if (typeof operation?.body !== 'string') return problems.push(`${where}: body must be a string`);
    if (operation.id !== sha256(operation.body)) problems.push(`${where}: id must be the SHA-256 of body (${sha256(operation.body)})`);
    try {
      parse(operation.body);
    } catch (error) {
      problems.push(`${where}: ${(error as Error).message}`);
    }
  });
  if (problems.length > 0) throw new Error(`Invalid operation manifest ${path}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return buildManifest(operations);
}
