// Resolver types generated from each subgraph's SDL by GraphQL Code Generator (typescript +
// typescript-resolvers, federation-aware), into `services/<name>/src/generated/resolvers.ts`, checked
// in like the supergraph: `npm run compose` writes both and schema/test/codegen.test.ts fails when a
// file is stale. What differs per subgraph (its context type, which stored record backs which GraphQL
// type) is in `services/<name>/codegen.json`, next to the SDL it describes.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { codegen } from '@graphql-codegen/core';
import * as typescript from '@graphql-codegen/typescript';
import * as typescriptResolvers from '@graphql-codegen/typescript-resolvers';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLObjectType, GraphQLSchema, parse, printSchema } from 'graphql';
import { readSdl } from '@fabrique/kit';
import { SUBGRAPHS } from './subgraphs';

/** A subgraph's own settings, in `services/<name>/codegen.json`. */
interface SubgraphCodegenSettings {
  /** The resolvers' context, relative to `src/generated/` (`../context#ActorsContext`). */
  contextType: string;
  /** GraphQL type name -> the type its resolvers receive as parent (`../models/x/schema#XRecord`). */
  mappers?: Record<string, string>;
}

const HEADER = '/* eslint-disable */\n// Generated from this subgraph\'s SDL by schema/src/codegen.ts (`npm run compose`): do not edit.\n';

/** Settings every subgraph shares: why each is here is part of the contract of the generated types. */
const COMMON = {
  // `@key` entities get `__resolveReference` typed from their key fields.
  federation: true,
  // Enums as string unions: resolvers and records already use the strings.
  enumsAsTypes: true,
  // An argument with a default value is always present.
  avoidOptionals: { defaultValue: true, field: false, object: false, inputValue: false, resolvers: false },
  useTypeImports: true,
  // A resolver map may hold only some of a type's fields.
  useIndexSignature: false,
  // The kit's scalars (services/kit/src/scalars.ts), the same in every subgraph: resolvers receive input
  // as strings in the stored form; a DateTime field may return a Date or an ISO string.
  scalars: {
    ID: { input: 'string', output: 'string' },
    Date: 'string',
    DateTime: { input: 'string', output: 'Date | string' },
    URL: 'string',
    EmailAddress: 'string',
  },
};

export const serviceDirectory = (schemaPaths: readonly string[]) => dirname(dirname(schemaPaths[0]!));

export const generatedTypesPath = (schemaPaths: readonly string[]) => join(serviceDirectory(schemaPaths), 'src', 'generated', 'resolvers.ts');

function settingsOf(schemaPaths: readonly string[]): SubgraphCodegenSettings {
  return JSON.parse(readFileSync(join(serviceDirectory(schemaPaths), 'codegen.json'), 'utf8')) as SubgraphCodegenSettings;
}

const PLUMBING_TYPES = new Set(['_Service', '_Entity', '_Any']);

/**
 * The schema without what `buildSubgraphSchema` adds for the router (`_service`, `_entities` and their
 * types): the library resolves those itself, and codegen's federation mode leaves their types out.
 * The `@key` directives stay, so entities get their `__resolveReference` types.
 */
function withoutFederationPlumbing(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  const queryConfig = config.query!.toConfig();
  const { _service, _entities, ...fields } = queryConfig.fields;
  const query = new GraphQLObjectType({ ...queryConfig, fields });
  const types = config.types.filter((t) => !PLUMBING_TYPES.has(t.name)).map((t) => (t.name === query.name ? query : t));
  return new GraphQLSchema({ ...config, query, types });
}

/** The generated resolver types of one subgraph, as the checked-in file should hold them. */
export async function generateResolverTypes(schemaPaths: readonly string[]): Promise<string> {
  const settings = settingsOf(schemaPaths);
  // The schema as the subgraph serves it (federation directives and `_entities` included).
  const schema = withoutFederationPlumbing(buildSubgraphSchema({ typeDefs: parse(readSdl(schemaPaths)) }));
  const output = await codegen({
    filename: 'resolvers.ts',
    schema: parse(printSchema(schema)),
    schemaAst: schema,
    documents: [],
    config: { ...COMMON, contextType: settings.contextType, mappers: settings.mappers ?? {} },
    plugins: [{ typescript: {} }, { typescriptResolvers: {} }],
    pluginMap: { typescript, typescriptResolvers },
  });
  return `${HEADER}${output.trim()}\n`;
}

/** Every subgraph's generated file: its path and the content it should have. */
export async function generateAllResolverTypes(): Promise<Array<{ name: string; path: string; content: string }>> {
  return Promise.all(
    SUBGRAPHS.map(async (s) => ({ name: s.name, path: generatedTypesPath(s.schemaPaths), content: await generateResolverTypes(s.schemaPaths) })),
  );
}
