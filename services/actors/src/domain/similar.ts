/*
 * "Territories like mine" (`Territory.similar`): the territories of the same level closest to one on the
 * official reference data, each with its score and its reasons in French.
 *
 * Score: 0.6 × population closeness + 0.4 × the share of the level's features in common (FEATURES below),
 * rounded to hundredths. Population closeness is 1 − |log10(a / b)| / 2, never below 0: the same
 * population counts 1, a factor of 10 apart 0.5, a factor of 100 or more nothing. Equal scores list the
 * territories of the same région first, then the closer population, then by code.
 *
 * Bounded work per request: for each level (built on first use from the snapshot's list of that level,
 * kept until the snapshot reloads), the territories sorted by population and grouped by every
 * combination of their attributes (the level's features and the région). A territory in the top `first`
 * is among the `first` nearest in population of the group of the attributes it shares with the asked
 * one, since every territory of that group nearer in population ranks above it: the candidates are the
 * `first` nearest of each such group (a binary search, then a walk outwards), at most
 * 2^attributes × `first` of them (plus equal populations), whatever the number of territories.
 */
import { intBetween, parseTerritoryId, type TerritoryLevel } from '@fabrique/kit';
import type { TerritorySimilarArgs } from '../generated/resolvers';
import type { Loaders } from '../loaders';
import type { TerritoryRepository } from '../models/territories/repository';
import type { EpciType, TerritoryRecord } from '../models/territories/schema';

/** What `SimilarTerritory` answers. */
export interface RankedTerritory {
  territory: TerritoryRecord;
  score: number;
  reasons: string[];
}

const MAX_FIRST = 50;
const DEFAULT_FIRST = 10;
const POPULATION_WEIGHT = 0.6;
const FEATURES_WEIGHT = 0.4;
/** Population closeness falls to 0 at this many powers of ten apart. */
const POPULATION_DECADES = 2;
/** Within this factor, a population is "comparable". */
const COMPARABLE_FACTOR = 1.5;

/**
 * A commune under this population counts as rural. The reference data has no density grid and no urban
 * units: this is INSEE's former threshold of an urban unit (2,000 inhabitants), applied to the commune's
 * own population, a proxy.
 */
export const RURAL_BELOW = 2_000;

const EPCI_TYPE_LABELS: Record<EpciType, string> = {
  COMMUNAUTE_DE_COMMUNES: 'communauté de communes',
  COMMUNAUTE_D_AGGLOMERATION: "communauté d'agglomération",
  COMMUNAUTE_URBAINE: 'communauté urbaine',
  METROPOLE: 'métropole',
  METROPOLE_DE_LYON: 'Métropole de Lyon',
};

/** What a record names by id that a feature reads: the legal form of a commune's EPCI. */
interface Links {
  epciTypes: ReadonlyMap<string, EpciType | null>;
}

/** A discrete feature two territories share or not. */
interface Feature {
  value(t: TerritoryRecord, links: Links): string;
  /** The reason given when both have this value. */
  reason(value: string): string;
}

/** Régions 01 to 06 are the overseas régions; 3-digit codes the overseas collectivities. */
function isOverseas(t: TerritoryRecord): boolean {
  const region = t.regionId ? parseTerritoryId(t.regionId)?.code : null;
  return region != null && (region.length === 3 || region < '11');
}

const OVERSEAS: Feature = {
  value: (t) => (isOverseas(t) ? 'OVERSEAS' : 'METROPOLITAN'),
  reason: (v) => (v === 'OVERSEAS' ? 'outre-mer' : 'France métropolitaine'),
};

const EPCI_TYPE: Feature = {
  value: (t) => t.epciType ?? 'NONE',
  reason: (v) => `même type d'EPCI : ${EPCI_TYPE_LABELS[v as EpciType] ?? 'non précisé'}`,
};

const RURAL_CHARACTER: Feature = {
  value: (t) => (t.population < RURAL_BELOW ? 'RURAL' : 'URBAN'),
  reason: (v) => (v === 'RURAL' ? 'commune rurale' : 'commune urbaine'),
};

/** A commune's intercommunalité's legal form: a communauté de communes for most rural communes, a métropole for the largest cities. */
const INTERCOMMUNALITY: Feature = {
  value: (t, links) => (t.epciId ? (links.epciTypes.get(t.epciId) ?? 'NONE') : 'NONE'),
  reason: (v) => (v === 'NONE' ? 'hors intercommunalité' : `même type d'intercommunalité : ${EPCI_TYPE_LABELS[v as EpciType]}`),
};

/** The level's own features, weighing the same within FEATURES_WEIGHT. */
const FEATURES: Record<TerritoryLevel, Feature[]> = {
  REGION: [OVERSEAS],
  DEPARTEMENT: [OVERSEAS],
  EPCI: [EPCI_TYPE],
  COMMUNE: [RURAL_CHARACTER, INTERCOMMUNALITY],
};

interface Entry {
  record: TerritoryRecord;
  log: number;
  /** The value of each attribute: the level's features, then the région (but for régions). */
  values: string[];
}

interface LevelIndex {
  features: Feature[];
  /** Features, then the région as the last attribute when the level has one to share. */
  attributeCount: number;
  links: Links;
  /** Entries by population then code, per combination of attributes (see groupKey). */
  groups: Map<string, Entry[]>;
}

const logPopulation = (population: number) => Math.log10(Math.max(population, 1));
const groupKey = (mask: number, values: readonly string[]) => `${mask}:${values.filter((_, i) => mask & (1 << i)).join('|')}`;

function entryOf(record: TerritoryRecord, index: Pick<LevelIndex, 'features' | 'attributeCount' | 'links'>): Entry {
  const values = index.features.map((f) => f.value(record, index.links));
  if (index.attributeCount > index.features.length) values.push(record.regionId ?? '');
  return { record, log: logPopulation(record.population), values };
}

function buildIndex(level: TerritoryLevel, records: readonly TerritoryRecord[], links: Links): LevelIndex {
  const features = FEATURES[level];
  const base = { features, attributeCount: features.length + (level === 'REGION' ? 0 : 1), links };
  const entries = records
    .map((r) => entryOf(r, base))
    .sort((a, b) => a.record.population - b.record.population || (a.record.code < b.record.code ? -1 : a.record.code > b.record.code ? 1 : 0));
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    for (let mask = 0; mask < 1 << base.attributeCount; mask++) {
      const key = groupKey(mask, entry.values);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push(entry);
    }
  }
  return { ...base, groups };
}

/** Indexes by the snapshot's list of a level: rebuilt when the snapshot reloads (a new list). */
const indexes = new WeakMap<readonly TerritoryRecord[], LevelIndex>();

async function indexOf(level: TerritoryLevel, territories: Pick<TerritoryRepository, 'currentOfLevel'>): Promise<LevelIndex> {
  const [records, epcis] = await Promise.all([territories.currentOfLevel(level), level === 'COMMUNE' ? territories.currentOfLevel('EPCI') : []]);
  let index = indexes.get(records);
  if (!index) {
    index = buildIndex(level, records, { epciTypes: new Map(epcis.map((e) => [e._id, e.epciType])) });
    indexes.set(records, index);
  }
  return index;
}

/** First position in `group` (by population) whose population is at least `population`. */
function lowerBound(group: readonly Entry[], population: number): number {
  let [lo, hi] = [0, group.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (group[mid]!.record.population < population) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Adds the `count` entries of `group` nearest in population to `target` (and any as near as the last), the target excluded. */
function addNearest(group: readonly Entry[], target: Entry, count: number, into: Set<Entry>) {
  let above = lowerBound(group, target.record.population);
  let below = above - 1;
  let taken = 0;
  let last = 0;
  while (below >= 0 || above < group.length) {
    const down = below >= 0 ? target.log - group[below]!.log : Infinity;
    const up = above < group.length ? group[above]!.log - target.log : Infinity;
    const distance = Math.min(down, up);
    if (taken >= count && distance > last) return;
    const next = down <= up ? group[below--]! : group[above++]!;
    if (next.record._id === target.record._id) continue;
    into.add(next);
    taken++;
    last = distance;
  }
}

interface Rated {
  entry: Entry;
  distance: number;
  /** Per feature, whether it is shared. */
  shared: boolean[];
  sameRegion: boolean;
  score: number;
}

function rate(target: Entry, entry: Entry, index: LevelIndex): Rated {
  const distance = Math.abs(entry.log - target.log);
  const shared = index.features.map((_, i) => entry.values[i] === target.values[i]);
  const closeness = Math.max(0, 1 - distance / POPULATION_DECADES);
  const featureShare = shared.filter(Boolean).length / index.features.length;
  const score = Math.round((POPULATION_WEIGHT * closeness + FEATURES_WEIGHT * featureShare) * 100) / 100;
  const sameRegion = index.attributeCount > index.features.length && entry.record.regionId === target.record.regionId;
  return { entry, distance, shared, sameRegion, score };
}

const byRank = (a: Rated, b: Rated) =>
  b.score - a.score ||
  Number(b.sameRegion) - Number(a.sameRegion) ||
  a.distance - b.distance ||
  (a.entry.record.code < b.entry.record.code ? -1 : a.entry.record.code > b.entry.record.code ? 1 : 0);

const number = new Intl.NumberFormat('fr-FR');
const inhabitants = (n: number) => (n === 0 ? 'aucun habitant' : `${number.format(n)} habitant${n > 1 ? 's' : ''}`);

function populationReason(own: number, other: number): string {
  const factor = Math.max(own, other, 1) / Math.max(Math.min(own, other), 1);
  if (factor <= COMPARABLE_FACTOR) return `population comparable : ${inhabitants(other)}`;
  return `population plus ${other > own ? 'grande' : 'petite'} : ${inhabitants(other)}`;
}

function reasonsOf(target: Entry, rated: Rated, features: readonly Feature[], regionName: string | null): string[] {
  const reasons = [populationReason(target.record.population, rated.entry.record.population)];
  features.forEach((feature, i) => {
    if (rated.shared[i]) reasons.push(feature.reason(rated.entry.values[i]!));
  });
  if (rated.sameRegion && regionName) reasons.push(`même région : ${regionName}`);
  return reasons;
}

/**
 * `Territory.similar(first)`: the `first` (1 to 50) territories of its level closest to `t`, never `t` itself.
 * `onScored` hears how many territories were scored (a test checks it stays bounded by `first`, not by the level).
 */
export async function similarTerritories(
  t: TerritoryRecord,
  args: TerritorySimilarArgs,
  territories: Pick<TerritoryRepository, 'currentOfLevel'>,
  loaders: Loaders,
  onScored?: (count: number) => void,
): Promise<RankedTerritory[]> {
  const first = intBetween(args.first, 'first', 1, MAX_FIRST, DEFAULT_FIRST);
  const index = await indexOf(t.level, territories);
  const target = entryOf(t, index);
  const candidates = new Set<Entry>();
  for (let mask = 0; mask < 1 << index.attributeCount; mask++) addNearest(index.groups.get(groupKey(mask, target.values)) ?? [], target, first, candidates);
  onScored?.(candidates.size);
  const ranked = [...candidates].map((entry) => rate(target, entry, index)).sort(byRank).slice(0, first);
  const region = ranked.some((r) => r.sameRegion) && t.regionId ? await loaders.territory.load(t.regionId) : null;
  return ranked.map((r) => ({ territory: r.entry.record, score: r.score, reasons: reasonsOf(target, r, index.features, region?.name ?? null) }));
}
