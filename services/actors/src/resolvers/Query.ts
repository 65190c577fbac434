import { BadUserInputError, PlatformError, readPage, toConnection, TERRITORY_LEVELS, type TerritoryLevel } from '@fabrique/kit';
import type { ActorsContext } from '../context';
import { TERRITORY_ORDER } from '../models/territories/repository';

const CODE = /^[0-9A-Za-z]{2,9}$/;

function checkLevel(level: TerritoryLevel | null | undefined) {
  if (level && !TERRITORY_LEVELS.includes(level)) throw new BadUserInputError('level', `Unknown level ${level}.`);
}

export const Query = {
  async territory(_: unknown, args: { code: string; level?: TerritoryLevel | null }, { repositories }: ActorsContext) {
    const code = args.code.trim().toUpperCase();
    if (!CODE.test(code)) throw new BadUserInputError('code', 'A territory code is 2 to 9 letters or digits (INSEE code, or SIREN for an EPCI).');
    checkLevel(args.level);
    const found = await repositories.territories.findByCode(code, args.level);
    if (found.length > 1) {
      const candidates = found.map((t) => ({ id: t._id, level: t.level, name: t.name }));
      throw new PlatformError(
        'AMBIGUOUS_CODE',
        `Code ${code} names several territories: ${candidates.map((c) => `${c.name} (${c.level})`).join(', ')}. Pass \`level\` to choose.`,
        { field: 'level', candidates },
      );
    }
    return found[0] ?? null;
  },

  async territories(_: unknown, args: { level?: TerritoryLevel | null; first?: number | null; after?: string | null }, { repositories }: ActorsContext) {
    checkLevel(args.level);
    const page = readPage(args, TERRITORY_ORDER);
    const filter = { level: args.level ?? null };
    const rows = await repositories.territories.list(filter, page);
    return toConnection(rows, page, () => repositories.territories.count(filter));
  },

  organisation: (_: unknown, args: { slug: string }, { loaders }: ActorsContext) => loaders.organisationBySlug.load(args.slug),

  alliance: (_: unknown, args: { slug: string }, { loaders }: ActorsContext) => loaders.allianceBySlug.load(args.slug),
};
