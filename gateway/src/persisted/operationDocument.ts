import { Kind, parse, print, visit, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';

/**
 * One operation as a document of its own: the operation, then the fragments it uses (transitively),
 * by name, printed. A file may hold several operations (GraphiQL runs the chosen one); the safelist
 * and the manifest compare operations in this form, so spacing, comments and neighbours do not matter.
 */
export function operationDocument(document: DocumentNode, operation: OperationDefinitionNode): string {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.has(fragment.name.value)) {
          used.set(fragment.name.value, fragment);
          collect(fragment);
        }
      },
    });
  collect(operation);
  const sorted = [...used.values()].sort((a, b) => a.name.value.localeCompare(b.name.value));
  return print({ kind: Kind.DOCUMENT, definitions: [operation, ...sorted] });
}

/** Every named operation of a source, each as its own document. */
export function operationsOf(source: string): Array<{ name: string; type: OperationDefinitionNode['operation']; body: string }> {
  const document = parse(source);
  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => {
      if (!operation.name) throw new Error('Registered operations must be named.');
      return { name: operation.name.value, type: operation.operation, body: operationDocument(document, operation) };
    });
}
