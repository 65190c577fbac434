// Generates typed documents (src/gql) from src/operations/*.graphql, checked against the supergraph's API
// schema (what clients of the gateway see: no federation directives, no inaccessible fields).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { printSchema } from 'graphql';
import { SUPERGRAPH_PATH } from '@fabrique/schema';
import { apiSchemaOf } from '@fabrique/schema/stability';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaPath = join(root, '.cache', 'api-schema.graphql');
mkdirSync(dirname(schemaPath), { recursive: true });
writeFileSync(schemaPath, printSchema(apiSchemaOf(readFileSync(SUPERGRAPH_PATH, 'utf8'))));

await generate(
  {
    cwd: root,
    schema: schemaPath,
    documents: ['src/operations/**/*.graphql'],
    ignoreNoDocuments: false,
    silent: true,
    generates: {
      'src/gql/': {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: {
          documentMode: 'string',
          enumsAsTypes: true,
          useTypeImports: true,
          scalars: { Date: 'string', DateTime: 'string', URL: 'string', ID: 'string' },
        },
      },
    },
  },
  true,
);
