import type { Connection, Model } from 'mongoose';
import { isDuplicateKeyError, versionedRepository, type RevisionRecord } from '@fabrique/kit';
import { claimSchema, type ClaimRecord } from './schema';

export function createClaimRepository(connection: Connection, revisions: Model<RevisionRecord>) {
  const model: Model<ClaimRecord> = connection.model<ClaimRecord>('Claim', claimSchema);
  return {
    // Holder changes (`update`): exactly one of simultaneous claimants of a version wins, the others get CONFLICT.
    ...versionedRepository<ClaimRecord>(model, revisions, 'Claim'),
    inScope: (scope: string) => model.find({ scope }).sort({ number: 1 }).lean<ClaimRecord[]>().exec(),
    /** Creates the missing claims, free (one command; claims that exist already are left alone). */
    async createFree(claims: ReadonlyArray<Pick<ClaimRecord, '_id' | 'scope' | 'number'>>): Promise<void> {
      if (claims.length === 0) return;
      const free = claims.map((c) => ({ ...c, holderId: null, heldSince: new Date(0), version: 1 }));
      await model.insertMany(free, { ordered: false }).catch((error: unknown) => {
        if (!isDuplicateKeyError(error)) throw error;
      });
    },
  };
}

export type ClaimRepository = ReturnType<typeof createClaimRepository>;
