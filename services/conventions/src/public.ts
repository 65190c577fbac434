// The conventions package's front door: what the other packages of the workspace may use (package.json
// `exports` points here; nothing else in src/ is reachable from outside). The server and its SDL for
// the gateway's stack and schema/'s composition, the demo seed for `npm run seed`, the rebuild of the dashboard's
// counters (`npm run statistics`, the benchmark after its bulk load), and the rules and
// records the benchmark builds its conventions, cohorts and applications with, so that its data obeys
// the service's own rules.
export { createConventionsServer } from './server';
export { schemaPaths } from './sdl';
export { checkConventionStatistics, conventionStatisticsBuilt, demoTerritoryIds, rebuildConventionStatistics, seedConventions } from './seed';
export { demoProgrammes } from './seed/programmes';
export { demoApplications } from './seed/engagement';
export { createRepositories } from './repositories';
export { moveConvention } from './domain/conventions/lifecycle';
export { withDerived } from './domain/conventions/conventions';
export { APPLICATION_WORKFLOW, holdsSeat, moveApplication, type ApplicationAction } from './domain/applications/workflow';
export { slotId } from './domain/applications/applications';
export { addMonths } from './domain/input';
export { checkCycle, checkSessions, cohortCapacity, targetCapacity } from './domain/programmes/rules';
export { seatId } from './domain/applications/seats';
export type { ApplicationRecord } from './models/applications/schema';
export type { ClaimRecord } from './models/claims/schema';
export type { CohortRecord } from './models/cohorts/schema';
export type { CommitmentRecord, ConventionRecord, ConventionStatus, IndicatorRecord, SignatoryRecord } from './models/conventions/schema';
export type { ProgrammeKind, ProgrammeRecord } from './models/programmes/schema';
