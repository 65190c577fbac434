import type { Model } from 'mongoose';
import type { CommitmentRecord, ConventionRecord } from '../models/conventions/schema';

/** What such a record may lack. */
type OlderConvention = Omit<ConventionRecord, 'statusHistory' | 'signatories' | 'documents' | 'partyIds' | 'programmeId' | 'startsOn' | 'endsOn' | 'commitments'> &
  Partial<Pick<ConventionRecord, 'statusHistory' | 'signatories' | 'documents' | 'programmeId' | 'startsOn' | 'endsOn'>> & {
    commitments?: Array<Pick<CommitmentRecord, 'number' | 'title' | 'description'> & Partial<Pick<CommitmentRecord, 'milestones' | 'indicators'>>>;
  };

/**
 * Completes in place the conventions written by the first version of this service (no status history,
 * signatories, documents, milestones or indicators yet), so that a database seeded then keeps working:
 * only missing fields are added, taken from the demo record of the same id when there is one (the
 * Puy-de-Dôme's), empty otherwise. Idempotent; nothing present is changed.
 */
export async function upgradeOlderConventions(model: Model<ConventionRecord>, demo: readonly ConventionRecord[]): Promise<number> {
  const older = await model.find({ statusHistory: { $exists: false } }).lean<OlderConvention[]>().exec();
  for (const record of older) {
    const seed = demo.find((d) => d._id === record._id);
    const commitments = (record.commitments ?? []).map((c) => {
      const seeded = seed?.commitments.find((s) => s.number === c.number);
      return { ...c, milestones: c.milestones ?? seeded?.milestones ?? [], indicators: c.indicators ?? seeded?.indicators ?? [] };
    });
    const upgraded: ConventionRecord = {
      programmeId: null,
      startsOn: seed?.startsOn ?? null,
      endsOn: seed?.endsOn ?? null,
      signatories: seed?.signatories ?? [],
      documents: seed?.documents ?? [],
      statusHistory: seed?.statusHistory ?? [{ from: null, to: record.status, at: record.createdAt, effectiveOn: null, by: null, note: 'recorded before status histories were kept' }],
      ...record,
      commitments,
      partyIds: record.parties.map((p) => p.actorId),
    };
    await model.replaceOne({ _id: record._id, version: record.version }, upgraded).exec();
  }
  return older.length;
}
