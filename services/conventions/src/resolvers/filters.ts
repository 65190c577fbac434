import { allOf, BadUserInputError, checkActorId, checkTerritoryId, type Identity } from '@fabrique/kit';
import type { ConventionsContext } from '../context';
import { privateRecordsFilter } from '../domain/access';
import { isoDate } from '../domain/input';
import type { ConventionStatus } from '../models/conventions/schema';
import type { ProgrammeKind } from '../models/programmes/schema';
import type { Filter } from '@fabrique/kit';

/** Filters shared by the top-level lists, the sub-lists and the statistics. */
/** The arguments of a list filtered by status: one (`status`) or several (`statuses`). */
export interface StatusArgs<S extends string> {
  status?: S | null;
  statuses?: S[] | null;
}

export function statusIn<S extends string>(args: StatusArgs<S>): Filter {
  if (args.status && args.statuses) throw new BadUserInputError('statuses', 'Give `status` or `statuses`, not both.');
  if (args.status) return { status: args.status };
  return args.statuses?.length ? { status: { $in: [...new Set(args.statuses)] } } : {};
}

export interface DateRangeArg {
  from?: string | null;
  to?: string | null;
}

function readRange(field: string, range: DateRangeArg) {
  const from = range.from == null ? null : isoDate(`${field}.from`, range.from);
  const to = range.to == null ? null : isoDate(`${field}.to`, range.to);
  if (from && to && to < from) throw new BadUserInputError(`${field}.to`, `${field}.to must not be before ${field}.from.`);
  return { from, to };
}

export async function programmeIdFilter(field: string, kind: ProgrammeKind | null | undefined, context: ConventionsContext): Promise<Filter> {
  if (!kind) return {};
  const programme = await context.loaders.programmeByKind.load(kind);
  // An unknown programme matches nothing (the enum makes it impossible short of an empty database).
  return { [field]: programme?._id ?? '' };
}

/** Records about this territory or one inside it; an unknown territory is NOT_FOUND, not an empty list. */
export const territoryFilter = (field: string, territory: string | null | undefined): Filter =>
  territory ? { territoryScope: checkTerritoryId(field, territory) } : {};

export interface ConventionListArgs extends StatusArgs<ConventionStatus> {
  party?: string | null;
  territory?: string | null;
  programme?: ProgrammeKind | null;
  signed?: DateRangeArg | null;
  inForce?: DateRangeArg | null;
}

export async function conventionFilter(args: ConventionListArgs, context: ConventionsContext): Promise<Filter> {
  const parts: Filter[] = [statusIn(args), territoryFilter('territory', args.territory), await programmeIdFilter('programmeId', args.programme, context)];
  if (args.party) parts.push({ partyIds: checkActorId('party', args.party) });
  if (args.signed) {
    const { from, to } = readRange('signed', args.signed);
    parts.push({ signedOn: { $ne: null, ...(from ? { $gte: from } : {}), ...(to ? { $lte: to } : {}) } });
  }
  if (args.inForce) {
    // In force at some point of the range: signed, started by its end, not ended before its start.
    const { from, to } = readRange('inForce', args.inForce);
    parts.push({ status: { $ne: 'IN_PREPARATION' }, startsOn: { $ne: null, ...(to ? { $lte: to } : {}) } });
    if (from) parts.push({ $or: [{ endsOn: null }, { endsOn: { $gte: from } }] });
  }
  return allOf(...parts);
}

/** The filter of private records (applications, diagnostics) the caller may see, with `more`; null when none. */
export function visible(identity: Identity, ...more: Filter[]): Filter | null {
  const visibility = privateRecordsFilter(identity);
  return visibility === null ? null : allOf(visibility, ...more);
}
