import { readPage, toConnection } from '@fabrique/kit';
import type { ConventionsContext } from '../context';
import { CONVENTION_ORDER } from '../models/conventions/repository';
import type { ConventionStatus } from '../models/conventions/schema';
import type { ProgrammeKind } from '../models/programmes/schema';

interface ConventionListArgs {
  status?: ConventionStatus | null;
  first?: number | null;
  after?: string | null;
}

/** Shared by Query.conventions, Territory.conventions and Organisation.conventions. */
export async function listConventions(
  args: ConventionListArgs,
  scope: { territoryId?: string; organisationId?: string },
  { repositories }: ConventionsContext,
) {
  const page = readPage(args, CONVENTION_ORDER);
  const filter = { status: args.status ?? null, ...scope };
  const rows = await repositories.conventions.list(filter, page);
  return toConnection(rows, page, () => repositories.conventions.count(filter));
}

export const Query = {
  programmes: (_: unknown, __: unknown, { repositories }: ConventionsContext) => repositories.programmes.all(),
  programme: (_: unknown, args: { kind: ProgrammeKind }, { loaders }: ConventionsContext) => loaders.programmeByKind.load(args.kind),
  convention: (_: unknown, args: { id: string }, { loaders }: ConventionsContext) => loaders.convention.load(args.id),
  conventions: (_: unknown, args: ConventionListArgs, context: ConventionsContext) => listConventions(args, {}, context),
};
