// What an open-data export is: a registered operation run page by page, its query parameters (turned
// into the operation's variables), and its columns (each read from one node of the page).

/** One cell: null is an empty CSV cell and a JSON null. */
export type Cell = string | number | boolean | null;

/** Frictionless Table Schema field types used by the exports. */
export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'datetime';

export interface Column<Node> {
  name: string;
  type: FieldType;
  description: string;
  value(node: Node): Cell;
}

/**
 * A query parameter of a dataset. Its value is checked against the GraphQL type of `variable` in the
 * dataset's operation (an enum's values, a list: comma-separated or repeated), then handed to the
 * dataset's `variables`. `argument` is the argument path the API names in its errors (`field`).
 */
export interface Parameter {
  name: string;
  description: string;
  /** The operation's variable whose type checks the value (the parameter's name by default). */
  variable?: string;
  /** The GraphQL type the value must have, when it is not the type of a variable (an input field's). */
  type?: string;
  /** How the API names it in an error's `extensions.field`. */
  argument: string;
}

/** The parameters given, checked, by name: a string, or a list of strings for a list parameter. */
export type ParameterValues = Record<string, string | string[] | undefined>;

export interface Page<Node> {
  nodes: Node[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface Dataset<Node = any> {
  /** The name in the URL: `/exports/<name>.csv`. */
  name: string;
  title: string;
  description: string;
  /** The registered operation (gateway/operations/<file>) producing it; it takes `$first` and `$after`. */
  operation: { name: string; file: string };
  parameters: Parameter[];
  /** The operation's variables (without `first`/`after`) for checked parameters. */
  variables(values: ParameterValues): Record<string, unknown>;
  /** The page in the operation's answer. */
  page(data: any): Page<Node>;
  columns: Column<Node>[];
}

// Columns holding several values (an experience's territories...) join them in order with this.
export const LIST_SEPARATOR = ' | ';

/** The values of a list joined (null when none). */
export function joined(values: Array<string | null | undefined>): string | null {
  const present = values.filter((v): v is string => v !== null && v !== undefined);
  return present.length > 0 ? present.join(LIST_SEPARATOR) : null;
}

/** Drops undefined entries, so an absent parameter leaves its argument out. */
export function defined(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}

interface TerritoryLike {
  id: string;
  code: string;
  level: string;
  name: string;
}

/**
 * The four columns naming territories (`<prefix>_id`, `_code`, `_level`, `_name`): the API's id, the
 * official code, the level that makes the code unique, and the official name. For a list of territories
 * (`several`), each column joins them in the same order.
 */
export function territoryColumns<Node>(
  prefix: string,
  what: string,
  read: (node: Node) => TerritoryLike[] | TerritoryLike | null | undefined,
  several = false,
): Column<Node>[] {
  const list = (node: Node) => {
    const value = read(node);
    return value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
  };
  const note = several ? ` (several joined by "${LIST_SEPARATOR}", in the same order in every ${prefix}_ column)` : '';
  const column = (suffix: keyof TerritoryLike, text: string): Column<Node> => ({
    name: `${prefix}_${suffix}`,
    type: 'string',
    description: `${text} of ${what}${note}.`,
    value: (node) => joined(list(node).map((t) => t[suffix])),
  });
  return [
    column('id', 'Territory id (`<LEVEL>:<code>`, as in the API)'),
    column('code', 'Official code (INSEE code of a commune, département or région; SIREN of an EPCI)'),
    column('level', 'Level (REGION, DEPARTEMENT, EPCI, COMMUNE): a code is unique within its level'),
    column('name', 'Official name'),
  ];
}
