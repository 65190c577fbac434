import type { ServiceName } from '../../src/seed';

/** How big a benchmark dataset is: `full` is the scale, `quick` a reduced one for `npm run bench -- --quick`. */
export type DatasetScale = 'full' | 'quick';

export interface LoadDatasetOptions {
  /** MongoDB connection string of the server to load into (FerretDB or MongoDB 7). */
  uri: string;
  /** The database of each service (the bench uses its own names, never the demo's). */
  databaseName: (service: ServiceName) => string;
  scale: DatasetScale;
  /** Progress lines (one per step, with counts and seconds). */
  log: (line: string) => void;
  /** Overrides of the scale's counts (tests load a tiny dataset). */
  counts?: Partial<DatasetCounts>;
  /** Départements whose communes and EPCIs are imported (null: all of France); default: the scale's. */
  departements?: readonly string[] | null;
}

/** How many records of each kind a load generates (on top of the demo data). */
export interface DatasetCounts {
  organisations: number;
  conventions: number;
  cohorts: number;
  applications: number;
  experiences: number;
}

/**
 * What a loaded dataset holds, for the workloads to pick varied, existing variables from.
 * Every id is a public GraphQL id (territories `DEPARTEMENT:63`, others 24-hex).
 */
export interface DatasetManifest {
  scale: DatasetScale;
  /** When the load finished (ISO). */
  loadedAt: string;
  /** Seconds the load took, per step and in total. */
  seconds: Record<string, number>;
  /** Documents written per kind (organisations, conventions, cohorts, applications, experiences, revisions, …). */
  counts: Record<string, number>;
  /** Territories to explore and to filter on, by level (ids). */
  territories: { regions: string[]; departements: string[]; epcis: string[]; communes: string[] };
  /** Two territories whose children count differ tenfold (about 100 and about 10), to show round trips do not grow with list size. */
  childrenProbe: { many: { id: string; children: number }; few: { id: string; children: number } };
  /** Sample of organisation ids that publish experiences (partners); the publishing workload issues tokens for them. */
  partnerOrganisations: string[];
  /** Programme ids and kinds. */
  programmes: { id: string; kind: string }[];
  /** Theme codes used by experiences. */
  themes: string[];
  /** French words and phrases that occur in the generated experiences (search queries). */
  searchTerms: string[];
  /** Convention ids (sample). */
  conventions: string[];
  /** The départements whose communes and EPCIs were imported; null: all of France. */
  departements?: string[] | null;
}
