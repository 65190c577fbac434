import type { DatasetManifest } from './dataset/manifest';
import * as op from './operations';
import type { WorkloadName } from './options';
import { Random } from './dataset/random';
import type { BenchRequest, GraphQLRequest, RequestGenerator } from './request';

/** A partner organisation's API token (the publishing workload writes as these partners). */
export interface PartnerToken {
  organisationId: string;
  tokenId: string;
  secret: string;
}

/** What the publishing workload writes with, and the experiences it created (removed after the run). */
export interface Publishing {
  tokens: PartnerToken[];
  created: string[];
}

export interface Workload {
  name: WorkloadName;
  /** One sentence for the report. */
  summary: string;
  /** Reads run against every target; writes only through our gateway (Hive cannot sign identities). */
  kind: 'read' | 'write';
  /** Names of the operations it sends (in operations.ts). */
  operations: string[];
  generator(manifest: DatasetManifest, seed: number, publishing?: Publishing): RequestGenerator;
}

const request = (operationName: string, query: string, variables: Record<string, unknown>): GraphQLRequest => ({ operationName, query, variables });

/** `DEPARTEMENT:63` → the arguments of `territory(code, level)`. */
export function territoryArgs(id: string): { code: string; level: string } {
  const colon = id.indexOf(':');
  if (colon < 1) throw new Error(`"${id}" is not a territory id (<LEVEL>:<code>)`);
  return { level: id.slice(0, colon), code: id.slice(colon + 1) };
}

/** A région (40 %), a département (40 %) or all of France (20 %): what dashboards are opened on. */
function dashboardTerritory(manifest: DatasetManifest, random: Random): string | null {
  const roll = random.next();
  if (roll < 0.2) return null;
  return roll < 0.6 ? random.pick(manifest.territories.regions) : random.pick(manifest.territories.departements);
}

const dashboard: Workload = {
  name: 'dashboard',
  summary:
    'A dashboard of a région, a département or France: alliance, convention, application, cohort and knowledge statistics, then one programme with its cohorts, experiences and conventions (parties, experiences).',
  kind: 'read',
  operations: ['DashboardStatistics', 'DashboardProgramme'],
  generator(manifest, seed) {
    const random = new Random(seed);
    return () => {
      const territory = dashboardTerritory(manifest, random);
      if (random.chance(0.5)) return request('DashboardStatistics', op.DASHBOARD_STATISTICS, { territory });
      return request('DashboardProgramme', op.DASHBOARD_PROGRAMME, { kind: random.pick(manifest.programmes).kind, territory });
    };
  },
};

/** Territories people open: mostly départements and EPCI, some régions and communes. */
function exploredTerritory(manifest: DatasetManifest, random: Random): string {
  const { regions, departements, epcis, communes } = manifest.territories;
  const roll = random.next();
  if (roll < 0.1) return random.pick(regions);
  if (roll < 0.5) return random.pick(departements);
  if (roll < 0.75) return random.pick(epcis);
  return random.pick(communes);
}

const exploring: Workload = {
  name: 'exploring',
  summary: 'A territory page (the playground\'s ExploreTerritory): the territory, its parent and chef-lieu, 5 EPCI inside, 20 conventions (parties, commitments) and 5 experiences.',
  kind: 'read',
  operations: ['ExploreTerritory'],
  generator(manifest, seed) {
    const random = new Random(seed);
    return () => request('ExploreTerritory', op.EXPLORE_TERRITORY, territoryArgs(exploredTerritory(manifest, random)));
  },
};

const search: Workload = {
  name: 'search',
  summary: 'searchKnowledge with one or two words of the corpus, and filters on theme, territory, programme and type in varied combinations.',
  kind: 'read',
  operations: ['SearchKnowledge'],
  generator(manifest, seed) {
    const random = new Random(seed);
    return () => {
      const query = random.sample(manifest.searchTerms, random.chance(0.6) ? 1 : 2).join(' ');
      const filter: Record<string, unknown> = {};
      if (random.chance(0.3)) filter.themes = [random.pick(manifest.themes)];
      if (random.chance(0.3)) filter.territory = random.chance(0.5) ? random.pick(manifest.territories.regions) : random.pick(manifest.territories.departements);
      if (random.chance(0.2)) filter.programme = random.pick(manifest.programmes).id;
      if (random.chance(0.2)) filter.types = [random.chance(0.5) ? 'EXPERIENCE' : 'RESOURCE'];
      return request('SearchKnowledge', op.SEARCH_KNOWLEDGE, { query, filter: Object.keys(filter).length ? filter : null });
    };
  },
};

/** Lists people browse: the départements of a région, the EPCI or communes of a département, sometimes by name. */
const directory: Workload = {
  name: 'directory',
  summary: 'A page of 20 territories (départements of a région, EPCI or communes of a département, sometimes searched by name) with the programmes: two subgraphs, no database-bound lookup on our side (the gateways\' own cost).',
  kind: 'read',
  operations: ['TerritoryDirectory'],
  generator(manifest, seed) {
    const random = new Random(seed);
    const { regions, departements } = manifest.territories;
    return () => {
      const roll = random.next();
      const variables =
        roll < 0.3
          ? { level: 'DEPARTEMENT', within: random.pick(regions) }
          : { level: roll < 0.6 ? 'EPCI' : 'COMMUNE', within: random.pick(departements), search: random.chance(0.3) ? random.pick(['saint', 'la', 'mont', 'com', 'val']) : null };
      return request('TerritoryDirectory', op.TERRITORY_DIRECTORY, variables);
    };
  },
};

interface Draft {
  id: string;
  version: number;
  token: PartnerToken;
  next: 'update' | 'submit';
}

/** The text of a generated experience, from words the corpus holds (so it is searchable like the rest). */
function experienceText(manifest: DatasetManifest, random: Random, n: number) {
  const words = random.sample(manifest.searchTerms, 3);
  return {
    title: `Retour d'expérience ${n} : ${words.join(', ')}`,
    summary: `Ce que le territoire a appris sur ${words[0]} et ${words[1]}.`,
    body: `${words.map((w) => `Nous avons travaillé sur ${w} avec les habitants et les associations.`).join(' ')} Ce que nous conseillerions : commencer petit.`,
  };
}

const publishing: Workload = {
  name: 'publishing',
  summary: 'Partners (PARTNER tokens) create a draft experience, edit it (expectedVersion), and submit it; each request continues one of the drafts in progress or starts one.',
  kind: 'write',
  operations: ['CreateExperience', 'UpdateExperience', 'SubmitExperience'],
  generator(manifest, seed, publishing) {
    if (!publishing?.tokens.length) throw new Error('the publishing workload needs partner tokens');
    const { tokens, created: written } = publishing;
    const random = new Random(seed);
    const ready: Draft[] = [];
    let created = 0;
    const auth = (token: PartnerToken) => ({ authorization: `Bearer ${token.secret}` });
    return (): BenchRequest => {
      const draft = ready.shift();
      if (!draft) {
        const token = random.pick(tokens);
        const input = {
          ...experienceText(manifest, random, (created += 1)),
          territoryIds: [random.pick(manifest.territories.communes)],
          themeIds: random.sample(manifest.themes, 2),
        };
        return {
          ...request('CreateExperience', op.CREATE_EXPERIENCE, { input }),
          headers: auth(token),
          onAnswer(answer) {
            const experience = (answer?.data as { createExperience?: { id: string; version: number } } | null)?.createExperience;
            if (experience) written.push(experience.id);
            if (experience && !answer?.errors) ready.push({ id: experience.id, version: experience.version, token, next: 'update' });
          },
        };
      }
      if (draft.next === 'update') {
        const changes = { summary: `Mis à jour : ${experienceText(manifest, random, 0).summary}`, lessons: ['Associer les habitants dès le début.'] };
        return {
          ...request('UpdateExperience', op.UPDATE_EXPERIENCE, { id: draft.id, expectedVersion: draft.version, changes }),
          headers: auth(draft.token),
          onAnswer(answer) {
            const experience = (answer?.data as { updateExperience?: { version: number } } | null)?.updateExperience;
            if (experience && !answer?.errors) ready.push({ ...draft, version: experience.version, next: 'submit' });
          },
        };
      }
      return { ...request('SubmitExperience', op.SUBMIT_EXPERIENCE, { id: draft.id, expectedVersion: draft.version }), headers: auth(draft.token) };
    };
  },
};

export const WORKLOADS: Record<WorkloadName, Workload> = { dashboard, exploring, search, directory, publishing };

/** The children probe: the territory page with many children, for the territory with ~100 and the one with ~10. */
export function childrenProbeRequests(manifest: DatasetManifest): { many: GraphQLRequest; few: GraphQLRequest } {
  const probe = (id: string) => request('TerritoryChildrenProbe', op.TERRITORY_CHILDREN_PROBE, territoryArgs(id));
  return { many: probe(manifest.childrenProbe.many.id), few: probe(manifest.childrenProbe.few.id) };
}
