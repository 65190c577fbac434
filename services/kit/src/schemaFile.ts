import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DocumentNode } from 'graphql';
import { SCALARS_SDL_PATH } from './scalars';

/**
 * Reads a service's SDL (schema first: the files are the source of truth). A subgraph's schema is
 * `src/schema.graphql`, optionally followed by module files (e.g. `src/access/schema.graphql`) that
 * use `extend type Query` / `extend type Mutation`; they are read as one document, in order.
 */
export function readSdl(paths: readonly string[]): string {
  return paths.map((path) => readFileSync(path, 'utf8')).join('\n');
}

export function loadTypeDefs(paths: readonly string[]): DocumentNode {
  return parse(readSdl(paths));
}

/** The cache-hint directive every subgraph lists after its own SDL files (see the file's header). */
export const CACHE_CONTROL_SDL = join(__dirname, 'cacheControl.graphql');

/** The `Node` interface (global object identification), the same in every subgraph's SDL. */
export const NODE_SDL_PATH = join(__dirname, 'node.graphql');

/** What every subgraph lists after its own SDL files: the shared scalars, the cache-hint directive and `Node`. */
export const SHARED_SDL_PATHS = [SCALARS_SDL_PATH, CACHE_CONTROL_SDL, NODE_SDL_PATH];
