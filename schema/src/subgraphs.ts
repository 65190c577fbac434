import { join } from 'node:path';
import { schemaPaths as actors } from '@fabrique/actors';
import { schemaPaths as conventions } from '@fabrique/conventions';
import { schemaPaths as knowledge } from '@fabrique/knowledge';

/**
 * The three subgraphs, in composition order, with their default routing URL and the SDL files their
 * servers load (each service's `src/sdl.ts`: one source of truth).
 */
export const SUBGRAPHS = [
  { name: 'actors', url: 'http://127.0.0.1:4001/graphql', schemaPaths: actors },
  { name: 'conventions', url: 'http://127.0.0.1:4002/graphql', schemaPaths: conventions },
  { name: 'knowledge', url: 'http://127.0.0.1:4003/graphql', schemaPaths: knowledge },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const SUPERGRAPH_PATH = join(__dirname, '..', 'supergraph.graphql');
