/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/**
 * Where an application stands. Staff shortlist, waitlist, accept or reject; the territory withdraws
 * and answers offers. SUBMITTED → SHORTLISTED, WAITLISTED, ACCEPTED, REJECTED, WITHDRAWN;
 * SHORTLISTED → WAITLISTED, ACCEPTED, REJECTED, WITHDRAWN; WAITLISTED → ACCEPTED, REJECTED,
 * OFFERED (automatic), WITHDRAWN; OFFERED → ACCEPTED, DECLINED, WITHDRAWN; ACCEPTED → WITHDRAWN.
 * REJECTED, WITHDRAWN and DECLINED are final. Any other move is `ILLEGAL_TRANSITION`.
 */
export type ApplicationStatus =
  /** Accepted: the territory is enrolled and holds a place. */
  | 'ACCEPTED'
  /** The territory declined an offered place (final); the place goes to the next on the waitlist. */
  | 'DECLINED'
  /**
   * A place was freed and is reserved for this application: nobody else can take it. The territory
   * accepts it (`acceptOffer`: ACCEPTED) or declines it (`declineOffer`: the place goes to the next on
   * the waitlist).
   */
  | 'OFFERED'
  /** Not retained (final). */
  | 'REJECTED'
  /** Retained by staff for the final choice. */
  | 'SHORTLISTED'
  /** Submitted by the territory, not reviewed yet. */
  | 'SUBMITTED'
  /** On the waitlist: offered the first place that is freed (in waitlist order). */
  | 'WAITLISTED'
  /** Withdrawn by the territory (final); a place it held goes to the first on the waitlist. */
  | 'WITHDRAWN';

/**
 * Where a convention stands. The allowed moves (`Convention.allowedTransitions`):
 * IN_PREPARATION → SIGNED → ACTIVE → ENDED, and SIGNED or ACTIVE → TERMINATED. ENDED and TERMINATED
 * are final. Any other move is refused with `ILLEGAL_TRANSITION` (`extensions.from`, `to`, `allowed`).
 */
export type ConventionStatus =
  /** Being carried out. Stamps `startsOn`. */
  | 'ACTIVE'
  /** Came to its planned end (final). Keeps the planned `endsOn` unless another date is given. */
  | 'ENDED'
  /** Being drafted with the territory (every convention starts here). */
  | 'IN_PREPARATION'
  /** Signed by the parties (needs at least two parties and one commitment), not started yet. Stamps `signedOn`. */
  | 'SIGNED'
  /** Stopped before its planned end (final). Stamps `endsOn`. */
  | 'TERMINATED';

/** Legal form of an EPCI (intercommunalité). */
export type EpciType =
  /** Communauté de communes (CC). */
  | 'COMMUNAUTE_DE_COMMUNES'
  /** Communauté d'agglomération (CA). */
  | 'COMMUNAUTE_D_AGGLOMERATION'
  /** Communauté urbaine (CU). */
  | 'COMMUNAUTE_URBAINE'
  /** Métropole. */
  | 'METROPOLE'
  /** Métropole de Lyon (a territorial collectivity with special status). */
  | 'METROPOLE_DE_LYON';

/** Filters of a search (all optional, combined with AND). */
export type KnowledgeSearchFilter = {
  /** Only items from this programme. */
  programme?: string | null | undefined;
  /** Only items about this territory or a territory inside it (an experience of a commune is found from its département or région). */
  territory?: string | null | undefined;
  /** Only items with one of these themes or their sub-themes (at most 20). */
  themes?: Array<string> | null | undefined;
  /** Only these types (both by default). */
  types?: Array<KnowledgeType> | null | undefined;
};

/** What a search looks in. */
export type KnowledgeType =
  /** Experiences (retours d'expérience). */
  | 'EXPERIENCE'
  /** Resources of the resource centre. */
  | 'RESOURCE';

/** The role of a member in an alliance. */
export type MembershipRole =
  /** One of the actors that founded the alliance. */
  | 'FOUNDING_MEMBER'
  /** A funder of the alliance. */
  | 'FUNDER'
  /** A member. */
  | 'MEMBER'
  /** An observer, without commitment. */
  | 'OBSERVER'
  /** A partner that contributes to the alliance's work (State services, agencies...). */
  | 'PARTNER';

/** Kind of organisation. */
export type OrganisationKind =
  /** An association (e.g. the association for the promotion of the Fabrique). */
  | 'ASSOCIATION'
  /** A company. */
  | 'COMPANY'
  /** A foundation. */
  | 'FOUNDATION'
  /** A network of actors. */
  | 'NETWORK'
  /** A public agency (e.g. ADEME). */
  | 'PUBLIC_AGENCY'
  /** A research body or university. */
  | 'RESEARCH'
  /** A State service (préfecture, DREAL, ...). */
  | 'STATE_SERVICE';

/** The four support programmes (dispositifs) of the Fabrique. */
export type ProgrammeKind =
  /** Tailored, experimental support; only 4 or 5 territories nationally. */
  | 'EXPERIMENTAL_SUPPORT'
  /** A one-day introduction to the contents, co-organised with State services. */
  | 'INITIATION_DAY'
  /** A national pilot cohort built with ADEME: 10 territories, a one-year cycle of 5 to 8 training days. */
  | 'PILOT_COHORT'
  /** A 3 to 5 day audit giving strengths, weaknesses and recommendations. */
  | 'SHORT_DIAGNOSTIC';

/** Filters of experience and resource lists (all optional, combined with AND). */
export type PublicationFilter = {
  /** Experiences only: only those from this convention. */
  convention?: string | null | undefined;
  /** Resources only: only this kind. */
  kind?: ResourceKind | null | undefined;
  /** Only those in this language (ISO 639-1). */
  language?: string | null | undefined;
  /** Only those from this programme. */
  programme?: string | null | undefined;
  /** Only those published by this actor (organisation or territory id). */
  publisher?: string | null | undefined;
  /**
   * Statuses to list; PUBLISHED by default. Other statuses only return what the caller may see: its own
   * organisation's (or territory's) content, or everything for staff (e.g. SUBMITTED: the moderation queue).
   */
  statuses?: Array<PublicationStatus> | null | undefined;
  /** Only those about this territory or a territory inside it (e.g. `DEPARTEMENT:63`). */
  territory?: string | null | undefined;
  /** Only those with this theme or one of its sub-themes. */
  theme?: string | null | undefined;
};

/**
 * Where an experience or a resource stands in the publication workflow:
 * DRAFT → SUBMITTED → PUBLISHED → ARCHIVED. Only PUBLISHED content is visible to the public, to
 * dashboards and to search; its publisher also sees its own content in the other statuses.
 */
export type PublicationStatus =
  /** Withdrawn from publication by staff; kept for the record, visible to its publisher and staff. */
  | 'ARCHIVED'
  /** Being written by its publisher, who alone (with staff) sees and edits it. */
  | 'DRAFT'
  /** Published: visible to everyone. */
  | 'PUBLISHED'
  /** Submitted for publication: waiting for a moderator, who publishes it or sends it back to draft with a comment. */
  | 'SUBMITTED';

/** The kinds of items of the resource centre. */
export type ResourceKind =
  /** A guide. */
  | 'GUIDE'
  /** A method. */
  | 'METHOD'
  /** A report or study. */
  | 'REPORT'
  /** A tool (template, calculator, checklist...). */
  | 'TOOL'
  /** Training material. */
  | 'TRAINING_MATERIAL'
  /** A video. */
  | 'VIDEO';

/** Administrative level of a French territory. */
export type TerritoryLevel =
  /** Commune (current communes only: no commune déléguée, associée or arrondissement municipal). */
  | 'COMMUNE'
  /** Département (101, plus the overseas collectivities the reference data lists as départements). */
  | 'DEPARTEMENT'
  /** Établissement public de coopération intercommunale (intercommunalité), identified by its SIREN. */
  | 'EPCI'
  /** Région (18 in France, plus the overseas collectivities the reference data lists as régions). */
  | 'REGION';

export type ExplorerOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerOptionsQuery = { themes: Array<{ id: string, labelFr: string, children: Array<{ id: string, labelFr: string }> }> | null, programmes: Array<{ id: string, kind: ProgrammeKind, name: string }> | null };

export type TerritorySuggestionsQueryVariables = Exact<{
  search: string;
}>;


export type TerritorySuggestionsQuery = { territories: { nodes: Array<{ id: string, code: string, name: string, level: TerritoryLevel, parent: { name: string } | null }> } | null };

export type TerritoryNameQueryVariables = Exact<{
  id: string;
}>;


export type TerritoryNameQuery = { territory: { id: string, name: string, level: TerritoryLevel, code: string } | null };

export type SearchKnowledgeQueryVariables = Exact<{
  query: string;
  filter?: KnowledgeSearchFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type SearchKnowledgeQuery = { searchKnowledge: { totalCount: number, terms: Array<string>, ignoredWords: Array<string>, truncated: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { type: KnowledgeType, score: number, snippet: { field: string, text: string, highlights: Array<{ start: number, length: number }> }, item:
          | { __typename: 'Experience', id: string, title: string, summary: string, publishedAt: string | null, territories: Array<{ id: string, name: string, level: TerritoryLevel, code: string }> | null, themes: Array<{ id: string, labelFr: string }>, publisher:
              | { id: string, name: string }
              | { id: string, name: string }
             | null }
          | { __typename: 'Resource', id: string, title: string, summary: string, kind: ResourceKind, url: string | null, publisher:
              | { id: string, name: string }
              | { id: string, name: string }
             | null, themes: Array<{ id: string, labelFr: string }> }
         } }> } | null };

export type BrowseExperiencesQueryVariables = Exact<{
  filter?: PublicationFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type BrowseExperiencesQuery = { experiences: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, summary: string, publishedAt: string | null, territories: Array<{ id: string, name: string, level: TerritoryLevel, code: string }> | null, themes: Array<{ id: string, labelFr: string }>, publisher:
        | { id: string, name: string }
        | { id: string, name: string }
       | null }> } | null };

export type ExperiencePageQueryVariables = Exact<{
  id: string;
}>;


export type ExperiencePageQuery = { experience: { id: string, title: string, summary: string, body: string, language: string, publishedAt: string | null, updatedAt: string, outcomes: Array<string>, lessons: Array<string>, publisher:
      | { __typename: 'Organisation', kind: OrganisationKind, id: string, name: string, homeTerritory: { id: string, name: string } | null }
      | { __typename: 'Territory', level: TerritoryLevel, code: string, id: string, name: string }
     | null, authors: Array<{ name: string, role: string | null }>, territories: Array<{ id: string, code: string, name: string, level: TerritoryLevel }> | null, themes: Array<{ id: string, labelFr: string, ancestors: Array<{ id: string, labelFr: string }> }>, convention: { id: string, title: string, status: ConventionStatus, signedOn: string | null, parties: Array<{ actor:
          | { id: string, name: string }
          | { id: string, name: string }
         | null }> } | null, programme: { kind: ProgrammeKind, name: string } | null, keyFigures: { budgetEuros: number | null, durationMonths: number | null, peopleInvolved: number | null } } | null };

export type BrowseResourcesQueryVariables = Exact<{
  filter?: PublicationFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type BrowseResourcesQuery = { resources: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, summary: string, kind: ResourceKind, url: string | null, publisher:
        | { id: string, name: string }
        | { id: string, name: string }
       | null, themes: Array<{ id: string, labelFr: string }> }> } | null };

export type TerritoryPlaceFragment = { id: string, code: string, name: string, level: TerritoryLevel, ancestors: Array<{ id: string, code: string, name: string, level: TerritoryLevel }> };

type ActorPlace_Organisation_Fragment = { __typename: 'Organisation', id: string, name: string, homeTerritory: { id: string, code: string, name: string, level: TerritoryLevel, ancestors: Array<{ id: string, code: string, name: string, level: TerritoryLevel }> } | null };

type ActorPlace_Territory_Fragment = { __typename: 'Territory', id: string, name: string, code: string, level: TerritoryLevel, ancestors: Array<{ id: string, code: string, name: string, level: TerritoryLevel }> };

export type ActorPlaceFragment =
  | ActorPlace_Organisation_Fragment
  | ActorPlace_Territory_Fragment
;

export type ExperienceCardFragment = { id: string, title: string, summary: string, publishedAt: string | null, territories: Array<{ id: string, name: string, level: TerritoryLevel, code: string }> | null, themes: Array<{ id: string, labelFr: string }>, publisher:
    | { id: string, name: string }
    | { id: string, name: string }
   | null };

export type ResourceCardFragment = { id: string, title: string, summary: string, kind: ResourceKind, url: string | null, publisher:
    | { id: string, name: string }
    | { id: string, name: string }
   | null, themes: Array<{ id: string, labelFr: string }> };

export type HomeKnowledgeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeKnowledgeQuery = { knowledgeStatistics: { experienceCount: number, resourceCount: number, experiencesByTheme: Array<{ count: number, theme: { id: string, labelFr: string } }>, experiencesByMonth: Array<{ month: string, count: number }>, experiencesByTerritory: Array<{ count: number, territory: { id: string, code: string, name: string } | null }> } | null };

export type HomeConventionsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeConventionsQuery = { conventionStatistics: { conventionsByStatus: Array<{ status: ConventionStatus, count: number }> } | null, conventions: { totalCount: number, nodes: Array<{ id: string, status: ConventionStatus, parties: Array<{ actor:
          | { __typename: 'Organisation', id: string, name: string, homeTerritory: { id: string, code: string, name: string, level: TerritoryLevel, ancestors: Array<{ id: string, code: string, name: string, level: TerritoryLevel }> } | null }
          | { __typename: 'Territory', id: string, name: string, code: string, level: TerritoryLevel, ancestors: Array<{ id: string, code: string, name: string, level: TerritoryLevel }> }
         | null }> }> } | null };

export type HomeProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeProgrammesQuery = { programmes: Array<{ id: string, kind: ProgrammeKind, name: string, description: string }> | null, conventionStatistics: { cohortFill: Array<{ capacity: number, enrolledCount: number, offeredCount: number, seatsLeft: number, fillRate: number, cohort: { id: string, name: string, startsOn: string, endsOn: string, programme: { kind: ProgrammeKind }, waitlist: { totalCount: number } } }> } | null };

export type HomeAlliancesQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeAlliancesQuery = { alliances: { nodes: Array<{ id: string, name: string, members: { totalCount: number, nodes: Array<{ id: string, actor:
            | { __typename: 'Organisation', id: string, name: string, homeTerritory: { id: string, code: string, name: string, level: TerritoryLevel, ancestors: Array<{ id: string, code: string, name: string, level: TerritoryLevel }> } | null }
            | { __typename: 'Territory', id: string, name: string, code: string, level: TerritoryLevel, ancestors: Array<{ id: string, code: string, name: string, level: TerritoryLevel }> }
           }> } }> } | null };

export type TerritorySimilarQueryVariables = Exact<{
  id: string;
  first: number;
}>;


export type TerritorySimilarQuery = { territory: { id: string, similar: Array<{ score: number, reasons: Array<string>, territory: { id: string, code: string, name: string, level: TerritoryLevel, population: number, experiences: { totalCount: number, nodes: Array<{ id: string, title: string }> } | null } }> } | null };

export type TerritoryPageQueryVariables = Exact<{
  id: string;
}>;


export type TerritoryPageQuery = { territory: { id: string, code: string, name: string, level: TerritoryLevel, population: number, epciType: EpciType | null, retiredIn: string | null, parent: { id: string, code: string, name: string, level: TerritoryLevel } | null, ancestors: Array<{ id: string, code: string, name: string, level: TerritoryLevel }>, epci: { id: string, name: string } | null, chefLieu: { id: string, name: string } | null, children: { totalCount: number, nodes: Array<{ id: string, code: string, name: string, level: TerritoryLevel, population: number }> }, memberships: Array<{ id: string, role: MembershipRole, since: string, alliance: { id: string, name: string } }>, conventions: { totalCount: number, nodes: Array<{ id: string, title: string, summary: string | null, status: ConventionStatus, signedOn: string | null, startsOn: string | null, endsOn: string | null, progress: number | null, programme: { kind: ProgrammeKind, name: string } | null, parties: Array<{ role: string, actor:
            | { id: string, name: string }
            | { id: string, name: string }
           | null }>, commitments: Array<{ number: number, title: string, progress: { overall: number | null, milestoneCount: number, doneMilestoneCount: number, lateMilestoneCount: number } }> }> } | null, applications: { totalCount: number, nodes: Array<{ id: string, status: ApplicationStatus, submittedAt: string, programme: { kind: ProgrammeKind, name: string }, cohort: { id: string, name: string } | null }> } | null, enrolments: { totalCount: number, nodes: Array<{ id: string }> } | null } | null };

export type TerritoryInsideQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type TerritoryInsideQuery = { experiences: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, summary: string, publishedAt: string | null, territories: Array<{ id: string, name: string, level: TerritoryLevel, code: string }> | null, themes: Array<{ id: string, labelFr: string }>, publisher:
        | { id: string, name: string }
        | { id: string, name: string }
       | null }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const TerritoryPlaceFragmentDoc = new TypedDocumentString(`
    fragment TerritoryPlace on Territory {
  id
  code
  name
  level
  ancestors {
    id
    code
    name
    level
  }
}
    `, {"fragmentName":"TerritoryPlace"}) as unknown as TypedDocumentString<TerritoryPlaceFragment, unknown>;
export const ActorPlaceFragmentDoc = new TypedDocumentString(`
    fragment ActorPlace on Actor {
  __typename
  id
  name
  ... on Territory {
    ...TerritoryPlace
  }
  ... on Organisation {
    homeTerritory {
      ...TerritoryPlace
    }
  }
}
    fragment TerritoryPlace on Territory {
  id
  code
  name
  level
  ancestors {
    id
    code
    name
    level
  }
}`, {"fragmentName":"ActorPlace"}) as unknown as TypedDocumentString<ActorPlaceFragment, unknown>;
export const ExperienceCardFragmentDoc = new TypedDocumentString(`
    fragment ExperienceCard on Experience {
  id
  title
  summary
  publishedAt
  territories {
    id
    name
    level
    code
  }
  themes {
    id
    labelFr
  }
  publisher {
    id
    name
  }
}
    `, {"fragmentName":"ExperienceCard"}) as unknown as TypedDocumentString<ExperienceCardFragment, unknown>;
export const ResourceCardFragmentDoc = new TypedDocumentString(`
    fragment ResourceCard on Resource {
  id
  title
  summary
  kind
  url
  publisher {
    id
    name
  }
  themes {
    id
    labelFr
  }
}
    `, {"fragmentName":"ResourceCard"}) as unknown as TypedDocumentString<ResourceCardFragment, unknown>;
export const ExplorerOptionsDocument = new TypedDocumentString(`
    query ExplorerOptions {
  themes {
    id
    labelFr
    children {
      id
      labelFr
    }
  }
  programmes {
    id
    kind
    name
  }
}
    `) as unknown as TypedDocumentString<ExplorerOptionsQuery, ExplorerOptionsQueryVariables>;
export const TerritorySuggestionsDocument = new TypedDocumentString(`
    query TerritorySuggestions($search: String!) {
  territories(filter: {search: $search}, first: 8) {
    nodes {
      id
      code
      name
      level
      parent {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TerritorySuggestionsQuery, TerritorySuggestionsQueryVariables>;
export const TerritoryNameDocument = new TypedDocumentString(`
    query TerritoryName($id: ID!) {
  territory(id: $id) {
    id
    name
    level
    code
  }
}
    `) as unknown as TypedDocumentString<TerritoryNameQuery, TerritoryNameQueryVariables>;
export const SearchKnowledgeDocument = new TypedDocumentString(`
    query SearchKnowledge($query: String!, $filter: KnowledgeSearchFilter, $first: Int!, $after: String) {
  searchKnowledge(query: $query, filter: $filter, first: $first, after: $after) {
    totalCount
    terms
    ignoredWords
    truncated
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        type
        score
        snippet {
          field
          text
          highlights {
            start
            length
          }
        }
        item {
          __typename
          ... on Experience {
            ...ExperienceCard
          }
          ... on Resource {
            ...ResourceCard
          }
        }
      }
    }
  }
}
    fragment ExperienceCard on Experience {
  id
  title
  summary
  publishedAt
  territories {
    id
    name
    level
    code
  }
  themes {
    id
    labelFr
  }
  publisher {
    id
    name
  }
}
fragment ResourceCard on Resource {
  id
  title
  summary
  kind
  url
  publisher {
    id
    name
  }
  themes {
    id
    labelFr
  }
}`) as unknown as TypedDocumentString<SearchKnowledgeQuery, SearchKnowledgeQueryVariables>;
export const BrowseExperiencesDocument = new TypedDocumentString(`
    query BrowseExperiences($filter: PublicationFilter, $first: Int!, $after: String) {
  experiences(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ExperienceCard
    }
  }
}
    fragment ExperienceCard on Experience {
  id
  title
  summary
  publishedAt
  territories {
    id
    name
    level
    code
  }
  themes {
    id
    labelFr
  }
  publisher {
    id
    name
  }
}`) as unknown as TypedDocumentString<BrowseExperiencesQuery, BrowseExperiencesQueryVariables>;
export const ExperiencePageDocument = new TypedDocumentString(`
    query ExperiencePage($id: ID!) {
  experience(id: $id) {
    id
    title
    summary
    body
    language
    publishedAt
    updatedAt
    publisher {
      __typename
      id
      name
      ... on Organisation {
        kind
        homeTerritory {
          id
          name
        }
      }
      ... on Territory {
        level
        code
      }
    }
    authors {
      name
      role
    }
    territories {
      id
      code
      name
      level
    }
    themes {
      id
      labelFr
      ancestors {
        id
        labelFr
      }
    }
    convention {
      id
      title
      status
      signedOn
      parties {
        actor {
          id
          name
        }
      }
    }
    programme {
      kind
      name
    }
    outcomes
    lessons
    keyFigures {
      budgetEuros
      durationMonths
      peopleInvolved
    }
  }
}
    `) as unknown as TypedDocumentString<ExperiencePageQuery, ExperiencePageQueryVariables>;
export const BrowseResourcesDocument = new TypedDocumentString(`
    query BrowseResources($filter: PublicationFilter, $first: Int!, $after: String) {
  resources(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ResourceCard
    }
  }
}
    fragment ResourceCard on Resource {
  id
  title
  summary
  kind
  url
  publisher {
    id
    name
  }
  themes {
    id
    labelFr
  }
}`) as unknown as TypedDocumentString<BrowseResourcesQuery, BrowseResourcesQueryVariables>;
export const HomeKnowledgeDocument = new TypedDocumentString(`
    query HomeKnowledge {
  knowledgeStatistics {
    experienceCount
    resourceCount
    experiencesByTheme {
      theme {
        id
        labelFr
      }
      count
    }
    experiencesByMonth {
      month
      count
    }
    experiencesByTerritory(level: DEPARTEMENT, first: 100) {
      territory {
        id
        code
        name
      }
      count
    }
  }
}
    `) as unknown as TypedDocumentString<HomeKnowledgeQuery, HomeKnowledgeQueryVariables>;
export const HomeConventionsDocument = new TypedDocumentString(`
    query HomeConventions {
  conventionStatistics {
    conventionsByStatus {
      status
      count
    }
  }
  conventions(first: 100) {
    totalCount
    nodes {
      id
      status
      parties {
        actor {
          ...ActorPlace
        }
      }
    }
  }
}
    fragment TerritoryPlace on Territory {
  id
  code
  name
  level
  ancestors {
    id
    code
    name
    level
  }
}
fragment ActorPlace on Actor {
  __typename
  id
  name
  ... on Territory {
    ...TerritoryPlace
  }
  ... on Organisation {
    homeTerritory {
      ...TerritoryPlace
    }
  }
}`) as unknown as TypedDocumentString<HomeConventionsQuery, HomeConventionsQueryVariables>;
export const HomeProgrammesDocument = new TypedDocumentString(`
    query HomeProgrammes {
  programmes {
    id
    kind
    name
    description
  }
  conventionStatistics {
    cohortFill(first: 50) {
      cohort {
        id
        name
        startsOn
        endsOn
        programme {
          kind
        }
        waitlist(first: 1) {
          totalCount
        }
      }
      capacity
      enrolledCount
      offeredCount
      seatsLeft
      fillRate
    }
  }
}
    `) as unknown as TypedDocumentString<HomeProgrammesQuery, HomeProgrammesQueryVariables>;
export const HomeAlliancesDocument = new TypedDocumentString(`
    query HomeAlliances {
  alliances(first: 5) {
    nodes {
      id
      name
      members(first: 100) {
        totalCount
        nodes {
          id
          actor {
            ...ActorPlace
          }
        }
      }
    }
  }
}
    fragment TerritoryPlace on Territory {
  id
  code
  name
  level
  ancestors {
    id
    code
    name
    level
  }
}
fragment ActorPlace on Actor {
  __typename
  id
  name
  ... on Territory {
    ...TerritoryPlace
  }
  ... on Organisation {
    homeTerritory {
      ...TerritoryPlace
    }
  }
}`) as unknown as TypedDocumentString<HomeAlliancesQuery, HomeAlliancesQueryVariables>;
export const TerritorySimilarDocument = new TypedDocumentString(`
    query TerritorySimilar($id: ID!, $first: Int!) {
  territory(id: $id) {
    id
    similar(first: $first) {
      score
      reasons
      territory {
        id
        code
        name
        level
        population
        experiences(first: 3) {
          totalCount
          nodes {
            id
            title
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TerritorySimilarQuery, TerritorySimilarQueryVariables>;
export const TerritoryPageDocument = new TypedDocumentString(`
    query TerritoryPage($id: ID!) {
  territory(id: $id) {
    id
    code
    name
    level
    population
    epciType
    retiredIn
    parent {
      id
      code
      name
      level
    }
    ancestors {
      id
      code
      name
      level
    }
    epci {
      id
      name
    }
    chefLieu {
      id
      name
    }
    children(first: 100) {
      totalCount
      nodes {
        id
        code
        name
        level
        population
      }
    }
    memberships {
      id
      role
      since
      alliance {
        id
        name
      }
    }
    conventions(first: 20) {
      totalCount
      nodes {
        id
        title
        summary
        status
        signedOn
        startsOn
        endsOn
        progress
        programme {
          kind
          name
        }
        parties {
          role
          actor {
            id
            name
          }
        }
        commitments {
          number
          title
          progress {
            overall
            milestoneCount
            doneMilestoneCount
            lateMilestoneCount
          }
        }
      }
    }
    applications(first: 20) {
      totalCount
      nodes {
        id
        status
        submittedAt
        programme {
          kind
          name
        }
        cohort {
          id
          name
        }
      }
    }
    enrolments(first: 20) {
      totalCount
      nodes {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TerritoryPageQuery, TerritoryPageQueryVariables>;
export const TerritoryInsideDocument = new TypedDocumentString(`
    query TerritoryInside($id: ID!, $first: Int!, $after: String) {
  experiences(filter: {territory: $id}, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ExperienceCard
    }
  }
}
    fragment ExperienceCard on Experience {
  id
  title
  summary
  publishedAt
  territories {
    id
    name
    level
    code
  }
  themes {
    id
    labelFr
  }
  publisher {
    id
    name
  }
}`) as unknown as TypedDocumentString<TerritoryInsideQuery, TerritoryInsideQueryVariables>;