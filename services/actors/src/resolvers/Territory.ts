import { readPage, toConnection, type TerritoryLevel } from '@fabrique/kit';
import type { ActorsContext } from '../context';
import { holderKey } from '../models/positions/repository';
import { TERRITORY_ORDERS, type TerritoryOrder } from '../models/territories/repository';
import type { TerritoryRecord } from '../models/territories/schema';
import { unlessEnded } from './lists';

/** The level `children` lists when none is asked: the next one down. */
const NEXT_LEVEL: Record<TerritoryLevel, TerritoryLevel | null> = {
  REGION: 'DEPARTEMENT',
  DEPARTEMENT: 'COMMUNE',
  EPCI: 'COMMUNE',
  COMMUNE: null,
};

type ChildrenArgs = { level?: TerritoryLevel | null; orderBy?: TerritoryOrder | null; first?: number | null; after?: string | null };

export const Territory = {
  __resolveReference: (ref: { id: string }, { loaders }: ActorsContext) => loaders.territory.load(ref.id),
  id: (t: TerritoryRecord) => t._id,
  parent: (t: TerritoryRecord, _: unknown, { loaders }: ActorsContext) => (t.parentId ? loaders.territory.load(t.parentId) : null),
  async ancestors(t: TerritoryRecord, _: unknown, { loaders }: ActorsContext) {
    const found = await loaders.territory.loadMany(t.scope.filter((id) => id !== t._id));
    return found.filter((a): a is TerritoryRecord => a !== null && !(a instanceof Error));
  },
  epci: (t: TerritoryRecord, _: unknown, { loaders }: ActorsContext) => (t.epciId ? loaders.territory.load(t.epciId) : null),
  chefLieu: (t: TerritoryRecord, _: unknown, { loaders }: ActorsContext) => (t.chefLieuId ? loaders.territory.load(t.chefLieuId) : null),
  async children(t: TerritoryRecord, args: ChildrenArgs, { loaders }: ActorsContext) {
    const order = args.orderBy ?? 'NAME';
    const page = readPage(args, TERRITORY_ORDERS[order]);
    const level = args.level ?? NEXT_LEVEL[t.level];
    if (!level) return toConnection([], page, async () => 0);
    const { rows, totalCount } = await loaders.children.load({ parentId: t._id, level, order, limit: page.limit, after: page.after });
    return toConnection(rows, page, totalCount, (row) => loaders.territory.load(row._id));
  },
  memberships: async (t: TerritoryRecord, args: { includeEnded?: boolean | null }, { loaders }: ActorsContext) =>
    unlessEnded(await loaders.membershipsByActor.load(t._id), args.includeEnded),
  positions: async (t: TerritoryRecord, args: { includeEnded?: boolean | null }, { loaders }: ActorsContext) =>
    unlessEnded(await loaders.positionsByHolder.load(holderKey({ holderKind: 'TERRITORY', holderId: t._id })), args.includeEnded),
};
