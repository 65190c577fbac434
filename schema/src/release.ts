// Cuts a release of the API contract: `corepack pnpm --filter @fabrique/schema run release` (after
// `npm run compose`). Refuses while a breaking change since the last release is unrecorded; otherwise
// copies schema/supergraph.graphql to schema/releases/v<N+1>.graphql, renames the changelog's
// `## Unreleased` to `## v<N+1> (date)` and opens a new, empty `## Unreleased` above it.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUPERGRAPH_PATH } from './subgraphs';
import { CHANGELOG_PATH, checkCurrentSchema, lastRelease, RELEASES_DIR, stabilityProblems, UNRELEASED } from './stability';

/** The changelog with its Unreleased section named after the release, and a new empty one above it. */
export function releasedChangelog(changelog: string, version: string, date: string): string {
  if (!changelog.split('\n').some((line) => line.trim() === UNRELEASED)) throw new Error(`schema/CHANGELOG.md has no "${UNRELEASED}" section.`);
  return changelog.replace(/^## Unreleased[ \t]*$/m, `${UNRELEASED}\n\n## ${version} (${date})`);
}

async function main(): Promise<void> {
  const report = await checkCurrentSchema();
  const problems = stabilityProblems(report);
  if (problems) throw new Error(problems);
  const version = `v${Number(lastRelease().version.slice(1)) + 1}`;
  if (report.changes.length === 0) throw new Error(`Nothing changed since ${report.release}: no release to cut.`);
  copyFileSync(SUPERGRAPH_PATH, join(RELEASES_DIR, `${version}.graphql`));
  writeFileSync(CHANGELOG_PATH, releasedChangelog(readFileSync(CHANGELOG_PATH, 'utf8'), version, new Date().toISOString().slice(0, 10)));
  console.log(`Released ${version}: schema/releases/${version}.graphql written, schema/CHANGELOG.md section "## ${version}" opened. Commit both.`);
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
