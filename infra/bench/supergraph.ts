import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { SUPERGRAPH_PATH } from '@fabrique/schema';
import type { GraphQLSchema } from 'graphql';

export function readSupergraph(): string {
  return readFileSync(SUPERGRAPH_PATH, 'utf8');
}

/** The API schema clients see (what our gateway and Hive Gateway serve). */
export function apiSchema(sdl = readSupergraph()): GraphQLSchema {
  return Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
}

/**
 * The supergraph with each subgraph's URL (`@join__graph(name: "actors", url: "…")`) replaced: Hive
 * Gateway reads the subgraphs' addresses from the supergraph, and the bench runs them on its own ports.
 * Every subgraph of the supergraph must be given a URL.
 */
export function rewriteSubgraphUrls(sdl: string, urls: Record<string, string>): string {
  const seen = new Set<string>();
  const rewritten = sdl.replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (_match, name: string) => {
    const url = urls[name];
    if (!url) throw new Error(`no URL given for subgraph "${name}"`);
    seen.add(name);
    return `@join__graph(name: "${name}", url: "${url}")`;
  });
  const unknown = Object.keys(urls).filter((name) => !seen.has(name));
  if (unknown.length) throw new Error(`the supergraph has no subgraph named ${unknown.join(', ')}`);
  return rewritten;
}
