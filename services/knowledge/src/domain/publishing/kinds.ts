// What differs between experiences and resources: their own fields, their defaults, what a restore
// brings back, and where their versions are stored.
import { BadUserInputError, longText, nonNegativeInt, optionalHttpUrl, optionalText, requiredText, textList } from '@fabrique/kit';
import type { KnowledgeContext } from '../../context';
import type { ExperienceChangesInput, ResourceChangesInput } from '../../generated/resolvers';
import type { ExperienceRecord } from '../../models/experiences/schema';
import { RESOURCE_KINDS, type ResourceRecord } from '../../models/resources/schema';
import * as check from '../input';
import { publicationService, type PublicationKind } from './service';

/** Outcomes and lessons: at most LIMITS.listLength items, each a long text. */
const listItems = (values: readonly unknown[] | null | undefined, field: string) => textList(values, field, check.LIMITS.listLength, longText(check.LIMITS.listItem));

const COMMON_CONTENT = ['title', 'summary', 'body', 'language', 'territoryIds', 'themeIds', 'programmeId'] as const;

const blank = (text: string | null | undefined) => !text || text.trim() === '';
type Missing = Array<readonly [string, string]>;

/** An experience is read as a story of a place: it needs a summary, a body, a territory and a theme to be submitted. */
function experienceMissing(record: ExperienceRecord): Missing {
  const missing: Missing = [];
  if (blank(record.summary)) missing.push(['summary', 'a summary']);
  if (blank(record.body)) missing.push(['body', 'a body']);
  if (record.territoryIds.length === 0) missing.push(['territoryIds', 'at least one territory']);
  if (record.themeIds.length === 0) missing.push(['themeIds', 'at least one theme']);
  return missing;
}

/**
 * A resource (a guide, a tool...) serves anywhere: no territory needed, but a summary, a theme, and what
 * it gives to read or open: a link (`url`) or a text (`body`); `url` is listed when both are missing.
 */
function resourceMissing(record: ResourceRecord): Missing {
  const missing: Missing = [];
  if (blank(record.summary)) missing.push(['summary', 'a summary']);
  if (record.themeIds.length === 0) missing.push(['themeIds', 'at least one theme']);
  if (blank(record.url) && blank(record.body)) missing.push(['url', 'a url or a body']);
  return missing;
}

function experienceFields(input: ExperienceChangesInput, path: string, partial: boolean): Partial<ExperienceRecord> {
  const fields: Partial<ExperienceRecord> = {};
  const given = (key: keyof ExperienceChangesInput) => !partial || input[key] !== undefined;
  if (given('authors')) {
    const authors = input.authors ?? [];
    if (authors.length > check.LIMITS.listLength) throw new BadUserInputError(`${path}.authors`, `${path}.authors has too many items.`);
    fields.authors = authors.map((a, i) => ({
      name: requiredText(a?.name, `${path}.authors.${i}.name`, 200),
      role: optionalText(a?.role, `${path}.authors.${i}.role`, 200) || null,
    }));
  }
  if (given('conventionId')) fields.conventionId = check.objectIdOrNull(input.conventionId, `${path}.conventionId`);
  if (given('outcomes')) fields.outcomes = listItems(input.outcomes, `${path}.outcomes`);
  if (given('lessons')) fields.lessons = listItems(input.lessons, `${path}.lessons`);
  if (given('keyFigures')) {
    const k = input.keyFigures ?? {};
    fields.keyFigures = {
      budgetEuros: nonNegativeInt(k.budgetEuros, `${path}.keyFigures.budgetEuros`),
      durationMonths: nonNegativeInt(k.durationMonths, `${path}.keyFigures.durationMonths`),
      peopleInvolved: nonNegativeInt(k.peopleInvolved, `${path}.keyFigures.peopleInvolved`),
    };
  }
  return fields;
}

function resourceFields(input: ResourceChangesInput, path: string, partial: boolean): Partial<ResourceRecord> {
  const fields: Partial<ResourceRecord> = {};
  if (!partial || input.kind !== undefined) {
    if (!input.kind || !RESOURCE_KINDS.includes(input.kind)) throw new BadUserInputError(`${path}.kind`, `${path}.kind must be one of ${RESOURCE_KINDS.join(', ')}.`);
    fields.kind = input.kind;
  }
  if (!partial || input.url !== undefined) fields.url = optionalHttpUrl(input.url, `${path}.url`);
  return fields;
}

/** What a kind says of itself; its version store and loader are the request's (see the services below). */
type KindOwn<K> = Omit<K, 'versions' | 'loader'>;

const EXPERIENCE: KindOwn<PublicationKind<ExperienceRecord, ExperienceChangesInput>> = {
  what: 'Experience',
  type: 'EXPERIENCE',
  ownFields: experienceFields,
  defaults: { authors: [], conventionId: null, outcomes: [], lessons: [], keyFigures: { budgetEuros: null, durationMonths: null, peopleInvolved: null } },
  contentFields: [...COMMON_CONTENT, 'authors', 'conventionId', 'outcomes', 'lessons', 'keyFigures'],
  missingForSubmission: experienceMissing,
};

const RESOURCE: KindOwn<PublicationKind<ResourceRecord, ResourceChangesInput>> = { what: 'Resource', type: 'RESOURCE', ownFields: resourceFields, defaults: { kind: 'GUIDE', url: null },
  contentFields: [...COMMON_CONTENT, 'kind', 'url'],
  missingForSubmission: resourceMissing,
};

const depsOf = (context: KnowledgeContext) => ({ identity: context.identity, themes: context.loaders.theme, searchEntries: context.repositories.searchEntries });

export const experienceService = (context: KnowledgeContext) =>
  publicationService({ ...EXPERIENCE, versions: context.repositories.experiences, loader: context.loaders.experience }, depsOf(context));

export const resourceService = (context: KnowledgeContext) =>
  publicationService({ ...RESOURCE, versions: context.repositories.resources, loader: context.loaders.resource }, depsOf(context));
