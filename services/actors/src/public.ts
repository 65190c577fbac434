// The actors package's front door: what the other packages of the workspace may use (package.json
// `exports` points here; nothing else in src/ is reachable from outside). The server and its SDL for
// the gateway's stack and schema/'s composition, the demo seed for `npm run seed`, and what the
// benchmark builds territory and organisation records with, so that its data is the service's own.
export { createActorsServer } from './server';
export { schemaPaths } from './sdl';
export { demoTerritoryIds, seedActors } from './seed';
export { createRepositories } from './repositories';
export { importTerritories, summarizeImport, type ImportReport } from './domain/territoryImport/importTerritories';
export { loadReferenceData, type ReferenceData } from './domain/territoryImport/referenceData';
export { buildTerritoryRecords, inDepartements } from './domain/territoryImport/territoryRecords';
export type { TerritoryRecord } from './models/territories/schema';
export type { OrganisationKind, OrganisationRecord } from './models/organisations/schema';
export { slug, website } from './domain/input';
export { nameFields, searchableName } from './domain/search';
