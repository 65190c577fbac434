// npm run compose: writes schema/supergraph.graphql from the three subgraphs' SDL.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { composeSupergraph, CompositionError, SUPERGRAPH_PATH } from '@fabrique/schema';

try {
  const supergraph = composeSupergraph();
  const previous = (() => {
    try {
      return readFileSync(SUPERGRAPH_PATH, 'utf8');
    } catch {
      return '';
    }
  })();
  writeFileSync(SUPERGRAPH_PATH, supergraph);
  console.log(`${relative(process.cwd(), SUPERGRAPH_PATH)} ${previous === supergraph ? 'is up to date' : 'updated'}.`);
} catch (error) {
  if (error instanceof CompositionError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
