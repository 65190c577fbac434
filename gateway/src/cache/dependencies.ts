// What a cached read depends on and what a mutation touches, as tags `<subgraph>:<Type>`, read from the
// operation and the supergraph (its @join__type/@join__field say which subgraph resolves each field).
// The rule (README, "Public read cache…"):
// - a read depends on (S, T) for every field it selects that subgraph S resolves, T being the field's
//   parent type and its return type; a page of T (`TConnection`, `TEdge`) counts as T; `PageInfo`, key
//   fields (`id`) and `__typename` count for nothing (they never change);
// - a mutation field resolved by S touches (S, T) for every type T its answer is made of (what it selects,
//   an interface or union counting as each of its types), every type of S with a field returning one of
//   those (a membership changes its alliance's `members`), and every type of S without an id (statistics,
//   counts, parts of a record: derived from records we cannot name), or everything of S when it answers a
//   scalar. A subgraph writes its own database only, so nothing another subgraph serves can change.
import {
  buildASTSchema,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/** Every subgraph's records: what a tag `<subgraph>:*` stands for. */
export const ALL = '*';

export interface CacheDependencies {
  /** Tags of a query's answer, or null when they cannot be told (the answer is then not kept). */
  readTags(document: DocumentNode, operationName?: string | null): string[] | null;
  /** Tags a mutation may have changed (`<subgraph>:*` for all of a subgraph; `*` for everything). */
  touchedTags(document: DocumentNode, operationName?: string | null): string[];
}

const graphName = (value: ValueNode | undefined) => (value?.kind === Kind.ENUM ? value.value.toLowerCase() : undefined);

function argument(directive: { arguments?: readonly { name: { value: string }; value: ValueNode }[] }, name: string): ValueNode | undefined {
  return directive.arguments?.find((a) => a.name.value === name)?.value;
}

export function cacheDependencies(supergraphSdl: string): CacheDependencies {
  const schema: GraphQLSchema = buildASTSchema(parse(supergraphSdl), { assumeValidSDL: true });
  const typeGraphs = new Map<string, string[]>();
  const keyFields = new Map<string, Set<string>>();
  for (const type of Object.values(schema.getTypeMap())) {
    const joins = (type.astNode?.directives ?? []).filter((d) => d.name.value === 'join__type');
    typeGraphs.set(type.name, joins.map((d) => graphName(argument(d, 'graph'))).filter((g): g is string => !!g));
    const keys = new Set<string>();
    for (const join of joins) {
      const key = argument(join, 'key');
      if (key?.kind === Kind.STRING) for (const field of key.value.split(/\s+/)) if (/^\w+$/.test(field)) keys.add(field);
    }
    keyFields.set(type.name, keys);
  }

  /** The subgraphs resolving a field: its @join__field graphs (external ones aside), else its type's. */
  function graphsOf(parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>): string[] {
    const joins = (field.astNode?.directives ?? []).filter((d) => d.name.value === 'join__field');
    const external = (d: (typeof joins)[number]) => {
      const value = argument(d, 'external');
      return value?.kind === Kind.BOOLEAN && value.value;
    };
    const own = joins
      .filter((d) => !external(d))
      .map((d) => graphName(argument(d, 'graph')))
      .filter((g): g is string => !!g);
    return own.length > 0 || joins.length > 0 ? own : (typeGraphs.get(parent.name) ?? []);
  }

  /** The record types a type stands for: its possible types, and a page's (or edge's) nodes. */
  function recordTypes(type: GraphQLNamedType): string[] {
    if (type.name === 'PageInfo') return [];
    if (isAbstractType(type)) return schema.getPossibleTypes(type).flatMap(recordTypes);
    if (!isObjectType(type)) return [];
    const fields = type.getFields();
    const edge = fields.edges ? getNamedType(fields.edges.type) : undefined;
    const node = edge && isObjectType(edge) ? edge.getFields().node : fields.node && fields.cursor ? fields.node : undefined;
    return node ? recordTypes(getNamedType(node.type)) : [type.name];
  }

  /** Fields selected by an operation, with their parent type (fragments followed, introspection left out). */
  function forEachField(
    document: DocumentNode,
    operationName: string | null | undefined,
    visit: (parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>) => void,
  ): OperationDefinitionNode | undefined {
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
    if (!operation) return undefined;
    const fragments = new Map(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
    );
    const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
    const seen = new Set<string>();
    const walk = (parent: GraphQLCompositeType, selections: SelectionSetNode) => {
      for (const selection of selections.selections) {
        if (selection.kind === Kind.FIELD) {
          // __typename, introspection, and (on a union) nothing else can be selected.
          if (selection.name.value.startsWith('__') || !('getFields' in parent)) continue;
          const field = parent.getFields()[selection.name.value];
          if (!field) continue;
          visit(parent, field);
          const type = getNamedType(field.type);
          if (selection.selectionSet && isCompositeType(type)) walk(type, selection.selectionSet);
        } else {
          const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
          if (!fragment) continue;
          // A fragment spread twice on one type adds nothing new; this also stops fragment cycles.
          const mark = `${parent.name}|${selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : ''}`;
          if (selection.kind === Kind.FRAGMENT_SPREAD && seen.has(mark)) continue;
          seen.add(mark);
          const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : parent;
          if (condition && isCompositeType(condition)) walk(condition, fragment.selectionSet);
        }
      }
    };
    if (root) walk(root, operation.selectionSet);
    return operation;
  }

  // Per type of each subgraph: the types whose fields (resolved there) return it, for "a membership
  // changes its alliance's members"; and the subgraph's types without an id (derived values).
  const referrers = new Map<string, Set<string>>();
  const idless = new Map<string, Set<string>>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(isObjectType(type) || isInterfaceType(type)) || type.name.startsWith('__') || type === schema.getQueryType() || type === schema.getMutationType()) continue;
    const holders = recordTypes(type);
    for (const field of Object.values(type.getFields())) {
      for (const graph of graphsOf(type, field)) {
        for (const returned of recordTypes(getNamedType(field.type))) {
          const set = referrers.get(`${graph}:${returned}`) ?? new Set<string>();
          for (const holder of holders) set.add(`${graph}:${holder}`);
          referrers.set(`${graph}:${returned}`, set);
        }
      }
    }
    if (isObjectType(type) && !type.getFields().id && holders.length === 1 && holders[0] === type.name) {
      for (const graph of typeGraphs.get(type.name) ?? []) (idless.get(graph) ?? idless.set(graph, new Set()).get(graph)!).add(`${graph}:${type.name}`);
    }
  }

  const memo = new WeakMap<DocumentNode, Map<string, string[] | null>>();
  const memoised = (document: DocumentNode, key: string, compute: () => string[] | null) => {
    const byName = memo.get(document) ?? memo.set(document, new Map()).get(document)!;
    if (!byName.has(key)) byName.set(key, compute());
    return byName.get(key)!;
  };

  return {
    readTags(document, operationName) {
      return memoised(document, `read ${operationName ?? ''}`, () => {
        const tags = new Set<string>();
        const operation = forEachField(document, operationName, (parent, field) => {
          const graphs = graphsOf(parent, field);
          const keys = keyFields.get(parent.name);
          const types = [
            ...(parent === schema.getQueryType() || keys?.has(field.name) ? [] : recordTypes(parent)),
            ...recordTypes(getNamedType(field.type)),
          ];
          for (const graph of graphs) for (const type of types) tags.add(`${graph}:${type}`);
        });
        return operation ? [...tags] : null;
      });
    },
    touchedTags(document, operationName) {
      return (
        memoised(document, `write ${operationName ?? ''}`, () => {
          const roots = new Set<string>();
          const types = new Set<string>();
          const operation = forEachField(document, operationName, (parent, field) => {
            const returned = getNamedType(field.type);
            if (parent !== schema.getMutationType()) {
              for (const type of recordTypes(returned)) types.add(type);
              return;
            }
            for (const graph of graphsOf(parent, field)) {
              roots.add(graph);
              if (!isCompositeType(returned)) types.add(ALL);
            }
            for (const type of recordTypes(returned)) types.add(type);
          });
          if (!operation || roots.size === 0) return [ALL];
          // Only what the subgraphs running the mutation serve: they alone wrote.
          const tags = new Set<string>();
          for (const graph of roots) {
            for (const type of types) {
              tags.add(`${graph}:${type}`);
              for (const referrer of referrers.get(`${graph}:${type}`) ?? []) tags.add(referrer);
            }
            for (const tag of idless.get(graph) ?? []) tags.add(tag);
          }
          return [...tags];
        }) ?? [ALL]
      );
    },
  };
}
