import type { ConventionsContext } from '../context';
import type { DiagnosticRecord } from '../models/diagnostics/schema';
import { visibleRecord } from '../domain/access';
import { iso } from './format';

export const Diagnostic = {
  id: (d: DiagnosticRecord) => d._id,
  territory: (d: DiagnosticRecord) => ({ __typename: 'Territory', id: d.territoryId }),
  programme: (d: DiagnosticRecord, _: unknown, { loaders }: ConventionsContext) => loaders.programme.load(d.programmeId),
  application: async (d: DiagnosticRecord, _: unknown, { identity, loaders }: ConventionsContext) =>
    d.applicationId ? visibleRecord(await loaders.application.load(d.applicationId), identity) : null,
  auditDayCount: (d: DiagnosticRecord) => d.auditDays.length,
  createdAt: (d: DiagnosticRecord) => iso(d.createdAt),
  updatedAt: (d: DiagnosticRecord) => iso(d.updatedAt),
};
