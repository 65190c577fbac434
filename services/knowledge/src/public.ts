// The knowledge package's front door: what the other packages of the workspace may use (package.json
// `exports` points here; nothing else in src/ is reachable from outside). The server and its SDL for
// the gateway's stack and schema/'s composition, the demo seed for `npm run seed`, and what the
// benchmark builds experiences with (workflow, checks, search entries), so that its data is what the
// service itself would have written; `searchKnowledge` lets its test check the search over that data.
export { createKnowledgeServer } from './server';
export { schemaPaths } from './sdl';
export {
  checkKnowledgeStatistics,
  checkSearchEntries,
  checkSearchMarks,
  demoTerritoryIds,
  knowledgeStatisticsBuilt,
  rebuildKnowledgeStatistics,
  rebuildSearchEntries,
  rebuildSearchMarks,
  seedKnowledge,
} from './seed';
export type { EntryCheck, EntryRebuild } from './domain/search/entryCheck';
export type { MarkCheck, MarkRebuild } from './domain/search/markBuild';
export { demoThemes } from './seed/themes';
export { createRepositories } from './repositories';
export { searchKnowledge } from './domain/search/search';
export { searchEntryOf } from './domain/search/entries';
export { applyTransition } from './domain/publishing/workflow';
export { fingerprintOf } from './domain/publishing/imports';
export * as experienceChecks from './domain/input';
export { claimId } from './models/imports/repository';
export type { ExperienceRecord } from './models/experiences/schema';
export type { ImportClaimRecord } from './models/imports/schema';
export type { PublicationStatus } from './models/publications/schema';
export type { SearchEntryRecord } from './models/search/schema';
export type { ThemeRecord } from './models/themes/schema';
