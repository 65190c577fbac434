// Experiences and resources, one service for both kinds (kinds.ts says what differs): creation,
// edits, workflow transitions and restores, each a new version with its revision (the kit's
// versioning), and each re-indexed for search.
import { BadUserInputError, expectedVersion as checkedVersion, ForbiddenError, isStaff, longText, newId, NotFoundError, optionalText, requireAuthenticated, requireChanges, requiredText, type Identity, type RevisionRecord, type VersionStore } from '@fabrique/kit';
import type DataLoader from 'dataloader';
import type { ExperienceChangesInput } from '../../generated/resolvers';
import type { PublicationRecord } from '../../models/publications/schema';
import type { SearchEntryRepository } from '../../models/search/repository';
import type { KnowledgeType } from '../../models/search/schema';
import type { ThemeRecord } from '../../models/themes/schema';
import { canActFor, ownActorOf } from '../access';
import * as check from '../input';
import { indexed } from '../search/entries';
import { applyTransition, checkTransition, requireEditable, type WorkflowAction } from './workflow';

/** The fields every create/update input of a publication may carry. */
type CommonInput = Pick<ExperienceChangesInput, 'title' | 'summary' | 'body' | 'language' | 'territoryIds' | 'themeIds' | 'programmeId'>;

/** What differs between experiences and resources. */
export interface PublicationKind<R extends PublicationRecord, I extends CommonInput> {
  /** "Experience", "Resource": used in messages. */
  what: string;
  type: KnowledgeType;
  versions: VersionStore<R>;
  loader: DataLoader<string, R | null>;
  /** Checks the kind's own fields of the input; `partial` for updates (absent = unchanged). */
  ownFields(input: I, path: string, partial: boolean): Partial<R>;
  /** Default values of the kind's own fields for a new record. */
  defaults: Omit<R, keyof PublicationRecord>;
  /** Fields a restore brings back from a revision (content, not workflow). */
  contentFields: ReadonlyArray<keyof R>;
  /** What a record needs before it is submitted: each missing field's name with its wording, e.g. `['summary', 'a summary']`. */
  missingForSubmission(record: R): Array<readonly [field: string, wording: string]>;
}

interface ServiceDeps {
  identity: Identity;
  themes: DataLoader<string, ThemeRecord | null>;
  searchEntries: SearchEntryRepository;
}

const subjectOf = (identity: Identity) => identity.subject ?? null;

/**
 * Refuses to submit an incomplete record: one BAD_USER_INPUT listing every missing field
 * (`extensions.fields`, `field` the first of them), so that a publisher fixes them all in one edit.
 */
function requireComplete<R extends PublicationRecord>(kind: Pick<PublicationKind<R, never>, 'what' | 'missingForSubmission'>, record: R, path: string | null): void {
  const missing = kind.missingForSubmission(record);
  if (missing.length === 0) return;
  const fields = missing.map(([field]) => (path ? `${path}.${field}` : field));
  const edit = path ? 'Give them' : `Add them with update${kind.what}`;
  throw new BadUserInputError(
    fields[0]!,
    `This ${kind.what.toLowerCase()} cannot be submitted yet: it needs ${missing.map(([, wording]) => wording).join(', ')} (missing: ${fields.join(', ')}). ${edit}, then submit again.`,
    { fields },
  );
}

/** Checks the common fields of an input; for updates only the given ones (null clears optional ones). */
async function commonFields(input: CommonInput, path: string, partial: boolean, deps: ServiceDeps): Promise<Partial<PublicationRecord>> {
  const fields: Partial<PublicationRecord> = {};
  const given = (key: keyof CommonInput) => !partial || input[key] !== undefined;
  if (given('title')) fields.title = requiredText(input.title, `${path}.title`, check.LIMITS.title);
  if (given('summary')) fields.summary = optionalText(input.summary, `${path}.summary`, longText(check.LIMITS.summary)) ?? '';
  if (given('body')) fields.body = optionalText(input.body, `${path}.body`, longText(check.LIMITS.body)) ?? '';
  if (given('language')) fields.language = check.language(input.language ?? 'fr', `${path}.language`);
  if (given('territoryIds')) Object.assign(fields, check.territoryIds(input.territoryIds, `${path}.territoryIds`));
  if (given('themeIds')) {
    const ids = (input.themeIds ?? []).map(String);
    const themes = (await deps.themes.loadMany(ids)).map((t) => (t instanceof Error ? null : t));
    Object.assign(fields, check.themeIds(ids, themes, `${path}.themeIds`));
  }
  if (given('programmeId')) fields.programmeId = check.objectIdOrNull(input.programmeId, `${path}.programmeId`);
  return fields;
}

/** Experiences and resources: creation, edits, workflow and restore, all versioned. */
export function publicationService<R extends PublicationRecord, I extends CommonInput>(kind: PublicationKind<R, I>, deps: ServiceDeps) {
  const { identity } = deps;

  async function load(id: string): Promise<R> {
    const record = await kind.loader.load(id);
    if (!record) throw new NotFoundError(kind.what, id);
    return record;
  }

  /** A new version with changed content, re-indexed for search. */
  async function saveContent(id: string, expected: number, patch: Partial<R>, note: string): Promise<R> {
    const next = await kind.versions.update(
      id,
      expected,
      (latest) => {
        // Re-checked on the version being replaced: it may have moved since the first read.
        requireEditable(identity, latest, kind.what.toLowerCase());
        return { ...latest, ...patch, updatedAt: new Date() };
      },
      subjectOf(identity),
      note,
    );
    return indexed(kind.type, next, deps.searchEntries);
  }

  return {
    /** Validates a new record and builds it (no write): shared by create and bulk import. */
    async prepare(input: I & { publisherId?: string | null }, path: string, status: 'DRAFT' | 'SUBMITTED' = 'DRAFT', id: string = newId()): Promise<R> {
      requireAuthenticated(identity);
      const publisherId = input.publisherId ? check.actorId(input.publisherId, `${path}.publisherId`) : ownActorOf(identity);
      if (!publisherId) throw new BadUserInputError(`${path}.publisherId`, 'Staff must name the publishing organisation or territory.');
      if (!canActFor(identity, publisherId)) throw new ForbiddenError('You may only publish for your own organisation or territory.');
      const fields = { ...(await commonFields(input, path, false, deps)), ...kind.ownFields(input, path, false) };
      const now = new Date();
      const record = {
        ...kind.defaults,
        ...fields,
        _id: id,
        version: 1,
        status,
        publisherId,
        moderationComment: null,
        submittedAt: status === 'SUBMITTED' ? now : null,
        publishedAt: null,
        publishedMonth: null,
        archivedAt: null,
        listedAt: now,
        createdAt: now,
        updatedAt: now,
        createdBy: subjectOf(identity),
      } as unknown as R;
      // An import that submits at once follows the rule of submit.
      if (status === 'SUBMITTED') requireComplete(kind, record, path);
      return record;
    },

    /** Creates a record (under `id`: an idempotent retry names the id its first attempt claimed). */
    async create(input: I & { publisherId?: string | null }, id: string = newId()): Promise<R> {
      const record = await this.prepare(input, 'input', 'DRAFT', id);
      return indexed(kind.type, await kind.versions.create(record, subjectOf(identity), 'created'), deps.searchEntries);
    },

    async update(id: string, expectedVersion: number, changes: I): Promise<R> {
      const current = await load(id);
      requireEditable(identity, current, kind.what.toLowerCase());
      const expected = checkedVersion(expectedVersion);
      const patch = { ...(await commonFields(changes, 'input.changes', true, deps)), ...kind.ownFields(changes, 'input.changes', true) } as Partial<R>;
      requireChanges(patch);
      return saveContent(id, expected, patch, 'edited');
    },

    async transition(id: string, action: WorkflowAction, expectedVersion: number, comment: string | null | undefined): Promise<R> {
      const current = await load(id);
      checkTransition(identity, current, action, kind.what);
      if (action === 'submit') requireComplete(kind, current, null);
      const note = optionalText(comment, 'input.comment', longText(2_000)) || null;
      if (action === 'returnToDraft' && isStaff(identity) && !note) {
        throw new BadUserInputError('input.comment', 'Say why the submission goes back to its publisher.');
      }
      const expected = checkedVersion(expectedVersion);
      const next = await kind.versions.update(
        id,
        expected,
        (latest) => {
          const { to } = checkTransition(identity, latest, action, kind.what);
          // Re-checked on the version being replaced: it may have changed since the first read.
          if (action === 'submit') requireComplete(kind, latest, null);
          return applyTransition(latest, to, new Date(), note);
        },
        subjectOf(identity),
        note ? `${action}: ${note}` : action,
      );
      return indexed(kind.type, next, deps.searchEntries);
    },

    async restore(id: string, revisionVersion: number, expectedVersion: number): Promise<R> {
      const current = await load(id);
      requireEditable(identity, current, kind.what.toLowerCase());
      const expected = checkedVersion(expectedVersion);
      const revision = await kind.versions.revision(id, checkedVersion(revisionVersion, 'input.version'));
      if (!revision) throw new NotFoundError(`Revision of ${kind.what} "${id}"`, String(revisionVersion));
      const restored: Partial<R> = {};
      for (const field of kind.contentFields) restored[field] = revision.snapshot[field];
      // Scopes are recomputed from the restored ids (a theme's ancestors never change).
      Object.assign(restored, await commonFields({ territoryIds: revision.snapshot.territoryIds, themeIds: revision.snapshot.themeIds }, 'input.version', true, deps));
      return saveContent(id, expected, restored, `restored from version ${revisionVersion}`);
    },
  };
}

/** Fields derived from others (search index, scopes, sort keys): not what an author changed. */
const DERIVED = new Set(['terms', 'termStats', 'territoryScope', 'themeScope', 'listedAt', 'publishedMonth', 'updatedAt']);

/** The fields an author changed in a revision. */
export const authoredChanges = (revision: RevisionRecord) => revision.changedFields.filter((f) => !DERIVED.has(f));
