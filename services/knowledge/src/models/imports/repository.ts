import type { Connection, Model } from 'mongoose';
import { baseRepository, isDuplicateKeyError } from '@fabrique/kit';
import { importClaimSchema, type ImportClaimRecord } from './schema';

export const claimId = (publisherId: string, key: string) => `${publisherId}:${key}`;

export function createImportClaimRepository(connection: Connection) {
  const model: Model<ImportClaimRecord> = connection.model<ImportClaimRecord>('ImportClaim', importClaimSchema);
  return {
    ...baseRepository(model),
    /** Inserts the claims in one round trip; returns the ids that were already claimed. */
    async claim(claims: readonly ImportClaimRecord[]): Promise<Set<string>> {
      if (claims.length === 0) return new Set();
      try {
        await model.insertMany(claims, { ordered: false });
        return new Set();
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
        const failed = (error as { writeErrors?: Array<{ index: number; code?: number; err?: { index: number; code?: number } }> }).writeErrors ?? [];
        const taken = new Set<string>();
        for (const e of failed) {
          const index = e.index ?? e.err?.index;
          const code = e.code ?? e.err?.code;
          if (code !== 11000) throw error;
          taken.add(claims[index]!._id);
        }
        return taken;
      }
    },
  };
}
