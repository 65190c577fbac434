import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError, Kind, parse, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

type Path = Array<string | number>;

/**
 * Errors given for one failed call at most (a page of entities): a call for thousands of entities must not
 * answer megabytes of identical errors; the fields past these are null all the same.
 */
export const MAX_ERRORS_PER_CALL = 100;

/** The fields a selection set asks for, through its fragments, by response name (`__typename` aside: no service computes it). */
function fieldsOf(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, fields = new Map<string, FieldNode>()): Map<string, FieldNode> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.alias?.value ?? selection.name.value;
      if (name !== '__typename') fields.set(name, selection);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      fieldsOf(selection.selectionSet, fragments, fields);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment) fieldsOf(fragment.selectionSet, fragments, fields);
    }
  }
  return fields;
}

/** The representations an `_entities` field is given, through its variable (`$representations`, or another name in a batch). */
function representationsOf(field: FieldNode, variables: Record<string, unknown> | undefined): unknown[] {
  const argument = field.arguments?.find((a) => a.name.value === 'representations');
  const value = argument?.value.kind === Kind.VARIABLE ? variables?.[argument.value.name.value] : undefined;
  return Array.isArray(value) ? value : [];
}

/**
 * Where the answer of a subgraph call would have gone, as paths in that call's own response: each root
 * field, or each field of each entity asked for (`_entities.<i>.<field>`, which the gateway maps back to
 * the client's paths); at most MAX_ERRORS_PER_CALL.
 */
export function pathsOfCall(document: DocumentNode, variables: Record<string, unknown> | undefined): Path[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return [];
  const paths: Path[] = [];
  for (const [name, field] of fieldsOf(operation.selectionSet, fragments)) {
    if (field.name.value !== '_entities' || !field.selectionSet) {
      paths.push([name]);
      continue;
    }
    const representations = representationsOf(field, variables);
    const entityFields = [...fieldsOf(field.selectionSet, fragments).keys()];
    for (let index = 0; index < representations.length && paths.length < MAX_ERRORS_PER_CALL; index += 1) {
      for (const entityField of entityFields) paths.push([name, index, entityField]);
    }
  }
  return paths.slice(0, MAX_ERRORS_PER_CALL);
}

/**
 * A subgraph call that failed as a whole (timeout, unreachable, not GraphQL), answered as that subgraph
 * would have reported a failure of every field it was asked for: the gateway then gives each error the
 * client's path and the service's name, and leaves what the other subgraphs answered in place.
 */
export function failedCallErrors(error: unknown, query: { document?: DocumentNode; text?: string; variables?: Record<string, unknown> }): GraphQLFormattedError[] {
  const failure = error instanceof GraphQLError ? error : new GraphQLError('A service of the platform failed.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  const extensions = { code: 'INTERNAL_SERVER_ERROR', ...failure.extensions };
  let document = query.document;
  try {
    document ??= query.text ? parse(query.text) : undefined;
  } catch {
    document = undefined;
  }
  const paths = document ? pathsOfCall(document, query.variables) : [];
  if (paths.length === 0) return [{ message: failure.message, extensions }];
  return paths.map((path) => ({ message: failure.message, path, extensions }));
}
