// Bulk import of experiences, each item on its own, with idempotency keys:
// 1. every item is validated (a bad item fails alone, nothing of it is written);
// 2. the valid items' keys are claimed in one unordered insert of `{_id: <publisherId>:<key>,
//    experienceId, fingerprint}` (a unique `_id` insert is atomic on FerretDB and MongoDB);
// 3. won claims create their experience (revision 1, then the record: the kit's versionStore);
// 4. a key already claimed creates nothing: the claim names the experience, which is returned, or,
//    if the earlier import died after claiming, is finished now (from its revision 1 if it got that
//    far, otherwise from this item, which has the same content: the fingerprints match).
// The same key with different content fails with CONFLICT.
import { createHash } from 'node:crypto';
import { BadUserInputError, ConflictError, errorCode, isDuplicateKeyError, requireAuthenticated, type Identity } from '@fabrique/kit';
import { GraphQLError } from 'graphql';
import type { KnowledgeContext } from '../../context';
import type { ExperienceImportItem, ImportExperiencesInput } from '../../generated/resolvers';
import { claimId } from '../../models/imports/repository';
import type { ImportClaimRecord } from '../../models/imports/schema';
import type { ExperienceRecord } from '../../models/experiences/schema';
import { indexed } from '../search/entries';
import { experienceService } from './kinds';

const MAX_IMPORT_ITEMS = 100;
const MAX_KEY_LENGTH = 200;

interface ImportResult {
  index: number;
  key: string;
  status: 'CREATED' | 'ALREADY_IMPORTED' | 'FAILED';
  experience: ExperienceRecord | null;
  error: { code: string; field: string | null; message: string } | null;
}

/** What identifies an item's content (not its id, dates or author); exported for the benchmark dataset. */
export function fingerprintOf(record: ExperienceRecord): string {
  const { _id, status, createdAt, updatedAt, listedAt, submittedAt, createdBy, ...content } = record;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

function failure(index: number, key: string, error: unknown): ImportResult {
  const code = errorCode(error);
  if (!code || !(error instanceof GraphQLError)) {
    // The claim (if any) is kept: retrying the item with the same key finishes it.
    return { index, key, status: 'FAILED', experience: null, error: { code: 'INTERNAL_SERVER_ERROR', field: null, message: 'This item could not be saved; retry it with the same key.' } };
  }
  const field = typeof error.extensions.field === 'string' ? error.extensions.field : null;
  return { index, key, status: 'FAILED', experience: null, error: { code, field, message: error.message } };
}

async function importItems(items: readonly ExperienceImportItem[], submit: boolean, context: KnowledgeContext): Promise<ImportResult[]> {
  const identity: Identity = context.identity;
  requireAuthenticated(identity);
  if (items.length === 0 || items.length > MAX_IMPORT_ITEMS) {
    throw new BadUserInputError('input.items', `Import between 1 and ${MAX_IMPORT_ITEMS} experiences at once.`, { max: MAX_IMPORT_ITEMS });
  }
  const { repositories } = context;
  const versions = repositories.experiences;
  const service = experienceService(context);
  const status = submit ? 'SUBMITTED' : 'DRAFT';
  const results: ImportResult[] = new Array(items.length);
  const valid: Array<{ index: number; record: ExperienceRecord; claim: ImportClaimRecord }> = [];

  await Promise.all(
    items.map(async (item, index) => {
      const key = typeof item.key === 'string' ? item.key.trim() : '';
      try {
        if (key === '' || key.length > MAX_KEY_LENGTH) throw new BadUserInputError(`input.items.${index}.key`, `key must have 1 to ${MAX_KEY_LENGTH} characters.`);
        const record = await service.prepare(item.experience, `input.items.${index}.experience`, status);
        valid.push({
          index,
          record,
          claim: { _id: claimId(record.publisherId, key), publisherId: record.publisherId, key, experienceId: record._id, fingerprint: fingerprintOf(record), claimedAt: new Date(), claimedBy: identity.subject ?? null },
        });
      } catch (error) {
        results[index] = failure(index, key, error);
      }
    }),
  );
  // A key given twice in one import: its first occurrence is imported, the others fail.
  const prepared: typeof valid = [];
  const keysSeen = new Set<string>();
  for (const item of valid.sort((a, b) => a.index - b.index)) {
    if (!keysSeen.has(item.claim._id)) {
      keysSeen.add(item.claim._id);
      prepared.push(item);
    } else {
      const error = new BadUserInputError(`input.items.${item.index}.key`, `key "${item.claim.key}" appears twice in this import.`);
      results[item.index] = failure(item.index, item.claim.key, error);
    }
  }

  const taken = await repositories.importClaims.claim(prepared.map((p) => p.claim));
  const earlier = new Map((await repositories.importClaims.findByIds([...taken])).map((c) => [c._id, c]));
  const existing = new Map((await repositories.experiences.findByIds([...earlier.values()].map((c) => c.experienceId))).map((e) => [e._id, e]));

  /** Creates the experience of a won (or abandoned) claim, once, whoever gets there first. */
  async function createOnce(record: ExperienceRecord): Promise<ExperienceRecord> {
    return indexed('EXPERIENCE', await createRecordOnce(record), repositories.searchEntries);
  }

  async function createRecordOnce(record: ExperienceRecord): Promise<ExperienceRecord> {
    try {
      return await versions.create(record, identity.subject ?? null, 'imported');
    } catch (error) {
      if (!isDuplicateKeyError(error) && errorCode(error) !== 'CONFLICT') throw error;
      // Someone else is creating it: roll it forward from its revision 1 (a duplicate means it is done).
      const created = await versions.resume(record._id);
      if (!created) throw error;
      return created;
    }
  }

  await Promise.all(
    prepared.map(async ({ index, record, claim }) => {
      try {
        if (!taken.has(claim._id)) {
          results[index] = { index, key: claim.key, status: 'CREATED', experience: await createOnce(record), error: null };
          return;
        }
        const previous = earlier.get(claim._id)!;
        if (previous.fingerprint !== claim.fingerprint) {
          throw new ConflictError(`key "${claim.key}" was already imported with other content; use a new key for new content.`, undefined, { field: `input.items.${index}.key` });
        }
        const done = existing.get(previous.experienceId);
        if (done) {
          results[index] = { index, key: claim.key, status: 'ALREADY_IMPORTED', experience: done, error: null };
          return;
        }
        // The earlier import claimed the key and died before creating the experience: finish it.
        const experience = await createOnce({ ...record, _id: previous.experienceId });
        results[index] = { index, key: claim.key, status: 'CREATED', experience, error: null };
      } catch (error) {
        results[index] = failure(index, claim.key, error);
      }
    }),
  );
  return results;
}

export async function importExperiences(input: ImportExperiencesInput, context: KnowledgeContext) {
  const results = await importItems(input.items, Boolean(input.submit), context);
  const count = (status: ImportResult['status']) => results.filter((r) => r.status === status).length;
  return { results, createdCount: count('CREATED'), alreadyImportedCount: count('ALREADY_IMPORTED'), failedCount: count('FAILED') };
}
