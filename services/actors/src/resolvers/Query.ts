import { BadUserInputError, PlatformError, readPage, toConnection, type TerritoryLevel } from '@fabrique/kit';
import type { ActorsContext } from '../context';
import { ALLIANCE_ORDER } from '../models/alliances/repository';
import { ORGANISATION_ORDER } from '../models/organisations/repository';
import type { OrganisationKind } from '../models/organisations/schema';
import { PERSON_ORDER } from '../models/people/repository';
import { TERRITORY_ORDERS, type TerritoryOrder } from '../models/territories/repository';
import { territoryArgument } from './lists';

const CODE = /^[0-9A-Za-z]{2,9}$/;

type PageArgs = { first?: number | null; after?: string | null };

interface TerritoriesArgs extends PageArgs {
  level?: TerritoryLevel | null;
  within?: string | null;
  search?: string | null;
  minPopulation?: number | null;
  maxPopulation?: number | null;
  orderBy?: TerritoryOrder | null;
}

function populationRange(args: TerritoriesArgs) {
  for (const field of ['minPopulation', 'maxPopulation'] as const) {
    const value = args[field];
    if (value != null && value < 0) throw new BadUserInputError(field, `${field} cannot be negative.`);
  }
  if (args.minPopulation != null && args.maxPopulation != null && args.minPopulation > args.maxPopulation) {
    throw new BadUserInputError('maxPopulation', 'maxPopulation is below minPopulation.');
  }
}

export const Query = {
  async territory(_: unknown, args: { code: string; level?: TerritoryLevel | null }, { repositories }: ActorsContext) {
    const code = args.code.trim().toUpperCase();
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
  },

  async territories(_: unknown, args: TerritoriesArgs, { repositories }: ActorsContext) {
    const page = readPage(args, TERRITORY_ORDERS[args.orderBy ?? 'NAME']);
    populationRange(args);
    const filter = { ...args, within: territoryArgument(args.within) };
    const rows = await repositories.territories.list(filter, page);
    return toConnection(rows, page, () => repositories.territories.count(filter));
  },

  organisation: (_: unknown, args: { slug: string }, { loaders }: ActorsContext) => loaders.organisationBySlug.load(args.slug),

  async organisations(_: unknown, args: PageArgs & { kind?: OrganisationKind | null; within?: string | null; search?: string | null }, { repositories }: ActorsContext) {
    const page = readPage(args, ORGANISATION_ORDER);
    const filter = { ...args, within: territoryArgument(args.within) };
    const rows = await repositories.organisations.list(filter, page);
    return toConnection(rows, page, () => repositories.organisations.count(filter));
  },

  person: (_: unknown, args: { id: string }, { loaders }: ActorsContext) => loaders.person.load(args.id),

  async people(_: unknown, args: PageArgs & { search?: string | null }, { repositories }: ActorsContext) {
    const page = readPage(args, PERSON_ORDER);
    const rows = await repositories.people.list(args.search, page);
    return toConnection(rows, page, () => repositories.people.count(args.search));
  },

  alliance: (_: unknown, args: { slug: string }, { loaders }: ActorsContext) => loaders.allianceBySlug.load(args.slug),

  async alliances(_: unknown, args: PageArgs, { repositories }: ActorsContext) {
    const page = readPage(args, ALLIANCE_ORDER);
    const rows = await repositories.alliances.list(page);
    return toConnection(rows, page, () => repositories.alliances.count());
  },
};
