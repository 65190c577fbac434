import { readFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse, type DocumentNode } from 'graphql';
import { readSdl } from '@fabrique/kit';
import { SUBGRAPHS, SUPERGRAPH_PATH } from './subgraphs';

export class CompositionError extends Error {
  constructor(readonly problems: string[]) {
    super(`The subgraphs do not compose:\n\n${problems.map((p, i) => `${i + 1}. ${p}`).join('\n\n')}`);
    this.name = 'CompositionError';
  }
}

export interface SubgraphSource {
  name: string;
  url: string;
  sdl: string;
}

/** Composes subgraph SDL into the supergraph SDL; every problem is listed with its code. */
export function composeSdl(sources: readonly SubgraphSource[]): string {
  const problems: string[] = [];
  const services: Array<{ name: string; url: string; typeDefs: DocumentNode }> = [];
  for (const source of sources) {
    try {
      services.push({ name: source.name, url: source.url, typeDefs: parse(source.sdl) });
    } catch (error) {
      problems.push(`[GRAPHQL_PARSE_FAILED] ${source.name}: ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) throw new CompositionError(problems);
  const result = composeServices(services);
  if (result.errors) {
    throw new CompositionError(result.errors.map((e) => `[${String(e.extensions?.code ?? 'ERROR')}] ${e.message}`));
  }
  return `${result.supergraphSdl.trim()}\n`;
}

/** Composes the three services' SDL files. */
export function composeSupergraph(): string {
  return composeSdl(SUBGRAPHS.map((s) => ({ name: s.name, url: s.url, sdl: readSdl(s.schemaPaths) })));
}

export function readCheckedInSupergraph(): string {
  return readFileSync(SUPERGRAPH_PATH, 'utf8');
}
