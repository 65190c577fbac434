// One source for the operations: the files of gateway/operations/ (registered ones at the top, the
// benchmark's in bench/) are what the playground, the safelist and the benchmark send, and the README's
// GraphQL examples are held to the same schema.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, validate, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { operationDocument, operationsOf } from '../src/persisted/operationDocument';
import { operationFiles, readOperation, readOperations } from '../src/playground/examples';
import { loadApiSchema } from './apiSchema';

const README_PATH = join(__dirname, '..', '..', 'README.md');

/** The ```graphql blocks of a Markdown text, with the line each starts on. */
function graphqlBlocks(markdown: string): Array<{ line: number; text: string }> {
  const blocks: Array<{ line: number; text: string }> = [];
  for (const match of markdown.matchAll(/^```graphql\n([\s\S]*?)^```/gm)) {
    blocks.push({ line: markdown.slice(0, match.index).split('\n').length, text: match[1]! });
  }
  return blocks;
}

function problems(schema: GraphQLSchema, source: string): string[] {
  try {
    return validate(schema, parse(source)).map((e) => e.message);
  } catch (error) {
    return [(error as Error).message];
  }
}

describe('the operation files and the README examples', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await loadApiSchema();
  });

  it('every operation file validates against the supergraph, every operation named', () => {
    const files = operationFiles();
    expect(files).toEqual(expect.arrayContaining(['ExploreTerritory.graphql', 'bench/DashboardStatistics.graphql']));
    for (const file of files) {
      expect({ file, errors: problems(schema, readOperation(file)) }).toEqual({ file, errors: [] });
      const operations = parse(readOperation(file)).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      expect({ file, unnamed: operations.filter((o) => !o.name).length }).toEqual({ file, unnamed: 0 });
    }
  });

  it('names each operation once across the files (no second version of an operation)', () => {
    const byName = new Map<string, string[]>();
    for (const file of operationFiles()) for (const { name } of operationsOf(readOperation(file))) byName.set(name, [...(byName.get(name) ?? []), file]);
    expect([...byName].filter(([, files]) => files.length > 1)).toEqual([]);
  });

  it('every ```graphql block of the README validates against the supergraph; a named one is the operation file of that name', () => {
    const blocks = graphqlBlocks(readFileSync(README_PATH, 'utf8'));
    expect(blocks.length).toBeGreaterThan(0);
    const files = new Map(operationFiles().flatMap((file) => Object.entries(readOperations(file)).map(([name, body]) => [name, { file, body }] as const)));
    for (const block of blocks) {
      const where = `README.md line ${block.line}`;
      expect({ where, errors: problems(schema, block.text) }).toEqual({ where, errors: [] });
      const document = parse(block.text);
      for (const operation of document.definitions) {
        if (operation.kind !== Kind.OPERATION_DEFINITION || !operation.name) continue;
        const name = operation.name.value;
        const registered = files.get(name);
        const sameAsFile = registered ? registered.body === operationDocument(document, operation) : 'no operation file of that name';
        expect({ where, name, sameAsFile }).toEqual({ where, name, sameAsFile: true });
      }
    }
  });

  it('finds the blocks of a Markdown text and where they start', () => {
    const markdown = 'Intro\n\n```graphql\n{ a }\n```\n\n```sh\nls\n```\n```graphql\nquery B { b }\n```\n';
    expect(graphqlBlocks(markdown)).toEqual([
      { line: 3, text: '{ a }\n' },
      { line: 10, text: 'query B { b }\n' },
    ]);
  });
});
