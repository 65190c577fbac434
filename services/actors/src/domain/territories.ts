// Territories of the reference data: finding one by code, lists, and a territory's ancestors and
// children (read through the request's loaders).
import { badTerritoryId, BadUserInputError, parseTerritoryId, PlatformError, readPage, toConnection, type TerritoryLevel } from '@fabrique/kit';
import type { QueryTerritoriesArgs, QueryTerritoryArgs, TerritoryChildrenArgs } from '../generated/resolvers';
import type { Loaders } from '../loaders';
import { TERRITORY_ORDERS } from '../models/territories/repository';
import type { TerritoryRecord } from '../models/territories/schema';
import type { Repositories } from '../repositories';
import { populationRange, territoryArgument } from './lists';
import { rankedOrder, rankedPage } from './search';

const CODE = /^[0-9A-Za-z]{2,9}$/;

/** The level `children` lists when none is asked: the next one down. */
const NEXT_LEVEL: Record<TerritoryLevel, TerritoryLevel | null> = {
  REGION: 'DEPARTEMENT',
  DEPARTEMENT: 'COMMUNE',
  EPCI: 'COMMUNE',
  COMMUNE: null,
};

/** The territory with this code (at this level): AMBIGUOUS_CODE when the code names several current ones. */
export async function territoryByCode(repositories: Repositories, args: QueryTerritoryArgs) {
  if (args.id != null) return territoryById(repositories, args);
  if (args.code == null) throw new BadUserInputError('code', 'territory needs `id` (e.g. "DEPARTEMENT:63") or `code` (e.g. "63").');
  const code = args.code.trim().toUpperCase();
  // A territory id passed as a code: name the argument that takes it.
  if (parseTerritoryId(code)) {
    throw new BadUserInputError('code', `"${args.code}" is a territory id, not a code: use territory(id: "${code}"), or territory(code: "${code.slice(code.indexOf(':') + 1)}").`, {
      hint: `territory(id: "${code}")`,
    });
  }
  if (!CODE.test(code)) throw new BadUserInputError('code', 'A territory code is 2 to 9 letters or digits (INSEE code, or SIREN for an EPCI).');
  const found = await repositories.territories.findByCode(code, args.level);
  const current = found.filter((t) => t.retiredIn == null);
  if (current.length > 1) {
    const candidates = current.map((t) => ({ id: t._id, level: t.level, name: t.name }));
    throw new PlatformError(
      'AMBIGUOUS_CODE',
      `Code ${code} names several territories: ${candidates.map((c) => `${c.name} (${c.level})`).join(', ')}. Pass \`level\` to choose.`,
      { field: 'level', candidates },
    );
  }
  return found[0] ?? null;
}

/** `territory(id:)`: null for an unknown id, as `node` answers; `id` goes alone. */
async function territoryById(repositories: Repositories, args: QueryTerritoryArgs) {
  const id = args.id!;
  if (args.code != null || args.level != null) throw new BadUserInputError(args.code != null ? 'code' : 'level', 'territory takes either `id`, or `code` (with `level` if needed), not both.');
  if (!parseTerritoryId(id)) throw badTerritoryId('id', id);
  const [found] = await repositories.territories.findByIds([id]);
  return found ?? null;
}

/** A name search without `orderBy` is ranked: exact name, name prefix, word matches, then population. */
const RANKED_TERRITORIES = rankedOrder(TERRITORY_ORDERS.POPULATION_DESC);

export async function listTerritories(repositories: Repositories, args: QueryTerritoriesArgs) {
  const criteria = args.filter ?? {};
  const ranked = Boolean(criteria.search) && args.orderBy == null;
  const page = readPage(args, ranked ? RANKED_TERRITORIES : TERRITORY_ORDERS[args.orderBy ?? 'NAME']);
  populationRange(criteria);
  const filter = { ...criteria, within: territoryArgument(criteria.within) };
  const rows = ranked
    ? await rankedPage(page, (searchRank, rankPage) => repositories.territories.list({ ...filter, searchRank }, rankPage))
    : await repositories.territories.list(filter, page);
  return toConnection(rows, page, () => repositories.territories.count(filter));
}

/** The territories containing this one, from its scope. */
export async function ancestorsOf(t: TerritoryRecord, loaders: Loaders) {
  const found = await loaders.territory.loadMany(t.scope.filter((id) => id !== t._id));
  return found.filter((a): a is TerritoryRecord => a !== null && !(a instanceof Error));
}

/** A page of the territories inside this one, at the asked level or the next one down. */
export async function childrenOf(t: TerritoryRecord, args: TerritoryChildrenArgs, loaders: Loaders) {
  const order = args.orderBy ?? 'NAME';
  const page = readPage(args, TERRITORY_ORDERS[order]);
  const level = args.filter?.level ?? NEXT_LEVEL[t.level];
  if (!level) return toConnection([], page, async () => 0);
  const { rows, totalCount } = await loaders.children.load({ parentId: t._id, level, order, limit: page.limit, after: page.after });
  return toConnection(rows, page, totalCount, (row) => loaders.territory.load(row._id));
}
