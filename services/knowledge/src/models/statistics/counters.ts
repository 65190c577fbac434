// What each published experience or resource counts for in the dashboard figures (`knowledgeStatistics`),
// kept by the kit's maintained counters (data/counters.ts) as versions are written.
//
// Scopes: `*` (everything), and one per filter the dashboards use alone: `territory:<id>` for each territory
// of the record's territoryScope, `theme:<id>` for each of its themeScope, `programme:<id>`. A filter that
// combines two of them, or months, is computed directly (domain/statistics.ts): the combinations would
// multiply the counters of every write. `publisher:<id>` holds the count alone (the total of a publisher's
// list: the `publisher` figure has every publisher as a key, 17,000 at the bench's full scale).
import { counterStore, type CounterKey } from '@fabrique/kit';
import type { Connection } from 'mongoose';
import type { ExperienceRecord } from '../experiences/schema';
import type { PublicationRecord } from '../publications/schema';
import type { ResourceRecord } from '../resources/schema';

export const STATISTICS_FIGURES = {
  /** Key `EXPERIENCE` or `RESOURCE`. */
  count: 'count',
  /** Key: a theme id (a sub-theme counts for its parents too). */
  theme: 'theme',
  /** Key: a territory id of any level (`REGION:84`). */
  territory: 'territory',
  /** Key: `YYYY-MM` of publication. */
  month: 'month',
  /** Key: the publisher's id, in `publisher` and in the figure of its kind. */
  publisher: 'publisher',
  territoryPublisher: 'publisher:TERRITORY',
  organisationPublisher: 'publisher:ORGANISATION',
  /** Key: a resource kind. */
  resourceKind: 'resourceKind',
} as const;

/** The counter scope of a filter on one territory, theme or programme, or on nothing. */
export const statisticsScope = (dimension?: 'territory' | 'theme' | 'programme' | 'publisher', id?: string) => (dimension ? `${dimension}:${id}` : '*');

function scopesOf(record: PublicationRecord): string[] {
  return [
    '*',
    ...new Set(record.territoryScope.map((id) => statisticsScope('territory', id))),
    ...new Set(record.themeScope.map((id) => statisticsScope('theme', id))),
    ...(record.programmeId ? [statisticsScope('programme', record.programmeId)] : []),
  ];
}

/** Territory ids read `<LEVEL>:<code>`; organisation ids are 24 hexadecimal digits. */
const isTerritoryId = (id: string) => /^[A-Z]+:/.test(id);

export function experienceCounters(record: ExperienceRecord | null): CounterKey[] {
  if (!record || record.status !== 'PUBLISHED') return [];
  const f = STATISTICS_FIGURES;
  return scopesOf(record).flatMap((scope) => [
    { figure: f.count, scope, key: 'EXPERIENCE' },
    ...[...new Set(record.themeScope)].map((key) => ({ figure: f.theme, scope, key })),
    ...[...new Set(record.territoryScope)].map((key) => ({ figure: f.territory, scope, key })),
    ...(record.publishedMonth ? [{ figure: f.month, scope, key: record.publishedMonth }] : []),
    { figure: f.publisher, scope, key: record.publisherId },
    { figure: isTerritoryId(record.publisherId) ? f.territoryPublisher : f.organisationPublisher, scope, key: record.publisherId },
  ]).concat({ figure: f.count, scope: statisticsScope('publisher', record.publisherId), key: 'EXPERIENCE' });
}

export function resourceCounters(record: ResourceRecord | null): CounterKey[] {
  if (!record || record.status !== 'PUBLISHED') return [];
  return scopesOf(record).flatMap((scope) => [
    { figure: STATISTICS_FIGURES.count, scope, key: 'RESOURCE' },
    { figure: STATISTICS_FIGURES.resourceKind, scope, key: record.kind },
  ]).concat({ figure: STATISTICS_FIGURES.count, scope: statisticsScope('publisher', record.publisherId), key: 'RESOURCE' });
}

/** Raised whenever the figures or scopes above change: the seed then rebuilds the counters (the kit's `built`). */
export const STATISTICS_DEFINITIONS = 2;

export const createStatisticsCounters = (connection: Connection) => counterStore(connection, { definitions: STATISTICS_DEFINITIONS });
