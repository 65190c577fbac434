// Global object identification (Relay `node` / `nodes`), owned by this subgraph.
//
// Ids are not rewritten: a territory id tells its type (`DEPARTEMENT:63`), a theme id is a slug
// (`energie`), every other id is 24 opaque hexadecimal characters (random or derived from the demo
// data's keys) that does not. So `nodes` finds the type of an id where it is stored:
//  1. its shape picks where to look (a territory id: here only; 24 hex: every subgraph; a slug:
//     knowledge's themes); anything else is malformed: null and a BAD_USER_INPUT for that position;
//  2. this subgraph reads its own collections, one query per collection for all the ids (loaders);
//  3. the conventions and knowledge subgraphs are asked, once each for all the ids, which are theirs,
//     under the caller's identity: each answers only what the caller may see (the same rule as the
//     type's own query) with its `_<subgraph>NodeTypes` field, hidden from the gateway's clients.
// This subgraph's records are answered whole; the others' as references `{ __typename, id }`, which the
// gateway completes from their subgraph with one `_entities` request each.
import DataLoader from 'dataloader';
import { BadUserInputError, IDENTITY_HEADER, isStaff, REQUEST_ID_HEADER, parseTerritoryId, ServiceUnavailableError } from '@fabrique/kit';
import type { ActorsContext } from '../context';
import type { Repositories } from '../repositories';

export const MAX_NODE_IDS = 100;

export const ACTORS_NODE_TYPES = ['Territory', 'Organisation', 'Person', 'Position', 'Alliance', 'Membership', 'ApiToken'] as const;
export const CONVENTIONS_NODE_TYPES = ['Convention', 'Programme', 'Cohort', 'Application', 'Diagnostic'] as const;
export const KNOWLEDGE_NODE_TYPES = ['Experience', 'Resource', 'Theme', 'LearningJourney'] as const;
export type NodeTypeName = (typeof ACTORS_NODE_TYPES)[number] | (typeof CONVENTIONS_NODE_TYPES)[number] | (typeof KNOWLEDGE_NODE_TYPES)[number];

/** What `node` answers: a record of this subgraph, or a reference to another's, with its type. */
export type FoundNode = { __typename: NodeTypeName; id?: string } & Record<string, unknown>;

/** GraphQL URLs of the subgraphs that hold the other records. */
export interface NodePeers {
  conventions: string;
  knowledge: string;
}

// Each server's peers, by its repositories (server.ts sets them: from the environment, or given by tests).
const configuredPeers = new WeakMap<Repositories, () => NodePeers>();

export function setNodePeers(repositories: Repositories, peers: () => NodePeers): void {
  configuredPeers.set(repositories, peers);
}

function peersOf(context: ActorsContext): NodePeers {
  const configured = configuredPeers.get(context.repositories);
  if (!configured) throw new Error('node: the actors server was built without the other subgraphs\' URLs');
  return configured();
}

type Shape = 'territory' | 'record' | 'slug';
const RECORD_ID = /^[0-9a-f]{24}$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function idShape(id: string): Shape | null {
  if (parseTerritoryId(id)) return 'territory';
  if (RECORD_ID.test(id)) return 'record';
  return SLUG.test(id) && id.length <= 60 ? 'slug' : null;
}

function malformed(field: string, id: string): BadUserInputError {
  return new BadUserInputError(
    field,
    `"${id.slice(0, 60)}" is not a global id: use the \`id\` of an object, e.g. "DEPARTEMENT:63", 24 hexadecimal characters, or a theme slug such as "energie".`,
  );
}

/** Asks a peer subgraph, under the caller's identity, which of these ids are its records the caller may see. */
async function peerTypes(context: ActorsContext, url: string, service: 'conventions' | 'knowledge', ids: string[]): Promise<Array<string | null>> {
  const field = `_${service}NodeTypes`;
  let body: { data?: Record<string, Array<string | null>>; errors?: Array<{ message: string }> };
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        // The same request id in both services' logs.
        [REQUEST_ID_HEADER]: context.requestId,
        ...(context.identityHeader ? { [IDENTITY_HEADER]: context.identityHeader } : {}),
      },
      body: JSON.stringify({ query: `query NodeTypes($ids: [ID!]!) { ${field}(ids: $ids) }`, variables: { ids } }),
      signal: AbortSignal.timeout(5_000),
    });
    body = (await response.json()) as typeof body;
  } catch (error) {
    throw new ServiceUnavailableError(service, `node lookup failed (${(error as Error).message})`);
  }
  const types = body.data?.[field];
  if (!types) throw new ServiceUnavailableError(service, `node lookup failed (${body.errors?.[0]?.message ?? 'no answer'})`);
  return types;
}

/** This subgraph's records among these ids, each collection read once. */
async function ownNodes(context: ActorsContext, territoryIds: string[], recordIds: string[]): Promise<Map<string, FoundNode>> {
  const { loaders, repositories, identity } = context;
  const found = new Map<string, FoundNode>();
  const add = (type: NodeTypeName, records: Array<{ _id: string } | null>) => {
    for (const record of records) if (record && !found.has(record._id)) found.set(record._id, { ...record, __typename: type });
  };
  const [territories, organisations, people, alliances, positions, memberships, tokens] = await Promise.all([
    Promise.all(territoryIds.map((id) => loaders.territory.load(id))),
    Promise.all(recordIds.map((id) => loaders.organisation.load(id))),
    Promise.all(recordIds.map((id) => loaders.person.load(id))),
    Promise.all(recordIds.map((id) => loaders.alliance.load(id))),
    repositories.positions.findByIds(recordIds),
    repositories.memberships.findByIds(recordIds),
    // Tokens are staff's to read (the `apiToken` query's rule): nobody else finds one by id.
    recordIds.length && isStaff(identity) ? repositories.apiTokens.findByIds(recordIds) : [],
  ]);
  add('Territory', territories);
  add('Organisation', organisations);
  add('Person', people);
  add('Alliance', alliances);
  add('Position', positions);
  add('Membership', memberships);
  add('ApiToken', tokens);
  return found;
}

/**
 * The nodes of these well-formed ids, in order (null: nothing the caller may see). A peer that cannot
 * answer fails only the ids it might hold that are not found elsewhere (ids are unique platform-wide).
 */
async function findNodes(context: ActorsContext, peers: NodePeers, ids: readonly string[]): Promise<Array<FoundNode | Error | null>> {
  const shapes = ids.map(idShape);
  const territoryIds = ids.filter((_, i) => shapes[i] === 'territory');
  const recordIds = ids.filter((_, i) => shapes[i] === 'record');
  const knowledgeIds = ids.filter((_, i) => shapes[i] === 'record' || shapes[i] === 'slug');
  const ask = (service: 'conventions' | 'knowledge', asked: string[]) =>
    asked.length ? peerTypes(context, peers[service], service, asked).catch((error: Error) => error) : [];
  const [own, conventions, knowledge] = await Promise.all([ownNodes(context, territoryIds, recordIds), ask('conventions', recordIds), ask('knowledge', knowledgeIds)]);
  const elsewhere = new Map<string, NodeTypeName>();
  const failed = new Map<string, Error>();
  const remember = (asked: string[], types: Array<string | null> | Error, known: readonly NodeTypeName[]) =>
    asked.forEach((id, i) => {
      if (types instanceof Error) return void failed.set(id, types);
      const type = types[i] as NodeTypeName | null | undefined;
      if (type && known.includes(type) && !elsewhere.has(id)) elsewhere.set(id, type);
    });
  remember(recordIds, conventions, CONVENTIONS_NODE_TYPES);
  remember(knowledgeIds, knowledge, KNOWLEDGE_NODE_TYPES);
  return ids.map((id) => {
    const mine = own.get(id);
    if (mine) return mine;
    const type = elsewhere.get(id);
    if (type) return { __typename: type, id };
    return failed.get(id) ?? null;
  });
}

// One loader per request, so that several `node` and `nodes` fields of an operation share the lookups.
const requestLoaders = new WeakMap<ActorsContext, DataLoader<string, FoundNode | null>>();

function nodeLoader(context: ActorsContext): DataLoader<string, FoundNode | null> {
  let loader = requestLoaders.get(context);
  if (!loader) {
    loader = new DataLoader((ids: readonly string[]) => findNodes(context, peersOf(context), ids), { maxBatchSize: MAX_NODE_IDS });
    requestLoaders.set(context, loader);
  }
  return loader;
}

/** `node(id:)`: null when nothing the caller may see has this id; a malformed id is BAD_USER_INPUT. */
export async function node(context: ActorsContext, id: string): Promise<FoundNode | null> {
  if (!idShape(id)) throw malformed('id', id);
  return nodeLoader(context).load(id);
}

/** `nodes(ids:)`: in order; a malformed id (or one a failing peer might hold) is null with its own error (path: its position). */
export async function nodes(context: ActorsContext, ids: readonly string[]): Promise<Array<FoundNode | null>> {
  if (ids.length > MAX_NODE_IDS) {
    throw new BadUserInputError('ids', `nodes takes at most ${MAX_NODE_IDS} ids (${ids.length} given): split the list.`, { max: MAX_NODE_IDS });
  }
  const loader = nodeLoader(context);
  // graphql-js reports an Error found in a list as that item's error, the item being null.
  const itemError = (error: Error) => error as unknown as FoundNode;
  return Promise.all(ids.map((id, i) => (idShape(id) ? loader.load(id).catch(itemError) : itemError(malformed(`ids.${i}`, id)))));
}
