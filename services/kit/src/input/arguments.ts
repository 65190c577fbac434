import {
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { CHECKED_SCALARS, InvalidScalarValue } from '../scalars';
import { CURSOR_TEXT, checkText, LINE_TEXT, type TextRule } from './text';

/**
 * Text rules by schema coordinate: `Type.field(argument:)` for an argument, `InputType.field` for an
 * input field. Anything not named gets LINE_TEXT (an `after` argument CURSOR_TEXT).
 */
export type TextRules = Readonly<Record<string, TextRule>>;

const TEXT_SCALARS = new Set(['String', 'ID']);

/** Whether a type holds a String, ID or one of the kit's scalars somewhere (lists and input objects included). */
function holdsText(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (TEXT_SCALARS.has(named.name) || CHECKED_SCALARS.has(named.name)) return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => holdsText(field.type, seen));
}

function checkValue(value: unknown, type: GraphQLInputType, path: string, rule: TextRule, rules: TextRules): unknown {
  if (value === null || value === undefined) return value;
  // A Date, DateTime, URL or email address that is not in its form (see scalars.ts).
  if (value instanceof InvalidScalarValue) throw value.error(path);
  if (isNonNullType(type)) return checkValue(value, type.ofType, path, rule, rules);
  if (isListType(type)) {
    return (value as unknown[]).map((item, i) => checkValue(item, type.ofType as GraphQLInputType, `${path}.${i}`, rule, rules));
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    const checked: Record<string, unknown> = {};
    for (const [name, field] of Object.entries(value as Record<string, unknown>)) {
      const def = fields[name];
      checked[name] = def ? checkValue(field, def.type, `${path}.${name}`, rules[`${type.name}.${name}`] ?? LINE_TEXT, rules) : field;
    }
    return checked;
  }
  if (TEXT_SCALARS.has(type.name) && typeof value === 'string') return checkText(value, path, rule);
  return value;
}

function argumentRule(coordinate: string, arg: GraphQLArgument, rules: TextRules): TextRule {
  return rules[`${coordinate}(${arg.name}:)`] ?? (arg.name === 'after' ? CURSOR_TEXT : LINE_TEXT);
}

/** Every coordinate a rule may name in this schema. */
function coordinates(schema: GraphQLSchema): Set<string> {
  const known = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) for (const arg of field.args) known.add(`${type.name}.${field.name}(${arg.name}:)`);
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) known.add(`${type.name}.${field.name}`);
    }
  }
  return known;
}

/**
 * Bounds and cleans every text argument of a subgraph before its resolver runs (so before any database
 * call): each field taking a String or ID, directly or inside an input object, gets a resolver that checks
 * every such value against its rule (length first, then characters, see `checkText`) and hands on the
 * values in NFC. A Date, DateTime, URL or EmailAddress not in its form is refused there too, by its path. A rule naming a coordinate the schema does not have is a start-up error.
 */
export function guardTextArguments(schema: GraphQLSchema, rules: TextRules): void {
  const known = coordinates(schema);
  const unknown = Object.keys(rules).filter((coordinate) => !known.has(coordinate));
  if (unknown.length > 0) throw new Error(`Text rules for coordinates the schema does not have: ${unknown.join(', ')}`);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const guarded = field.args.filter((arg) => holdsText(arg.type));
      if (guarded.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const coordinate = `${type.name}.${field.name}`;
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        const checked = { ...args };
        for (const arg of guarded) checked[arg.name] = checkValue(args[arg.name], arg.type, arg.name, argumentRule(coordinate, arg, rules), rules);
        return resolve(source, checked, context, info);
      };
    }
  }
}

/** The same rules for the fields of several input types (a create input and its update twin). */
export function inputFieldRules(types: readonly string[], fields: Readonly<Record<string, TextRule>>): TextRules {
  return Object.fromEntries(types.flatMap((type) => Object.entries(fields).map(([field, rule]) => [`${type}.${field}`, rule])));
}

/** The same rule for one argument of several fields, e.g. the `note` of every workflow mutation. */
export function argumentRules(fields: readonly string[], argument: string, rule: TextRule): TextRules {
  return Object.fromEntries(fields.map((field) => [`${field}(${argument}:)`, rule]));
}
