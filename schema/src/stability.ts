// The stability check: the API schema of the current supergraph against the one of the last release
// (schema/releases/v<N>.graphql), diffed by GraphQL Inspector. A breaking change passes only when
// schema/CHANGELOG.md records it, under `## Unreleased`, with what clients should use instead; dangerous
// and safe changes pass. The API schema (what clients see) is compared, not the federation plumbing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import type { GraphQLSchema } from 'graphql';
import { SUPERGRAPH_PATH } from './subgraphs';

export const RELEASES_DIR = join(__dirname, '..', 'releases');
export const CHANGELOG_PATH = join(__dirname, '..', 'CHANGELOG.md');
export const UNRELEASED = '## Unreleased';
/** The contract before v1: what it had may be removed without a deprecation first (breaking it then cost nothing). */
const DRAFT_RELEASE = 'v0';

export interface Release {
  version: string;
  path: string;
}

/** One change of the API schema, named by its schema coordinate (`Type.field`, `Type.field(arg:)`, `Enum.VALUE`). */
export interface SchemaChange {
  coordinate: string;
  kind: string;
  level: 'BREAKING' | 'DANGEROUS' | 'SAFE';
  message: string;
  /** For a removed field, input field or enum value: whether the release had it deprecated. */
  wasDeprecated?: boolean;
}

/** A breaking change recorded in the changelog: `` - `Type.field` FIELD_REMOVED: use `Type.other` instead. `` */
interface RecordedChange {
  coordinate: string;
  kind: string;
  migration: string;
}

export interface StabilityReport {
  release: string;
  changes: SchemaChange[];
  unrecorded: SchemaChange[];
  /** Fields, input fields and enum values removed without a deprecation in the release (allowed from the draft v0 only). */
  notDeprecatedFirst: SchemaChange[];
  /** Lines of the Unreleased section that look like entries but do not follow the format. */
  malformed: string[];
}

/** The releases kept in schema/releases/, oldest first (v0, v1, ..., v10: by number). */
export function releases(dir = RELEASES_DIR): Release[] {
  return readdirSync(dir)
    .map((file) => /^v(\d+)\.graphql$/.exec(file))
    .filter((match): match is RegExpExecArray => match !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((match) => ({ version: `v${match[1]}`, path: join(dir, match[0]) }));
}

export function lastRelease(dir = RELEASES_DIR): Release {
  const all = releases(dir);
  if (all.length === 0) throw new Error(`No release in ${dir} (files v<N>.graphql).`);
  return all[all.length - 1]!;
}

/** The schema clients see: the supergraph without the federation directives and types. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** GraphQL Inspector's path (`Type.field.arg`, `@dir.arg`) as a schema coordinate (`Type.field(arg:)`, `@dir(arg:)`). */
function coordinateOf(change: Change): string {
  const path = change.path ?? '(schema)';
  const parts = path.split('.');
  if (String(change.type).startsWith('FIELD_ARGUMENT_') && parts.length === 3) return `${parts[0]}.${parts[1]}(${parts[2]}:)`;
  if (String(change.type).startsWith('DIRECTIVE_ARGUMENT_') && parts.length === 2) return `${parts[0]}(${parts[1]}:)`;
  return path;
}

/** Whether a removed element was deprecated before (GraphQL Inspector says so in the change's meta). */
function deprecation(change: Change): Pick<SchemaChange, 'wasDeprecated'> {
  const meta = change.meta as { isRemovedFieldDeprecated?: boolean; isEnumValueDeprecated?: boolean; isInputFieldDeprecated?: boolean };
  const flag = { FIELD_REMOVED: meta.isRemovedFieldDeprecated, ENUM_VALUE_REMOVED: meta.isEnumValueDeprecated, INPUT_FIELD_REMOVED: meta.isInputFieldDeprecated }[String(change.type)];
  return flag === undefined ? {} : { wasDeprecated: flag };
}

const LEVELS: Record<CriticalityLevel, SchemaChange['level']> = {
  [CriticalityLevel.Breaking]: 'BREAKING',
  [CriticalityLevel.Dangerous]: 'DANGEROUS',
  [CriticalityLevel.NonBreaking]: 'SAFE',
};

/** Every change from `before` to `after`, breaking ones first. */
export async function schemaChanges(before: GraphQLSchema, after: GraphQLSchema): Promise<SchemaChange[]> {
  const order = { BREAKING: 0, DANGEROUS: 1, SAFE: 2 };
  return (await diff(before, after))
    .map((change) => ({ coordinate: coordinateOf(change), kind: String(change.type), level: LEVELS[change.criticality.level], message: change.message, ...deprecation(change) }))
    .sort((a, b) => order[a.level] - order[b.level] || a.coordinate.localeCompare(b.coordinate));
}

const PLACEHOLDER = '<what clients should use instead>';
const ENTRY = /^- `([^`]+)` ([A-Z_]+): (\S.*)$/;

/** The breaking changes recorded under `## Unreleased` (up to the next `## ` heading), and the bullets that do not parse. */
export function parseChangelog(text: string): { recorded: RecordedChange[]; malformed: string[] } {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim() === UNRELEASED);
  const recorded: RecordedChange[] = [];
  const malformed: string[] = [];
  if (start < 0) return { recorded, malformed: [`no "${UNRELEASED}" heading`] };
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('## ')) break;
    if (!line.startsWith('- ')) continue;
    const match = ENTRY.exec(line.trimEnd());
    // A pasted line whose migration was not written is not a record.
    if (match && !match[3]!.includes(PLACEHOLDER)) recorded.push({ coordinate: match[1]!, kind: match[2]!, migration: match[3]! });
    else malformed.push(line);
  }
  return { recorded, malformed };
}

/** The changelog line that records a change (the migration left for the author to write). */
export const entryFor = (change: SchemaChange, migration = PLACEHOLDER) => `- \`${change.coordinate}\` ${change.kind}: ${migration}`;

/** Compares two schemas and a changelog: what changed, and which breaking changes the changelog lacks. */
export async function checkStability(release: string, released: GraphQLSchema, current: GraphQLSchema, changelog: string): Promise<StabilityReport> {
  const changes = await schemaChanges(released, current);
  const { recorded, malformed } = parseChangelog(changelog);
  const isRecorded = (change: SchemaChange) => recorded.some((r) => r.coordinate === change.coordinate && r.kind === change.kind);
  const unrecorded = changes.filter((change) => change.level === 'BREAKING' && !isRecorded(change));
  const notDeprecatedFirst = release === DRAFT_RELEASE ? [] : changes.filter((change) => change.wasDeprecated === false);
  return { release, changes, unrecorded, notDeprecatedFirst, malformed };
}

/** The checked-in supergraph against the last release and schema/CHANGELOG.md. */
export function checkCurrentSchema(): Promise<StabilityReport> {
  const release = lastRelease();
  const released = apiSchemaOf(readFileSync(release.path, 'utf8'));
  return checkStability(release.version, released, apiSchemaOf(readFileSync(SUPERGRAPH_PATH, 'utf8')), readFileSync(CHANGELOG_PATH, 'utf8'));
}

/** What to do about a report: empty when it passes. */
export function stabilityProblems(report: StabilityReport): string {
  const problems: string[] = [];
  if (report.unrecorded.length > 0) {
    problems.push(
      `${report.unrecorded.length} breaking change(s) since ${report.release} not recorded in schema/CHANGELOG.md.`,
      `Prefer a compatible change (add the new field or argument, mark the old one @deprecated(reason: "Use ... instead."),`,
      `remove it in a later release). If the break is intended, add these lines under "${UNRELEASED}", each with`,
      `what clients should use instead:`,
      '',
      ...report.unrecorded.map((change) => `${entryFor(change)}\n    (${change.message})`),
    );
  }
  if (report.notDeprecatedFirst.length > 0) {
    problems.push(
      '',
      `Removed without being deprecated in ${report.release} first: put them back with @deprecated(reason: "Use ... instead.")`,
      `and remove them in the release after the next one (clients need a release to move):`,
      ...report.notDeprecatedFirst.map((change) => `  ${change.coordinate}`),
    );
  }
  if (report.malformed.length > 0) {
    problems.push(
      '',
      `Lines of "${UNRELEASED}" in schema/CHANGELOG.md that are not entries (\`- \\\`Coordinate\\\` CHANGE_KIND: what to use instead\`):`,
      ...report.malformed.map((line) => `  ${line}`),
    );
  }
  return problems.join('\n').trim();
}
