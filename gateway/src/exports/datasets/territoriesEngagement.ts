import { defined, joined, territoryColumns, type Column, type Dataset } from '../dataset';

type Count = { totalCount: number } | null;

interface TerritoryEngagement {
  id: string;
  code: string;
  level: string;
  name: string;
  population: number;
  parent: { id: string; code: string; level: string; name: string } | null;
  memberships: Array<{ role: string; since: string; alliance: { slug: string } }>;
  conventions: Count;
  inPreparation: Count;
  signed: Count;
  active: Count;
  ended: Count;
  terminated: Count;
  enrolments: Count;
  experiences: Count;
}

const count = (name: string, description: string, read: (t: TerritoryEngagement) => Count): Column<TerritoryEngagement> => ({
  name,
  type: 'integer',
  description,
  value: (t) => read(t)?.totalCount ?? null,
});

const STATUSES = [
  ['in_preparation', 'IN_PREPARATION', (t: TerritoryEngagement) => t.inPreparation],
  ['signed', 'SIGNED', (t: TerritoryEngagement) => t.signed],
  ['active', 'ACTIVE', (t: TerritoryEngagement) => t.active],
  ['ended', 'ENDED', (t: TerritoryEngagement) => t.ended],
  ['terminated', 'TERMINATED', (t: TerritoryEngagement) => t.terminated],
] as const;

/** One row per territory of a level with what the API counts for it. */
export const territoriesEngagement: Dataset<TerritoryEngagement> = {
  name: 'territories-engagement',
  title: 'Engagement des territoires',
  description:
    'One row per territory of a level (départements by default), by name: its membership of the alliance, the conventions to which it or a territory inside it is a party (in all and by status), its enrolments in programmes and the published experiences about it or a territory inside it.',
  operation: { name: 'ExportTerritoriesEngagement', file: 'exports/ExportTerritoriesEngagement.graphql' },
  parameters: [
    { name: 'level', argument: 'filter.level', description: 'Level of the rows: REGION, DEPARTEMENT (default), EPCI or COMMUNE.' },
    { name: 'territory', variable: 'within', argument: 'filter.within', description: 'Only territories inside this one, at any depth (a territory id, e.g. `DEPARTEMENT:63` with `level=COMMUNE`).' },
  ],
  variables: ({ level, territory }) => defined({ level: level ?? 'DEPARTEMENT', within: territory }),
  page: (data) => data.territories,
  columns: [
    ...territoryColumns<TerritoryEngagement>('territory', 'the territory', (t) => t),
    ...territoryColumns<TerritoryEngagement>('parent', 'the territory directly above (a commune\'s or an EPCI\'s département, a département\'s région)', (t) => t.parent),
    { name: 'population', type: 'integer', description: 'Municipal population (INSEE).', value: (t) => t.population },
    { name: 'alliance_member', type: 'boolean', description: 'Whether the territory itself is a current member of an alliance (the Fabrique\'s).', value: (t) => t.memberships.length > 0 },
    { name: 'alliance_roles', type: 'string', description: 'Its current memberships as "alliance: role", joined by " | ".', value: (t) => joined(t.memberships.map((m) => `${m.alliance.slug}: ${m.role}`)) },
    { name: 'alliance_member_since', type: 'date', description: 'Start of its earliest current membership (ISO 8601).', value: (t) => t.memberships.map((m) => m.since).sort()[0] ?? null },
    count('convention_count', 'Conventions to which the territory or a territory inside it is a party.', (t) => t.conventions),
    ...STATUSES.map(([suffix, status, read]) => count(`convention_${suffix}_count`, `Of those, conventions in status ${status}.`, read)),
    count('enrolment_count', 'Enrolments of the territory itself in programmes and cohorts (accepted applications).', (t) => t.enrolments),
    count('experience_count', 'Published experiences about the territory or a territory inside it.', (t) => t.experiences),
  ],
};
