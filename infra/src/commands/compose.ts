// npm run compose: writes schema/supergraph.graphql from the three subgraphs' SDL, and each
// subgraph's generated resolver types (services/<name>/src/generated/resolvers.ts) from its own.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { composeSupergraph, CompositionError, SUPERGRAPH_PATH } from '@fabrique/schema';
import { generateAllResolverTypes } from '@fabrique/schema/codegen';

function write(path: string, content: string): void {
  const previous = (() => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return '';
    }
  })();
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  console.log(`${relative(process.cwd(), path)} ${previous === content ? 'is up to date' : 'updated'}.`);
}

async function main(): Promise<void> {
  try {
    write(SUPERGRAPH_PATH, composeSupergraph());
  } catch (error) {
    if (error instanceof CompositionError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  for (const file of await generateAllResolverTypes()) write(file.path, file.content);
}

void main();
