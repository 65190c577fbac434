import { readPage, toConnection, type TerritoryLevel } from '@fabrique/kit';
import type { ActorsContext } from '../context';
import { TERRITORY_ORDER } from '../models/territories/repository';
import type { TerritoryRecord } from '../models/territories/schema';

/** The level `children` lists when none is asked: the next one down. */
const NEXT_LEVEL: Record<TerritoryLevel, TerritoryLevel | null> = {
  REGION: 'DEPARTEMENT',
  DEPARTEMENT: 'COMMUNE',
  EPCI: 'COMMUNE',
  COMMUNE: null,
};

export const Territory = {
  __resolveReference: (ref: { id: string }, { loaders }: ActorsContext) => loaders.territory.load(ref.id),
  id: (t: TerritoryRecord) => t._id,
  parent: (t: TerritoryRecord, _: unknown, { loaders }: ActorsContext) => (t.parentId ? loaders.territory.load(t.parentId) : null),
  chefLieu: (t: TerritoryRecord, _: unknown, { loaders }: ActorsContext) => (t.chefLieuId ? loaders.territory.load(t.chefLieuId) : null),
  async children(
    t: TerritoryRecord,
    args: { level?: TerritoryLevel | null; first?: number | null; after?: string | null },
    { repositories }: ActorsContext,
  ) {
    const page = readPage(args, TERRITORY_ORDER);
    const level = args.level ?? NEXT_LEVEL[t.level];
    if (!level) return toConnection([], page, async () => 0);
    const filter = { level, within: t._id };
    const rows = await repositories.territories.list(filter, page);
    return toConnection(rows, page, () => repositories.territories.count(filter));
  },
};
