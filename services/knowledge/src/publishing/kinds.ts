import { BadUserInputError } from '@fabrique/kit';
import type { KnowledgeContext } from '../context';
import type { ExperienceRecord, KeyFigures } from '../models/experiences/schema';
import { RESOURCE_KINDS, type ResourceKind, type ResourceRecord } from '../models/resources/schema';
import { publicationService, type CommonInput, type PublicationKind } from './service';
import * as check from './validation';

export interface ExperienceInput extends CommonInput {
  publisherId?: string | null;
  authors?: Array<{ name: string; role?: string | null }> | null;
  conventionId?: string | null;
  outcomes?: string[] | null;
  lessons?: string[] | null;
  keyFigures?: Partial<KeyFigures> | null;
}

export interface ResourceInput extends CommonInput {
  publisherId?: string | null;
  kind?: ResourceKind | null;
  url?: string | null;
}

const COMMON_CONTENT = ['title', 'summary', 'body', 'language', 'territoryIds', 'themeIds', 'programmeId'] as const;

function experienceFields(input: ExperienceInput, path: string, partial: boolean): Partial<ExperienceRecord> {
  const fields: Partial<ExperienceRecord> = {};
  const given = (key: keyof ExperienceInput) => !partial || input[key] !== undefined;
  if (given('authors')) {
    const authors = input.authors ?? [];
    if (authors.length > check.LIMITS.listLength) throw new BadUserInputError(`${path}.authors`, `${path}.authors has too many items.`);
    fields.authors = authors.map((a, i) => ({
      name: check.requiredText(a?.name, `${path}.authors.${i}.name`, 200),
      role: check.optionalText(a?.role, `${path}.authors.${i}.role`, 200) || null,
    }));
  }
  if (given('conventionId')) fields.conventionId = check.objectIdOrNull(input.conventionId, `${path}.conventionId`);
  if (given('outcomes')) fields.outcomes = check.textList(input.outcomes, `${path}.outcomes`);
  if (given('lessons')) fields.lessons = check.textList(input.lessons, `${path}.lessons`);
  if (given('keyFigures')) {
    const k = input.keyFigures ?? {};
    fields.keyFigures = {
      budgetEuros: check.nonNegativeInt(k.budgetEuros, `${path}.keyFigures.budgetEuros`),
      durationMonths: check.nonNegativeInt(k.durationMonths, `${path}.keyFigures.durationMonths`),
      peopleInvolved: check.nonNegativeInt(k.peopleInvolved, `${path}.keyFigures.peopleInvolved`),
    };
  }
  return fields;
}

function resourceFields(input: ResourceInput, path: string, partial: boolean): Partial<ResourceRecord> {
  const fields: Partial<ResourceRecord> = {};
  if (!partial || input.kind !== undefined) {
    if (!input.kind || !RESOURCE_KINDS.includes(input.kind)) throw new BadUserInputError(`${path}.kind`, `${path}.kind must be one of ${RESOURCE_KINDS.join(', ')}.`);
    fields.kind = input.kind;
  }
  if (!partial || input.url !== undefined) fields.url = check.httpUrl(input.url, `${path}.url`);
  return fields;
}

export function experienceKind(context: KnowledgeContext): PublicationKind<ExperienceRecord, ExperienceInput> {
  return {
    what: 'Experience',
    type: 'EXPERIENCE',
    versions: context.repositories.experiences,
    loader: context.loaders.experience,
    ownFields: experienceFields,
    defaults: { authors: [], conventionId: null, outcomes: [], lessons: [], keyFigures: { budgetEuros: null, durationMonths: null, peopleInvolved: null } },
    contentFields: [...COMMON_CONTENT, 'authors', 'conventionId', 'outcomes', 'lessons', 'keyFigures'],
  };
}

export function resourceKind(context: KnowledgeContext): PublicationKind<ResourceRecord, ResourceInput> {
  return {
    what: 'Resource',
    type: 'RESOURCE',
    versions: context.repositories.resources,
    loader: context.loaders.resource,
    ownFields: resourceFields,
    defaults: { kind: 'GUIDE', url: null },
    contentFields: [...COMMON_CONTENT, 'kind', 'url'],
  };
}

const depsOf = (context: KnowledgeContext) => ({ identity: context.identity, themes: context.loaders.theme, searchEntries: context.repositories.searchEntries });

export const experienceService = (context: KnowledgeContext) => publicationService(experienceKind(context), depsOf(context));

export const resourceService = (context: KnowledgeContext) => publicationService(resourceKind(context), depsOf(context));
