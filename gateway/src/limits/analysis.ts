import {
  getNamedType,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The shape of an operation, measured before it runs:
 * - depth: deepest nesting of fields (introspection excluded);
 * - cost: the fields asked for, each counted once per item the pages around it can hold: a field
 *   with a `first` argument multiplies everything below it by its page size (given, its default in the
 *   schema, or `defaultPageSize`), so `territories(first: 100) { edges { node { children(first: 100)
 *   { edges { node { name } } } } } }` costs about 100 × 100 × 3;
 * - aliases: aliased fields;
 * - pageSizes: the `first` values given outside [0, maxPageSize] (a default from the schema is the
 *   schema's business).
 * Fragments are measured once each, so a document cannot make the measure itself expensive.
 * (Introspection is left out: graphql-js's own MaxIntrospectionDepthRule bounds its nesting.)
 */
interface OperationShape {
  depth: number;
  cost: number;
  aliases: number;
  pageSizes: Array<{ field: string; first: number }>;
}

type Summary = OperationShape;

export interface PageSizes {
  default: number;
  max: number;
}

export function analyseOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  pages: PageSizes,
): OperationShape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const variableDefaults = new Map<string, unknown>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue?.kind === Kind.INT) variableDefaults.set(definition.variable.name.value, Number(definition.defaultValue.value));
  }
  const memo = new Map<string, Summary>();

  /** The page size a field asks for (and whether the caller gave it), or null without a `first` argument. */
  function pageSize(node: FieldNode, field: GraphQLField<unknown, unknown>): { first: number; given: boolean } | null {
    const argument = field.args.find((a) => a.name === 'first');
    if (!argument) return null;
    const given = node.arguments?.find((a) => a.name.value === 'first')?.value;
    let value: unknown;
    if (given?.kind === Kind.INT) value = Number(given.value);
    else if (given?.kind === Kind.VARIABLE) value = variables[given.name.value] ?? variableDefaults.get(given.name.value);
    if (typeof value === 'number' && Number.isInteger(value)) return { first: value, given: true };
    const fallback = argument.defaultValue;
    return { first: typeof fallback === 'number' ? fallback : pages.default, given: false };
  }

  function fieldOf(parent: GraphQLNamedType | null | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
    if (name === '__schema') return SchemaMetaFieldDef;
    if (name === '__type') return TypeMetaFieldDef;
    return parent && 'getFields' in parent ? (parent.getFields()[name] as GraphQLField<unknown, unknown> | undefined) : undefined;
  }

  function summarise(selectionSet: SelectionSetNode, parent: GraphQLNamedType | null | undefined, introspective: boolean): Summary {
    const total: Summary = { depth: 0, cost: 0, aliases: 0, pageSizes: [] };
    const add = (part: Summary, depth: number, cost: number) => {
      total.depth = Math.max(total.depth, depth);
      total.cost += cost;
      total.aliases += part.aliases;
      for (const page of part.pageSizes) {
        if (!total.pageSizes.some((p) => p.field === page.field && p.first === page.first)) total.pageSizes.push(page);
      }
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const alias = selection.alias ? 1 : 0;
        const field = fieldOf(parent, name);
        const inIntrospection = introspective || name.startsWith('__');
        const child = selection.selectionSet
          ? summarise(selection.selectionSet, field ? getNamedType(field.type) : null, inIntrospection)
          : { depth: 0, cost: 0, aliases: 0, pageSizes: [] };
        const part = { ...child, aliases: child.aliases + alias };
        if (inIntrospection) {
          add(part, child.depth, 0);
          continue;
        }
        const page = field ? pageSize(selection, field) : null;
        if (page?.given && (page.first < 0 || page.first > pages.max)) part.pageSizes = [...part.pageSizes, { field: name, first: page.first }];
        const multiplier = page === null ? 1 : Math.max(0, page.first);
        add(part, 1 + child.depth, 1 + multiplier * child.cost);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        const part = summarise(selection.selectionSet, type, introspective);
        add(part, part.depth, part.cost);
      } else {
        const name = selection.name.value;
        const key = `${name}:${introspective}`;
        let part = memo.get(key);
        const fragment = fragments.get(name);
        if (!part && fragment) {
          memo.set(key, { depth: 0, cost: 0, aliases: 0, pageSizes: [] }); // cycles are invalid anyway
          part = summarise(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), introspective);
          memo.set(key, part);
        }
        if (part) add(part, part.depth, part.cost);
      }
    }
    return total;
  }

  const root = schema.getRootType(operation.operation);
  return summarise(operation.selectionSet, root, false);
}
