import { loadReferenceData, buildTerritoryRecords, inDepartements, type TerritoryRecord } from '@fabrique/actors';
import type { TerritoryLevel } from '@fabrique/kit';
import type { Random } from './random';

/**
 * The territories the actors import writes (the same records, built in memory by its own code), with
 * the draws the generators need: communes weighted by population (cities publish more) or uniform
 * (every village may), and the children count `Territory.children` gives by default.
 */
export class TerritoryPool {
  readonly byLevel: Record<TerritoryLevel, TerritoryRecord[]>;
  private readonly byId: Map<string, TerritoryRecord>;
  private readonly cumulativePopulation: number[];
  /** Communes inside each EPCI and département (the default children of those levels). */
  readonly communeCount = new Map<string, number>();
  private readonly communesInside = new Map<string, string[]>();

  constructor(records: TerritoryRecord[]) {
    const sorted = [...records].sort((a, b) => (a._id < b._id ? -1 : 1));
    this.byId = new Map(sorted.map((t) => [t._id, t]));
    this.byLevel = { REGION: [], DEPARTEMENT: [], EPCI: [], COMMUNE: [] };
    for (const t of sorted) this.byLevel[t.level].push(t);
    let total = 0;
    this.cumulativePopulation = this.byLevel.COMMUNE.map((c) => (total += Math.max(c.population, 1)));
    for (const commune of this.byLevel.COMMUNE) {
      for (const id of commune.scope) {
        if (id === commune._id) continue;
        this.communeCount.set(id, (this.communeCount.get(id) ?? 0) + 1);
        this.communesInside.set(id, [...(this.communesInside.get(id) ?? []), commune._id]);
      }
    }
  }

  get(id: string): TerritoryRecord {
    const territory = this.byId.get(id);
    if (!territory) throw new Error(`No territory ${id} in the dataset's territories.`);
    return territory;
  }

  /** A commune, drawn by population half of the time, uniformly otherwise. */
  commune(random: Random): TerritoryRecord {
    const communes = this.byLevel.COMMUNE;
    if (random.chance(0.5)) return random.pick(communes);
    const draw = random.next() * this.cumulativePopulation.at(-1)!;
    let low = 0;
    let high = communes.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.cumulativePopulation[mid]! < draw) low = mid + 1;
      else high = mid;
    }
    return communes[low]!;
  }

  /**
   * A territory of the level drawn with these weights. Départements and régions are drawn among those
   * whose communes were imported, so that a record about them also shows on their communes' pages.
   */
  any(random: Random, weights: Readonly<Record<TerritoryLevel, number>>): TerritoryRecord {
    const level = random.weighted(weights);
    if (level === 'COMMUNE') return this.commune(random);
    const commune = this.commune(random);
    const id = level === 'EPCI' ? commune.epciId : level === 'DEPARTEMENT' ? commune.parentId : commune.regionId;
    return id ? this.get(id) : commune;
  }

  /**
   * The territory whose default children (communes) number closest to `target`, among EPCIs and
   * départements whose children pass `childrenQualify` if any does (the children probe wants sub-lists
   * with items among the children of both territories it compares: an empty sub-list skips a query).
   */
  closestByChildren(target: number, childrenQualify: (communeIds: readonly string[]) => boolean = () => true): { id: string; children: number } {
    const closer = (children: number, best: { children: number } | null) => !best || Math.abs(children - target) < Math.abs(best.children - target);
    let best: { id: string; children: number } | null = null;
    let qualified: { id: string; children: number } | null = null;
    for (const t of [...this.byLevel.EPCI, ...this.byLevel.DEPARTEMENT]) {
      const children = this.communeCount.get(t._id) ?? 0;
      if (children === 0) continue;
      if (closer(children, best)) best = { id: t._id, children };
      if (closer(children, qualified) && childrenQualify(this.communesInside.get(t._id)!)) qualified = { id: t._id, children };
    }
    if (!best) throw new Error('No territory with communes in the dataset.');
    return qualified ?? best;
  }
}

/** The territories of the actors import for these départements (all of France when null). */
export function territoryPool(departements: readonly string[] | null): TerritoryPool {
  const records = buildTerritoryRecords(loadReferenceData());
  return new TerritoryPool(departements ? records.filter(inDepartements(departements)) : records);
}
