// The API's scalars for dates, instants, URLs and email addresses: declared once in `scalars.graphql`
// (each subgraph lists that file after its own SDL, so all three declare them identically, as composition
// requires) and implemented once here, on the maintained `graphql-scalars` library, for every subgraph
// (createSubgraphServer adds them to its resolver map).
//
// Input: a malformed value does not fail GraphQL validation with the library's raw message. Parsing
// yields an InvalidScalarValue instead, and the kit's argument guard (input/arguments.ts), which knows
// the argument's path, refuses it as BAD_USER_INPUT with `extensions.field` and the expected form before
// any resolver runs (so nothing is written). Valid input reaches resolvers as a string in the stored
// form: a Date as written, a DateTime in UTC (`toISOString()`), a URL or an email address as written.
// Output: Date `YYYY-MM-DD`, DateTime ISO 8601 in UTC with milliseconds, URL and email as stored (the
// library would rewrite a URL, e.g. add a trailing `/`; clients keep the values they had).
import { readFileSync } from 'node:fs';
import { isScalarType, Kind, parse as parseSdl, type GraphQLScalarType, type GraphQLScalarTypeConfig, type GraphQLSchema, type ValueNode } from 'graphql';
import { GraphQLDate, GraphQLDateTime, GraphQLEmailAddress, GraphQLURL } from 'graphql-scalars';
import { join } from 'node:path';
import { BadUserInputError } from './errors';

/** The SDL declaring the scalars: each subgraph's `sdl.ts` lists it after its own files. */
export const SCALARS_SDL_PATH = join(__dirname, 'scalars.graphql');

interface Form {
  library: GraphQLScalarType;
  /** How the expected form is said in an error message. */
  expected: string;
  maxLength: number;
  /** The value handed to resolvers, from the text and what the library parsed it to. */
  normalize: (text: string, parsed: unknown) => string;
  serialize?: (value: unknown) => unknown;
}

const asWritten = (text: string) => text;

const FORMS: Record<string, Form> = {
  Date: { library: GraphQLDate, expected: 'a date written YYYY-MM-DD, such as 2026-05-12', maxLength: 10, normalize: asWritten },
  DateTime: {
    library: GraphQLDateTime,
    expected: 'a date-time in ISO 8601 with an offset, such as 2026-05-12T09:30:00Z',
    maxLength: 40,
    normalize: (_text, parsed) => (parsed as Date).toISOString(),
    // The library serializes to a Date object (JSON would print it in UTC): write the string ourselves.
    serialize: (value) => {
      const serialized = GraphQLDateTime.serialize(value);
      return serialized instanceof Date ? serialized.toISOString() : serialized;
    },
  },
  URL: {
    library: GraphQLURL,
    expected: 'an absolute URL, such as https://example.org/page',
    maxLength: 2000,
    // The URL parser drops tabs and newlines silently: refuse them (and any space or control character).
    normalize: (text) => {
      if (/[\s\p{Cc}]/u.test(text)) throw new TypeError('not a URL');
      return text;
    },
    serialize: (value) => (value instanceof URL ? value.href : typeof value === 'string' ? value : GraphQLURL.serialize(value)),
  },
  EmailAddress: { library: GraphQLEmailAddress, expected: 'an email address, such as name@example.org', maxLength: 254, normalize: asWritten },
};

/** A scalar input that is not in its form: refused by the argument guard, which names the field. */
export class InvalidScalarValue {
  constructor(
    readonly scalar: string,
    readonly value: unknown,
  ) {}

  error(field: string): BadUserInputError {
    const form = FORMS[this.scalar]!;
    const shown = typeof this.value === 'string' ? `"${this.value.length > 60 ? `${this.value.slice(0, 60)}…` : this.value}"` : typeof this.value;
    return new BadUserInputError(field, `${field} must be ${form.expected}; got ${shown}.`, { expected: this.scalar });
  }
}

function parse(name: string, form: Form, value: unknown): string | InvalidScalarValue {
  if (typeof value !== 'string' || value.length > form.maxLength) return new InvalidScalarValue(name, value);
  try {
    return form.normalize(value, form.library.parseValue(value));
  } catch {
    return new InvalidScalarValue(name, value);
  }
}

function literalValue(ast: ValueNode): unknown {
  return ast.kind === Kind.STRING ? ast.value : ast.kind === Kind.NULL ? null : ast.kind;
}

/**
 * A scalar's functions, not a GraphQLScalarType: the subgraph copies each property onto the type built
 * from the SDL, whose description and `@specifiedBy` URL must stay the SDL's.
 */
function scalarFunctions(name: string, form: Form): Pick<GraphQLScalarTypeConfig<unknown, unknown>, 'serialize' | 'parseValue' | 'parseLiteral'> {
  const { library } = form;
  return {
    serialize: form.serialize ?? ((value) => library.serialize(value)),
    parseValue: (value) => parse(name, form, value),
    parseLiteral: (ast) => parse(name, form, literalValue(ast)),
  };
}

/** The scalars' resolvers, by name: what a subgraph's resolver map holds for them. */
export const scalarResolvers: Readonly<Record<string, object>> = Object.fromEntries(
  Object.entries(FORMS).map(([name, form]) => [name, scalarFunctions(name, form)]),
);

/** The scalar names the argument guard checks. */
export const CHECKED_SCALARS: ReadonlySet<string> = new Set(Object.keys(FORMS));

/**
 * Composition leaves `@specifiedBy` out of the supergraph, so the gateway's schema would not say which
 * specification each scalar follows: the gateway puts back the URLs that `scalars.graphql` declares.
 */
export function applyScalarSpecifications(schema: GraphQLSchema): void {
  for (const definition of parseSdl(readFileSync(SCALARS_SDL_PATH, 'utf8')).definitions) {
    if (definition.kind !== Kind.SCALAR_TYPE_DEFINITION) continue;
    const url = definition.directives?.find((d) => d.name.value === 'specifiedBy')?.arguments?.find((a) => a.name.value === 'url')?.value;
    const type = schema.getType(definition.name.value);
    if (type && isScalarType(type) && url?.kind === Kind.STRING) type.specifiedByURL = url.value;
  }
}
