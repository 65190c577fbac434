import {
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  Kind,
  parse,
  parseType,
  typeFromAST,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { Dataset, ParameterValues } from './dataset';

/** A query parameter the export refuses (HTTP 400, BAD_USER_INPUT naming it). */
export class BadParameter extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

/** Each parameter's GraphQL type: its own `type`, or that of the operation's variable it feeds. */
export function parameterTypes(dataset: Dataset, operationBody: string, schema: GraphQLSchema): Map<string, GraphQLInputType> {
  const operation = parse(operationBody).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const variables = new Map((operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, v.type]));
  return new Map(
    dataset.parameters.map((parameter) => {
      const node = parameter.type ? parseType(parameter.type) : variables.get(parameter.variable ?? parameter.name);
      const type = node && (typeFromAST(schema, node as Parameters<typeof typeFromAST>[1]) as GraphQLInputType | undefined);
      if (!type) throw new Error(`Export ${dataset.name}: no GraphQL type for its parameter ${parameter.name}.`);
      return [parameter.name, type];
    }),
  );
}

/** The enum values a parameter takes, when its type is an enum (or a list of one). */
export function allowedValues(type: GraphQLInputType): string[] | undefined {
  const named = getNamedType(type);
  return isEnumType(named) ? named.getValues().map((v) => v.name) : undefined;
}

export const takesList = (type: GraphQLInputType) => isListType(getNullableType(type));

/**
 * The dataset's parameters read from a query string: an unknown parameter, an empty value, several
 * values for a single-valued one, or a value outside its enum is a BadParameter. A list takes
 * comma-separated values (`statuses=SIGNED,ACTIVE`) or the parameter repeated.
 */
export function readParameters(dataset: Dataset, search: URLSearchParams, types: Map<string, GraphQLInputType>): ParameterValues {
  for (const name of new Set(search.keys())) {
    if (!types.has(name)) {
      const known = dataset.parameters.map((p) => p.name).join(', ');
      throw new BadParameter(name, `Unknown parameter "${name}": the ${dataset.name} export takes ${known || 'no parameter'}.`);
    }
  }
  const values: ParameterValues = {};
  for (const parameter of dataset.parameters) {
    const given = search.getAll(parameter.name);
    if (given.length === 0) continue;
    const type = types.get(parameter.name)!;
    const list = takesList(type);
    if (!list && given.length > 1) throw new BadParameter(parameter.name, `"${parameter.name}" takes one value.`);
    const items = (list ? given.flatMap((v) => v.split(',')) : given).map((v) => v.trim());
    if (items.some((v) => v === '')) throw new BadParameter(parameter.name, `"${parameter.name}" has an empty value.`);
    const allowed = allowedValues(type);
    const wrong = allowed ? items.find((v) => !allowed.includes(v)) : undefined;
    if (wrong !== undefined) throw new BadParameter(parameter.name, `"${wrong}" is not a value of "${parameter.name}": one of ${allowed!.join(', ')}.`);
    values[parameter.name] = list ? items : items[0];
  }
  return values;
}

/** The parameter an API error names (`extensions.field`, e.g. `filter.territory`), if any. */
export function parameterOf(dataset: Dataset, field: unknown): string | undefined {
  if (typeof field !== 'string') return undefined;
  return dataset.parameters.find((p) => field === p.argument || field.startsWith(`${p.argument}.`))?.name;
}
