// Regenerates gateway/operations/manifest.json from the registered .graphql files (next to it and in exports/):
// `corepack pnpm --filter @fabrique/gateway run manifest` (a test fails when it is out of date).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPERATIONS_DIR, readOperation, registeredOperationFiles } from '../playground/examples';
import { MANIFEST_FORMAT, sha256, type ManifestOperation } from './manifest';
import { operationsOf } from './operationDocument';

export const MANIFEST_PATH = join(OPERATIONS_DIR, 'manifest.json');

/** The manifest the operation files make, as JSON text. */
export function manifestText(): string {
  const files = registeredOperationFiles();
  const operations: ManifestOperation[] = files.flatMap((file) =>
    operationsOf(readOperation(file)).map((op) => ({ id: sha256(op.body), name: op.name, type: op.type, body: op.body })),
  );
  return `${JSON.stringify({ format: MANIFEST_FORMAT, version: 1, operations }, null, 2)}\n`;
}

if (require.main === module) {
  writeFileSync(MANIFEST_PATH, manifestText());
  console.log(`${MANIFEST_PATH} written.`);
}
