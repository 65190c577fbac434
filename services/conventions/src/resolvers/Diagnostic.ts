import { visibleRecord } from '../domain/access';
import { applicationOf } from '../domain/diagnostics';
import { programmeOf } from '../domain/programmes/programmes';
import type { DiagnosticResolvers } from '../generated/resolvers';
import { iso } from './format';

export const Diagnostic: DiagnosticResolvers = {
  // Read as an entity when `node` names it: hidden as the `diagnostic` query hides it.
  __resolveReference: async (ref, { loaders, identity }) => visibleRecord(await loaders.diagnostic.load(ref.id), identity),
  id: (d) => d._id,
  territory: (d) => ({ __typename: 'Territory', id: d.territoryId }),
  programme: (d, _, context) => programmeOf(d.programmeId, context),
  application: (d, _, context) => applicationOf(d, context),
  auditDayCount: (d) => d.auditDays.length,
  createdAt: (d) => iso(d.createdAt),
  updatedAt: (d) => iso(d.updatedAt),
};
