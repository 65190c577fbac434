import type { GraphQLFormattedError } from 'graphql';
import { Kind, parse, print, stripIgnoredCharacters, visit, type DocumentNode, type FieldNode, type OperationDefinitionNode } from 'graphql';

/**
 * Several queries of one client request to one subgraph, sent as one: the query plan asks a subgraph for
 * two lists of entities side by side (a search's publishers and territories), and each call would cost
 * the subgraph a request of its own (HTTP, Apollo Server's pipeline, a loader set, database round trips
 * that one set would share). Each query's root fields get an alias and its variables a name, both
 * prefixed with its place in the batch; the answer is split back by those prefixes.
 */

/** One query of the batch, as the plan gave it. */
export interface BatchPart {
  query: string;
  variables?: Record<string, unknown>;
}

/** How a batch is sent and split: the merged text, and each part's prefix and root fields (response names). */
export interface BatchPlan {
  query: string;
  operationName: string | undefined;
  parts: Array<{ prefix: string; fields: string[] }>;
}

export interface BatchAnswer {
  data?: Record<string, unknown> | null;
  errors?: ReadonlyArray<GraphQLFormattedError>;
  extensions?: Record<string, unknown>;
}

const prefixOf = (index: number) => `_b${index}_`;

/** The query alone in a document, or null where a batch would change its meaning or is not worth the risk. */
function batchableQuery(document: DocumentNode): OperationDefinitionNode | null {
  const [operation, ...others] = document.definitions;
  if (!operation || others.length) return null; // fragment definitions: their names would have to be shared
  if (operation.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'query') return null; // a mutation's fields run in order
  if (operation.directives?.length) return null;
  return operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD) ? operation : null;
}

const rootFields = (operation: OperationDefinitionNode) => operation.selectionSet.selections as readonly FieldNode[];
const responseName = (field: FieldNode) => field.alias?.value ?? field.name.value;

/** The query with its variables renamed and its root fields aliased under `prefix`. */
function prefixed(operation: OperationDefinitionNode, prefix: string): OperationDefinitionNode {
  const renamed = visit(operation, {
    Variable: (node) => ({ ...node, name: { ...node.name, value: prefix + node.name.value } }),
  });
  const selections = rootFields(renamed).map((field) => ({ ...field, alias: { kind: Kind.NAME, value: prefix + responseName(field) } as const }));
  return { ...renamed, selectionSet: { ...renamed.selectionSet, selections } };
}

/** The plan merging these queries, or null when one of them cannot be batched (each then goes alone). */
export function planBatch(queries: string[]): BatchPlan | null {
  const operations: OperationDefinitionNode[] = [];
  for (const query of queries) {
    const operation = batchableQuery(parse(query, { noLocation: true }));
    if (!operation) return null;
    operations.push(operation);
  }
  const [first] = operations;
  if (!first) return null;
  const parts = operations.map((operation, index) => prefixed(operation, prefixOf(index)));
  const merged: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: first.operation,
    name: first.name,
    variableDefinitions: parts.flatMap((part) => part.variableDefinitions ?? []),
    selectionSet: { kind: Kind.SELECTION_SET, selections: parts.flatMap((part) => part.selectionSet.selections) },
  };
  return {
    query: stripIgnoredCharacters(print({ kind: Kind.DOCUMENT, definitions: [merged] })),
    operationName: first.name?.value,
    parts: operations.map((operation, index) => ({ prefix: prefixOf(index), fields: rootFields(operation).map(responseName) })),
  };
}

/** The variables of the merged query: each part's, renamed with its prefix (parts in the plan's order). */
export function batchVariables(plan: BatchPlan, parts: BatchPart[]): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  plan.parts.forEach(({ prefix }, index) => {
    for (const [name, value] of Object.entries(parts[index]?.variables ?? {})) variables[prefix + name] = value;
  });
  return variables;
}

/**
 * Each part's answer: its root fields under their own names, and the errors whose path starts at one of
 * them, that path given back its own name. An error without a path belongs to the whole batch: every part
 * gets it when the batch answered no data (each failed), the first alone otherwise (it is reported once).
 * The extensions go with the first part (they are about the call, not about a part).
 */
export function splitBatchAnswer(plan: BatchPlan, answer: BatchAnswer): BatchAnswer[] {
  // Anything but an object of fields (a subgraph answering `"data": 5`) is no data: each part fails alone.
  const data = answer.data && typeof answer.data === 'object' && !Array.isArray(answer.data) ? answer.data : null;
  const errors: GraphQLFormattedError[][] = plan.parts.map(() =>
    answer.data != null && !data ? [{ message: 'A service of the platform answered data that is not an object.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] : [],
  );
  for (const error of Array.isArray(answer.errors) ? answer.errors : []) {
    const [head, ...rest] = error.path ?? [];
    const index = typeof head === 'string' ? plan.parts.findIndex((part) => head.startsWith(part.prefix) && part.fields.includes(head.slice(part.prefix.length))) : -1;
    if (index >= 0 && typeof head === 'string') errors[index]?.push({ ...error, path: [head.slice(prefixOf(index).length), ...rest] });
    else if (!data) errors.forEach((list) => list.push(error));
    else errors[0]?.push(error);
  }
  return plan.parts.map((part, index) => {
    const partData = data ? Object.fromEntries(part.fields.filter((field) => part.prefix + field in data).map((field) => [field, data[part.prefix + field]])) : answer.data === undefined ? undefined : null;
    const partErrors = errors[index] ?? [];
    return {
      data: partData,
      ...(partErrors.length ? { errors: partErrors } : {}),
      ...(index === 0 && answer.extensions ? { extensions: answer.extensions } : {}),
    };
  });
}
