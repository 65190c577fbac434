// The infra package's front door: what the other packages of the workspace may use (package.json
// `exports` points here). A database of one's own to crash and restart (the end-to-end outage suite),
// and free ports for it; the places the demo data names, for a seed of its own.
export { freePort, startFerretdb, type RunningDatabase } from './db/ferretdb';
export { buildObservatoire, OBSERVATOIRE_DIST } from './tasks';
export { territoriesNamedByDemoData } from './seed';
