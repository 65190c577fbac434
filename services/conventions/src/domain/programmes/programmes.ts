// Programmes named in an input: the programme of a kind, or BAD_USER_INPUT naming the field.
import { BadUserInputError } from '@fabrique/kit';
import type { ConventionsContext } from '../../context';
import type { ProgrammeKind, ProgrammeRecord } from '../../models/programmes/schema';

export async function programmeOrFail(kind: ProgrammeKind, field: string, context: ConventionsContext): Promise<ProgrammeRecord> {
  const programme = await context.loaders.programmeByKind.load(kind);
  if (!programme) throw new BadUserInputError(field, `No programme ${kind}.`);
  return programme;
}

/** The programme a record belongs to: records only name programmes that exist (programmes are never deleted). */
export const programmeOf = async (programmeId: string, { loaders }: ConventionsContext): Promise<ProgrammeRecord> => (await loaders.programme.load(programmeId))!;
