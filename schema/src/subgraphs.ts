import { join } from 'node:path';

/** The three subgraphs, in composition order, with their SDL file and default routing URL. */
export const SUBGRAPHS = [
  { name: 'actors', schemaPath: join(__dirname, '../../services/actors/src/schema.graphql'), url: 'http://127.0.0.1:4001/graphql' },
  { name: 'conventions', schemaPath: join(__dirname, '../../services/conventions/src/schema.graphql'), url: 'http://127.0.0.1:4002/graphql' },
  { name: 'knowledge', schemaPath: join(__dirname, '../../services/knowledge/src/schema.graphql'), url: 'http://127.0.0.1:4003/graphql' },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export const SUPERGRAPH_PATH = join(__dirname, '..', 'supergraph.graphql');
