// Diagnostics: recording and editing the result of a short diagnostic (staff only); its audit days
// obey the programme's rules.
import { BadUserInputError, longText, newId, optionalText, requireChanges, territoryScope, textList } from '@fabrique/kit';
import type { ConventionsContext } from '../context';
import type { CreateDiagnosticInput, UpdateDiagnosticInput } from '../generated/resolvers';
import type { DiagnosticRecord } from '../models/diagnostics/schema';
import type { ProgrammeRecord } from '../models/programmes/schema';
import { authorOf, requireStaff, visibleRecord } from './access';
import { programmeOrFail } from './programmes/programmes';
import { territoryInput } from './input';
import { checkAuditDays } from './programmes/rules';

const readAuditDays = (programme: ProgrammeRecord, days: readonly string[], field: string) => {
  const read = [...days].sort();
  checkAuditDays(programme, read, field);
  return read;
};

/** The accepted application of this territory to this programme that the diagnostic answers. */
async function checkApplication(applicationId: string, territoryId: string, programme: ProgrammeRecord, context: ConventionsContext) {
  const application = await context.loaders.application.load(applicationId);
  if (!application || application.territoryId !== territoryId || application.programmeId !== programme._id || application.status !== 'ACCEPTED') {
    throw new BadUserInputError('input.applicationId', `The diagnostic answers an ACCEPTED application of ${territoryId} to ${programme.kind}; "${applicationId}" is not one.`);
  }
}

/** Records the result of a short diagnostic (staff); audit days obey the programme's rules. */
export async function createDiagnostic(input: CreateDiagnosticInput, context: ConventionsContext, id: string = newId()): Promise<DiagnosticRecord> {
  requireStaff(context.identity);
  const territoryId = territoryInput(input.territoryId, 'input.territoryId');
  const programme = await programmeOrFail(input.programme ?? 'SHORT_DIAGNOSTIC', 'input.programme', context);
  const auditDays = readAuditDays(programme, input.auditDays, 'input.auditDays');
  if (input.applicationId) await checkApplication(input.applicationId, territoryId, programme, context);
  const at = new Date();
  const diagnostic: DiagnosticRecord = {
    _id: id,
    territoryId,
    territoryScope: territoryScope([territoryId]),
    programmeId: programme._id,
    applicationId: input.applicationId ?? null,
    auditDays,
    summary: optionalText(input.summary, 'input.summary', longText(5000)),
    strengths: textList(input.strengths ?? [], 'input.strengths', 50, longText(2000)),
    weaknesses: textList(input.weaknesses ?? [], 'input.weaknesses', 50, longText(2000)),
    recommendations: textList(input.recommendations ?? [], 'input.recommendations', 50, longText(2000)),
    deliveredOn: input.deliveredOn ?? null,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  return context.repositories.diagnostics.create(diagnostic, authorOf(context.identity), 'created');
}

export async function updateDiagnostic({ id, expectedVersion, changes }: UpdateDiagnosticInput, context: ConventionsContext) {
  requireStaff(context.identity);
  requireChanges(changes);
  const current = await context.loaders.diagnostic.load(id);
  const programme = current ? await context.loaders.programme.load(current.programmeId) : null;
  const auditDays = changes.auditDays == null || !programme ? undefined : readAuditDays(programme, changes.auditDays, 'input.changes.auditDays');
  const summary = changes.summary === undefined ? undefined : optionalText(changes.summary, 'input.changes.summary', longText(5000));
  const lists = {
    strengths: changes.strengths == null ? undefined : textList(changes.strengths, 'input.changes.strengths', 50, longText(2000)),
    weaknesses: changes.weaknesses == null ? undefined : textList(changes.weaknesses, 'input.changes.weaknesses', 50, longText(2000)),
    recommendations: changes.recommendations == null ? undefined : textList(changes.recommendations, 'input.changes.recommendations', 50, longText(2000)),
  };
  const deliveredOn = changes.deliveredOn === undefined ? undefined : changes.deliveredOn;
  const at = new Date();
  return context.repositories.diagnostics.update(
    id,
    expectedVersion,
    (d) => ({
      ...d,
      auditDays: auditDays ?? d.auditDays,
      summary: summary === undefined ? d.summary : summary,
      strengths: lists.strengths ?? d.strengths,
      weaknesses: lists.weaknesses ?? d.weaknesses,
      recommendations: lists.recommendations ?? d.recommendations,
      deliveredOn: deliveredOn === undefined ? d.deliveredOn : deliveredOn,
      updatedAt: at,
    }),
    authorOf(context.identity),
    'updated',
  );
}

/** The application a diagnostic answers, when there is one and the caller may see it. */
export async function applicationOf(diagnostic: DiagnosticRecord, { identity, loaders }: ConventionsContext) {
  return diagnostic.applicationId ? visibleRecord(await loaders.application.load(diagnostic.applicationId), identity) : null;
}
