import { buildSchema } from 'graphql';
import { releasedChangelog } from '../src/release';
import { checkCurrentSchema, checkStability, entryFor, parseChangelog, releases, stabilityProblems } from '../src/stability';

describe('the current supergraph against the last release', () => {
  it('has no breaking change missing from schema/CHANGELOG.md (the message lists each one and the line that records it)', async () => {
    const report = await checkCurrentSchema();
    expect(stabilityProblems(report)).toBe('');
  });

  it('keeps the releases in schema/releases, v0 (the contract before v1) first', () => {
    expect(releases()[0]!.version).toBe('v0');
  });
});

describe('the stability check', () => {
  const released = buildSchema(`
    type Query { territory(code: String!, level: Level): Territory, territories: [Territory!]! }
    type Territory { id: ID!, name: String!, population: Int }
    enum Level { REGION DEPARTEMENT }
  `);
  const changelog = (...entries: string[]) => `# Changelog\n\n## Unreleased\n\n${entries.join('\n')}\n\n## v0 (2026-12-06)\n\n- \`Territory.name\` FIELD_REMOVED: an old entry, not counted.\n`;
  const check = (sdl: string, log = changelog()) => checkStability('v0', released, buildSchema(sdl), log);

  const withoutPopulation = `
    type Query { territory(code: String!, level: Level): Territory, territories: [Territory!]! }
    type Territory { id: ID!, name: String! }
    enum Level { REGION DEPARTEMENT }
  `;

  it('fails on a removed field, naming it and the line that records it', async () => {
    const report = await check(withoutPopulation);
    expect(report.unrecorded).toEqual([expect.objectContaining({ coordinate: 'Territory.population', kind: 'FIELD_REMOVED', level: 'BREAKING' })]);
    const message = stabilityProblems(report);
    expect(message).toContain('1 breaking change(s) since v0 not recorded in schema/CHANGELOG.md');
    expect(message).toContain('- `Territory.population` FIELD_REMOVED: <what clients should use instead>');
    expect(message).toContain('@deprecated(reason:');
  });

  it('passes the same removal once recorded under Unreleased (not under an older release)', async () => {
    const recorded = await check(withoutPopulation, changelog('- `Territory.population` FIELD_REMOVED: use `Territory.statistics.population` (deprecated since v0).'));
    expect(stabilityProblems(recorded)).toBe('');
    const wrongKind = await check(withoutPopulation, changelog('- `Territory.population` FIELD_TYPE_CHANGED: use something else.'));
    expect(wrongKind.unrecorded.map((c) => c.coordinate)).toEqual(['Territory.population']);
  });

  it('after v0, refuses a removal whose element was not deprecated in the release, even recorded; passes it deprecated first', async () => {
    const record = changelog('- `Territory.population` FIELD_REMOVED: use `Territory.statistics` (deprecated since v1).');
    const abrupt = await checkStability('v1', released, buildSchema(withoutPopulation), record);
    expect(abrupt.unrecorded).toEqual([]);
    expect(abrupt.notDeprecatedFirst.map((c) => c.coordinate)).toEqual(['Territory.population']);
    expect(stabilityProblems(abrupt)).toContain('Removed without being deprecated in v1 first');
    const deprecated = buildSchema(`
      type Query { territory(code: String!, level: Level): Territory, territories: [Territory!]! }
      type Territory { id: ID!, name: String!, population: Int @deprecated(reason: "Use statistics."), statistics: Int }
      enum Level { REGION DEPARTEMENT }
    `);
    const removed = buildSchema(withoutPopulation.replace('name: String!', 'name: String!, statistics: Int'));
    expect(stabilityProblems(await checkStability('v1', deprecated, removed, record))).toBe('');
  });

  it('names arguments and enum values by their schema coordinate', async () => {
    const report = await check(`
      type Query { territory(code: Int!, level: Level): Territory, territories: [Territory!]! }
      type Territory { id: ID!, name: String!, population: Int }
      enum Level { REGION }
    `);
    expect(report.unrecorded.map((c) => entryFor(c)).sort()).toEqual([
      '- `Level.DEPARTEMENT` ENUM_VALUE_REMOVED: <what clients should use instead>',
      '- `Query.territory(code:)` FIELD_ARGUMENT_TYPE_CHANGED: <what clients should use instead>',
    ]);
  });

  it('passes added optional fields and arguments, and deprecations; fails an added required argument', async () => {
    const safe = await check(`
      type Query { territory(code: String!, level: Level, id: ID): Territory, territories(first: Int): [Territory!]! }
      type Territory { id: ID!, name: String!, population: Int @deprecated(reason: "Use statistics."), statistics: Int }
      enum Level { REGION DEPARTEMENT COMMUNE }
    `);
    expect(stabilityProblems(safe)).toBe('');
    expect(safe.changes.map((c) => `${c.coordinate} ${c.level}`)).toEqual(
      expect.arrayContaining(['Territory.statistics SAFE', 'Query.territory(id:) DANGEROUS', 'Level.COMMUNE DANGEROUS']),
    );
    const required = await check(`
      type Query { territory(code: String!, level: Level): Territory, territories(first: Int!): [Territory!]! }
      type Territory { id: ID!, name: String!, population: Int }
      enum Level { REGION DEPARTEMENT }
    `);
    expect(required.unrecorded.map((c) => c.coordinate)).toEqual(['Query.territories(first:)']);
  });

  it('fails on an Unreleased bullet that is not an entry (or whose migration is the placeholder), quoting it', async () => {
    const report = await check(withoutPopulation, changelog('- `Territory.population` FIELD_REMOVED: <what clients should use instead>', '- removed population'));
    expect(report.malformed).toEqual(['- `Territory.population` FIELD_REMOVED: <what clients should use instead>', '- removed population']);
    expect(report.unrecorded.map((c) => c.coordinate)).toEqual(['Territory.population']);
    expect(stabilityProblems(report)).toContain('  - removed population');
    expect(parseChangelog('# nothing').malformed).toEqual(['no "## Unreleased" heading']);
  });

  it('cuts a release: the Unreleased entries become the release section, a new Unreleased opens above', () => {
    const text = releasedChangelog(changelog('- `Territory.population` FIELD_REMOVED: use statistics.'), 'v1', '2026-12-24');
    expect(text).toContain('## Unreleased\n\n## v1 (2026-12-24)\n\n- `Territory.population` FIELD_REMOVED');
    expect(parseChangelog(text).recorded).toEqual([]);
  });
});
