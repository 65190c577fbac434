/* eslint-disable */
// Generated from this subgraph's SDL by schema/src/codegen.ts (`npm run compose`): do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ExperienceRecord } from '../models/experiences/schema';
import type { ResourceRecord } from '../models/resources/schema';
import type { ThemeRecord } from '../models/themes/schema';
import type { LearningJourneyRecord, VisitRecord, RegistrationRecord } from '../models/journeys/schema';
import type { ShownHit } from '../domain/search/hits';
import type { KnowledgeContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date written `YYYY-MM-DD` (RFC 3339 `full-date`), such as `2026-05-12`; the API's calendar is UTC. */
  Date: { input: string; output: string; }
  /**
   * An instant written in ISO 8601 with an offset (RFC 3339 `date-time`), such as `2026-05-12T09:30:00Z`.
   * Input may carry any offset (`+02:00`); output is always UTC, with milliseconds: `2026-05-12T07:30:00.000Z`.
   */
  DateTime: { input: string; output: Date | string; }
  /**
   * An absolute URL (RFC 3986), such as `https://example.org/page`, at most 2,000 characters. Fields that need
   * a web address also require `http` or `https`.
   */
  URL: { input: string; output: string; }
  /**
   * An email address as the HTML specification defines a valid one, such as `name@example.org`, at most 254
   * characters.
   */
  EmailAddress: { input: string; output: string; }
  link__Import: { input: unknown; output: unknown; }
  federation__FieldSet: { input: unknown; output: unknown; }
  federation__Scope: { input: unknown; output: unknown; }
  federation__Policy: { input: unknown; output: unknown; }
};

/**
 * An actor (territory or organisation), owned by the actors subgraph. This subgraph only refers to
 * actors by id; the gateway fetches their other fields from the actors subgraph.
 */
export type Actor = {
  /** Actor id: `<LEVEL>:<code>` for a territory, an opaque id for an organisation. */
  id: Scalars['ID']['output'];
};

/** A territory, owned by the actors subgraph; this subgraph adds its experiences and learning journeys (null, with an error, when this service fails). */
export type Territory = Actor & {
  __typename?: 'Territory';
  /** `<LEVEL>:<code>`, e.g. `DEPARTEMENT:63`. */
  id: Scalars['ID']['output'];
  /** Published experiences about this territory or a territory inside it; newest first. */
  experiences?: Maybe<ExperienceConnection>;
  /** Learning journeys hosted by this territory or a territory inside it; soonest first. */
  learningJourneys?: Maybe<LearningJourneyConnection>;
};


/** A territory, owned by the actors subgraph; this subgraph adds its experiences and learning journeys (null, with an error, when this service fails). */
export type TerritoryExperiencesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A territory, owned by the actors subgraph; this subgraph adds its experiences and learning journeys (null, with an error, when this service fails). */
export type TerritoryLearningJourneysArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** An organisation, owned by the actors subgraph; this subgraph adds what it publishes (null, with an error, when this service fails). */
export type Organisation = Actor & {
  __typename?: 'Organisation';
  /** Organisation id. */
  id: Scalars['ID']['output'];
  /** Published experiences this organisation publishes; newest first. */
  experiences?: Maybe<ExperienceConnection>;
  /** Published resources this organisation publishes; newest first. */
  resources?: Maybe<ResourceConnection>;
};


/** An organisation, owned by the actors subgraph; this subgraph adds what it publishes (null, with an error, when this service fails). */
export type OrganisationExperiencesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** An organisation, owned by the actors subgraph; this subgraph adds what it publishes (null, with an error, when this service fails). */
export type OrganisationResourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** A convention, owned by the conventions subgraph; this subgraph adds the experiences that came from it (null, with an error, when this service fails). */
export type Convention = {
  __typename?: 'Convention';
  /** Convention id. */
  id: Scalars['ID']['output'];
  /** Published experiences that came from this convention; newest first. */
  experiences?: Maybe<ExperienceConnection>;
};


/** A convention, owned by the conventions subgraph; this subgraph adds the experiences that came from it (null, with an error, when this service fails). */
export type ConventionExperiencesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** A support programme, owned by the conventions subgraph; this subgraph adds what came from it (null, with an error, when this service fails). */
export type Programme = {
  __typename?: 'Programme';
  /** Programme id. */
  id: Scalars['ID']['output'];
  /** Published experiences that came from this programme; newest first. */
  experiences?: Maybe<ExperienceConnection>;
  /** Published resources of this programme (training material...); newest first. */
  resources?: Maybe<ResourceConnection>;
};


/** A support programme, owned by the conventions subgraph; this subgraph adds what came from it (null, with an error, when this service fails). */
export type ProgrammeExperiencesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A support programme, owned by the conventions subgraph; this subgraph adds what came from it (null, with an error, when this service fails). */
export type ProgrammeResourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** Level of a territory (the same enum as the actors subgraph's). */
export type TerritoryLevel =
  /** Région. */
  | 'REGION'
  /** Département. */
  | 'DEPARTEMENT'
  /** Intercommunalité (EPCI), identified by its SIREN. */
  | 'EPCI'
  /** Commune, identified by its INSEE code. */
  | 'COMMUNE';

/**
 * Where an experience or a resource stands in the publication workflow:
 * DRAFT → SUBMITTED → PUBLISHED → ARCHIVED. Only PUBLISHED content is visible to the public, to
 * dashboards and to search; its publisher also sees its own content in the other statuses.
 */
export type PublicationStatus =
  /** Being written by its publisher, who alone (with staff) sees and edits it. */
  | 'DRAFT'
  /** Submitted for publication: waiting for a moderator, who publishes it or sends it back to draft with a comment. */
  | 'SUBMITTED'
  /** Published: visible to everyone. */
  | 'PUBLISHED'
  /** Withdrawn from publication by staff; kept for the record, visible to its publisher and staff. */
  | 'ARCHIVED';

/** Someone who wrote an experience. */
export type ExperienceAuthor = {
  __typename?: 'ExperienceAuthor';
  /** Full name. */
  name: Scalars['String']['output'];
  /** Role or affiliation, e.g. `chargée de mission transition`. */
  role?: Maybe<Scalars['String']['output']>;
};

/** Key figures of an experience, when known. */
export type KeyFigures = {
  __typename?: 'KeyFigures';
  /** Total budget in euros. */
  budgetEuros?: Maybe<Scalars['Int']['output']>;
  /** Duration of the project in months. */
  durationMonths?: Maybe<Scalars['Int']['output']>;
  /** Number of people involved (inhabitants, staff, volunteers...). */
  peopleInvolved?: Maybe<Scalars['Int']['output']>;
};

/**
 * A retour d'expérience: what a territory or a partner did, learnt and would advise, written so that
 * other territories can reuse it. Every edit is kept as a revision.
 */
export type Experience = Node & {
  __typename?: 'Experience';
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Current version number: pass it as `expectedVersion` when you edit. */
  version: Scalars['Int']['output'];
  /** Title. */
  title: Scalars['String']['output'];
  /** A few sentences saying what it is about. */
  summary: Scalars['String']['output'];
  /** The full account, in Markdown. */
  body: Scalars['String']['output'];
  /** Language of the text (ISO 639-1), `fr` by default. */
  language: Scalars['String']['output'];
  /** Publication status. */
  status: PublicationStatus;
  /** The territories the experience is about. */
  territories?: Maybe<Array<Territory>>;
  /** The actor that publishes it (an organisation or a territory). */
  publisher?: Maybe<Actor>;
  /** The people who wrote it. */
  authors: Array<ExperienceAuthor>;
  /** Its themes in the taxonomy. */
  themes: Array<Theme>;
  /** The convention it came from, if any. */
  convention?: Maybe<Convention>;
  /** The programme it came from, if any. */
  programme?: Maybe<Programme>;
  /** What it achieved, one statement per item. */
  outcomes: Array<Scalars['String']['output']>;
  /** Lessons learnt, one statement per item. */
  lessons: Array<Scalars['String']['output']>;
  /** Budget, duration, people involved. */
  keyFigures: KeyFigures;
  /** Why a moderator sent it back to draft (visible while it is a draft; cleared when resubmitted). */
  moderationComment?: Maybe<Scalars['String']['output']>;
  /** When it was created (ISO date-time). */
  createdAt: Scalars['DateTime']['output'];
  /** When it last changed (ISO date-time). */
  updatedAt: Scalars['DateTime']['output'];
  /** When it was last submitted (ISO date-time). */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was first published (ISO date-time). */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was archived (ISO date-time). */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Its revisions, newest first: every version since its creation. Publisher and staff only (FORBIDDEN otherwise). */
  revisions: RevisionConnection;
  /** One revision by version number, or null. Publisher and staff only (FORBIDDEN otherwise). */
  revision?: Maybe<Revision>;
  /** Learning journeys whose visit programme shows this experience. */
  learningJourneys: Array<LearningJourney>;
};


/**
 * A retour d'expérience: what a territory or a partner did, learnt and would advise, written so that
 * other territories can reuse it. Every edit is kept as a revision.
 */
export type ExperienceRevisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A retour d'expérience: what a territory or a partner did, learnt and would advise, written so that
 * other territories can reuse it. Every edit is kept as a revision.
 */
export type ExperienceRevisionArgs = {
  version: Scalars['Int']['input'];
};

/** The kinds of items of the resource centre. */
export type ResourceKind =
  /** A guide. */
  | 'GUIDE'
  /** A method. */
  | 'METHOD'
  /** A tool (template, calculator, checklist...). */
  | 'TOOL'
  /** A report or study. */
  | 'REPORT'
  /** A video. */
  | 'VIDEO'
  /** Training material. */
  | 'TRAINING_MATERIAL';

/** An item of the resource centre: a guide, a method, a tool, a report, a video or training material. */
export type Resource = Node & {
  __typename?: 'Resource';
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Current version number: pass it as `expectedVersion` when you edit. */
  version: Scalars['Int']['output'];
  /** What kind of resource it is. */
  kind: ResourceKind;
  /** Title. */
  title: Scalars['String']['output'];
  /** A few sentences saying what it is. */
  summary: Scalars['String']['output'];
  /** Its description, in Markdown. */
  body: Scalars['String']['output'];
  /** Where to find it (http(s) URL), if online. */
  url?: Maybe<Scalars['URL']['output']>;
  /** Language (ISO 639-1). */
  language: Scalars['String']['output'];
  /** Publication status. */
  status: PublicationStatus;
  /** Its themes in the taxonomy. */
  themes: Array<Theme>;
  /** The territories it concerns, if any. */
  territories?: Maybe<Array<Territory>>;
  /** The actor that publishes it. */
  publisher?: Maybe<Actor>;
  /** The programme it belongs to, if any. */
  programme?: Maybe<Programme>;
  /** Why a moderator sent it back to draft (cleared when resubmitted). */
  moderationComment?: Maybe<Scalars['String']['output']>;
  /** When it was created (ISO date-time). */
  createdAt: Scalars['DateTime']['output'];
  /** When it last changed (ISO date-time). */
  updatedAt: Scalars['DateTime']['output'];
  /** When it was first published (ISO date-time). */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Its revisions, newest first. Publisher and staff only (FORBIDDEN otherwise). */
  revisions: RevisionConnection;
};


/** An item of the resource centre: a guide, a method, a tool, a report, a video or training material. */
export type ResourceRevisionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** One version of an experience or resource, as it was saved. */
export type Revision = {
  __typename?: 'Revision';
  /** Version number, from 1. */
  version: Scalars['Int']['output'];
  /** When this version was saved (ISO date-time). */
  at: Scalars['DateTime']['output'];
  /** Who saved it (the caller's identity subject), null for seeded data. */
  author?: Maybe<Scalars['String']['output']>;
  /** Top-level fields that changed from the previous version (derived search fields left out). */
  changedFields: Array<Scalars['String']['output']>;
  /** What happened: `created`, `edited`, `submit`, `publish`, `returnToDraft: <comment>`, `restored from version 2`... */
  note?: Maybe<Scalars['String']['output']>;
  /** The content as it was at this version. */
  content: RevisionContent;
};

/** The content of a revision (fields that do not apply to its kind are null or empty). */
export type RevisionContent = {
  __typename?: 'RevisionContent';
  /** Title. */
  title: Scalars['String']['output'];
  /** Summary. */
  summary: Scalars['String']['output'];
  /** Body (Markdown). */
  body: Scalars['String']['output'];
  /** Language. */
  language: Scalars['String']['output'];
  /** Workflow status at this version. */
  status: PublicationStatus;
  /** Territory ids. */
  territoryIds: Array<Scalars['ID']['output']>;
  /** Theme ids. */
  themeIds: Array<Scalars['ID']['output']>;
  /** Programme id. */
  programmeId?: Maybe<Scalars['ID']['output']>;
  /** Experiences only: convention id. */
  conventionId?: Maybe<Scalars['ID']['output']>;
  /** Experiences only: authors. */
  authors: Array<ExperienceAuthor>;
  /** Experiences only: outcomes. */
  outcomes: Array<Scalars['String']['output']>;
  /** Experiences only: lessons learnt. */
  lessons: Array<Scalars['String']['output']>;
  /** Experiences only: key figures. */
  keyFigures?: Maybe<KeyFigures>;
  /** Resources only: kind. */
  kind?: Maybe<ResourceKind>;
  /** Resources only: URL. */
  url?: Maybe<Scalars['URL']['output']>;
};

/** A page of revisions. */
export type RevisionConnection = {
  __typename?: 'RevisionConnection';
  /** The revisions of this page with their cursors. */
  edges: Array<RevisionEdge>;
  /** The nodes of this page, in the order of `edges` (each edge's `node`, without its cursor). */
  nodes: Array<Revision>;
  /** Whether more pages follow, and where to resume. */
  pageInfo: PageInfo;
  /** Number of revisions, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A revision and its cursor. */
export type RevisionEdge = {
  __typename?: 'RevisionEdge';
  /** Opaque cursor to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The revision. */
  node: Revision;
};

/** A theme of the taxonomy: an ecological, social or democratic stake, or one of its sub-themes. */
export type Theme = Node & {
  __typename?: 'Theme';
  /** Readable id (slug), e.g. `energie`. */
  id: Scalars['ID']['output'];
  /** Label in the requested language. */
  label: Scalars['String']['output'];
  /** French label. */
  labelFr: Scalars['String']['output'];
  /** English label. */
  labelEn: Scalars['String']['output'];
  /** Description in the requested language, if any. */
  description?: Maybe<Scalars['String']['output']>;
  /** The parent theme; null for the three stakes at the root. */
  parent?: Maybe<Theme>;
  /** Sub-themes, in display order. */
  children: Array<Theme>;
  /** From the root down to the parent. */
  ancestors: Array<Theme>;
  /** Published experiences with this theme or one of its sub-themes; newest first. */
  experiences?: Maybe<ExperienceConnection>;
  /** Published resources with this theme or one of its sub-themes; newest first. */
  resources?: Maybe<ResourceConnection>;
};


/** A theme of the taxonomy: an ecological, social or democratic stake, or one of its sub-themes. */
export type ThemeLabelArgs = {
  language?: InputMaybe<LabelLanguage>;
};


/** A theme of the taxonomy: an ecological, social or democratic stake, or one of its sub-themes. */
export type ThemeDescriptionArgs = {
  language?: InputMaybe<LabelLanguage>;
};


/** A theme of the taxonomy: an ecological, social or democratic stake, or one of its sub-themes. */
export type ThemeExperiencesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A theme of the taxonomy: an ecological, social or democratic stake, or one of its sub-themes. */
export type ThemeResourcesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** Languages of theme labels. */
export type LabelLanguage =
  /** French. */
  | 'FR'
  /** English. */
  | 'EN';

/** A step of a learning journey's visit programme. */
export type Visit = {
  __typename?: 'Visit';
  /** Day (ISO date). */
  day: Scalars['Date']['output'];
  /** Time (`HH:MM`), if scheduled. */
  time?: Maybe<Scalars['String']['output']>;
  /** Title of the step. */
  title: Scalars['String']['output'];
  /** What the visitors will see and discuss. */
  description: Scalars['String']['output'];
  /** The experience shown, if it is published (null otherwise). */
  experience?: Maybe<Experience>;
  /** Where it takes place. */
  place?: Maybe<Territory>;
};

/**
 * A learning journey (voyage apprenant): a territory hosts other territories to show them its
 * experiences. Capacity is the number of territories that may register; it always holds.
 */
export type LearningJourney = Node & {
  __typename?: 'LearningJourney';
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Current version number (1 when created, one more at each change): pass it as `expectedVersion` when you change the journey. */
  version: Scalars['Int']['output'];
  /** Title. */
  title: Scalars['String']['output'];
  /** What the journey is about (Markdown). */
  description: Scalars['String']['output'];
  /** The host territory. */
  host?: Maybe<Territory>;
  /** First day (ISO date). */
  startsOn: Scalars['Date']['output'];
  /** Last day (ISO date). */
  endsOn: Scalars['Date']['output'];
  /** How many territories may register. */
  capacity: Scalars['Int']['output'];
  /** How many territories are registered. */
  registeredCount: Scalars['Int']['output'];
  /** Places left. */
  seatsLeft: Scalars['Int']['output'];
  /** Whether registrations are open (not full, not started yet). */
  registrationOpen: Scalars['Boolean']['output'];
  /** The visit programme, in order. */
  visits: Array<Visit>;
  /** The programme it belongs to, if any. */
  programme?: Maybe<Programme>;
  /**
   * Registrations visible to the caller: all of them for staff and members of the host territory,
   * the caller's own territory's otherwise (none for anonymous callers).
   */
  registrations: Array<JourneyRegistration>;
};

/** A territory's registration to a learning journey. */
export type JourneyRegistration = {
  __typename?: 'JourneyRegistration';
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** The registered territory. */
  territory?: Maybe<Territory>;
  /**
   * How many people will come.
   * @deprecated Use participantCount instead.
   */
  participants: Scalars['Int']['output'];
  /** How many people will come. */
  participantCount: Scalars['Int']['output'];
  /** A note for the hosts. */
  note?: Maybe<Scalars['String']['output']>;
  /** When it registered (ISO date-time). */
  registeredAt: Scalars['DateTime']['output'];
};

/** A page of learning journeys. */
export type LearningJourneyConnection = {
  __typename?: 'LearningJourneyConnection';
  /** The journeys of this page with their cursors. */
  edges: Array<LearningJourneyEdge>;
  /** The nodes of this page, in the order of `edges` (each edge's `node`, without its cursor). */
  nodes: Array<LearningJourney>;
  /** Whether more pages follow, and where to resume. */
  pageInfo: PageInfo;
  /** Number of journeys matching, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A learning journey and its cursor. */
export type LearningJourneyEdge = {
  __typename?: 'LearningJourneyEdge';
  /** Opaque cursor to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The journey. */
  node: LearningJourney;
};

/** A page of experiences. */
export type ExperienceConnection = {
  __typename?: 'ExperienceConnection';
  /** The experiences of this page with their cursors. */
  edges: Array<ExperienceEdge>;
  /** The nodes of this page, in the order of `edges` (each edge's `node`, without its cursor). */
  nodes: Array<Experience>;
  /** Whether more pages follow, and where to resume. */
  pageInfo: PageInfo;
  /** Number of experiences matching, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** An experience and its cursor. */
export type ExperienceEdge = {
  __typename?: 'ExperienceEdge';
  /** Opaque cursor to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The experience. */
  node: Experience;
};

/** A page of resources. */
export type ResourceConnection = {
  __typename?: 'ResourceConnection';
  /** The resources of this page with their cursors. */
  edges: Array<ResourceEdge>;
  /** The nodes of this page, in the order of `edges` (each edge's `node`, without its cursor). */
  nodes: Array<Resource>;
  /** Whether more pages follow, and where to resume. */
  pageInfo: PageInfo;
  /** Number of resources matching, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A resource and its cursor. */
export type ResourceEdge = {
  __typename?: 'ResourceEdge';
  /** Opaque cursor to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The resource. */
  node: Resource;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether this page follows another one. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
  /** Cursor of the last item of this page: pass it as `after` to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
};

/** Filters of experience and resource lists (all optional, combined with AND). */
export type PublicationFilter = {
  /**
   * Statuses to list; PUBLISHED by default. Other statuses only return what the caller may see: its own
   * organisation's (or territory's) content, or everything for staff (e.g. SUBMITTED: the moderation queue).
   */
  statuses?: InputMaybe<Array<PublicationStatus>>;
  /** Only those about this territory or a territory inside it (e.g. `DEPARTEMENT:63`). */
  territory?: InputMaybe<Scalars['ID']['input']>;
  /** Only those with this theme or one of its sub-themes. */
  theme?: InputMaybe<Scalars['ID']['input']>;
  /** Only those published by this actor (organisation or territory id). */
  publisher?: InputMaybe<Scalars['ID']['input']>;
  /** Only those from this programme. */
  programme?: InputMaybe<Scalars['ID']['input']>;
  /** Experiences only: only those from this convention. */
  convention?: InputMaybe<Scalars['ID']['input']>;
  /** Resources only: only this kind. */
  kind?: InputMaybe<ResourceKind>;
  /** Only those in this language (ISO 639-1). */
  language?: InputMaybe<Scalars['String']['input']>;
};

/** Which themes `themes` lists. */
export type ThemeFilter = {
  /** List the sub-themes of this theme instead of the roots. */
  parent?: InputMaybe<Scalars['ID']['input']>;
};

/** Filters of learning journey lists (all optional, combined with AND). */
export type LearningJourneyFilter = {
  /** Only those hosted by this territory or a territory inside it. */
  host?: InputMaybe<Scalars['ID']['input']>;
  /** Only those ending on or after this date (ISO date), e.g. today for upcoming ones. */
  endingFrom?: InputMaybe<Scalars['Date']['input']>;
};

/** What a search looks in. */
export type KnowledgeType =
  /** Experiences (retours d'expérience). */
  | 'EXPERIENCE'
  /** Resources of the resource centre. */
  | 'RESOURCE';

/** Filters of a search (all optional, combined with AND). */
export type KnowledgeSearchFilter = {
  /** Only these types (both by default). */
  types?: InputMaybe<Array<KnowledgeType>>;
  /** Only items with one of these themes or their sub-themes (at most 20). */
  themes?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only items about this territory or a territory inside it (an experience of a commune is found from its département or région). */
  territory?: InputMaybe<Scalars['ID']['input']>;
  /** Only items from this programme. */
  programme?: InputMaybe<Scalars['ID']['input']>;
};

/** An experience or a resource. */
export type KnowledgeItem = Experience | Resource;

/** A highlighted excerpt of a search hit. */
export type Snippet = {
  __typename?: 'Snippet';
  /** Which text it comes from: `summary` or `body`. */
  field: Scalars['String']['output'];
  /** The excerpt as plain text (`…` marks cuts). */
  text: Scalars['String']['output'];
  /** Where the matching words are in `text`. */
  highlights: Array<Highlight>;
  /** The excerpt as HTML: text escaped, matching words wrapped in `<mark>`. */
  html: Scalars['String']['output'];
};

/** A matching word in a snippet. */
export type Highlight = {
  __typename?: 'Highlight';
  /** Offset in the snippet text (UTF-16 code units, as JavaScript strings). */
  start: Scalars['Int']['output'];
  /** Length. */
  length: Scalars['Int']['output'];
};

/** One search result. */
export type KnowledgeSearchHit = {
  __typename?: 'KnowledgeSearchHit';
  /** Experience or resource. */
  type: KnowledgeType;
  /** The item found. */
  item: KnowledgeItem;
  /** Relevance (BM25F over title, summary and body): higher is better; comparable within one search only. */
  score: Scalars['Float']['output'];
  /** The best excerpt for the query. */
  snippet: Snippet;
};

/** A search hit and its cursor. */
export type KnowledgeSearchEdge = {
  __typename?: 'KnowledgeSearchEdge';
  /** Opaque cursor to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The hit. */
  node: KnowledgeSearchHit;
};

/** Ranked search results. */
export type KnowledgeSearchConnection = {
  __typename?: 'KnowledgeSearchConnection';
  /** The hits of this page, best first. */
  edges: Array<KnowledgeSearchEdge>;
  /** The nodes of this page, in the order of `edges` (each edge's `node`, without its cursor). */
  nodes: Array<KnowledgeSearchHit>;
  /** Whether more pages follow, and where to resume. */
  pageInfo: PageInfo;
  /**
   * Number of items the search ranked, all pages together: every item matching at least one word of the
   * query, or, when `truncated`, the items ranked (a lower bound of the matches).
   */
  totalCount: Scalars['Int']['output'];
  /** The search keys the query was reduced to (accent-folded Snowball French stems). */
  terms: Array<Scalars['String']['output']>;
  /** Words of the query that were ignored (stop words such as `le`, `de`, `pour`). */
  ignoredWords: Array<Scalars['String']['output']>;
  /**
   * True when a word of the query is held by more items than a search reads (100, see README, Search):
   * for that word, ranking then covered its newest items and its newest title matches only, and
   * `totalCount` is a lower bound. Add words or filters to narrow the search.
   */
  truncated: Scalars['Boolean']['output'];
};

/** Filters of dashboard statistics (all optional, combined with AND). Only PUBLISHED content counts. */
export type KnowledgeStatisticsFilter = {
  /** Only content about this territory or a territory inside it. */
  territory?: InputMaybe<Scalars['ID']['input']>;
  /** Only content with this theme or one of its sub-themes. */
  theme?: InputMaybe<Scalars['ID']['input']>;
  /** Only content from this programme. */
  programme?: InputMaybe<Scalars['ID']['input']>;
  /** From this month (`YYYY-MM`), by publication date. */
  fromMonth?: InputMaybe<Scalars['String']['input']>;
  /** Until this month (`YYYY-MM`) included. */
  toMonth?: InputMaybe<Scalars['String']['input']>;
};

/** A theme and how many published experiences have it (or one of its sub-themes). */
export type ThemeCount = {
  __typename?: 'ThemeCount';
  /** The theme. */
  theme: Theme;
  /** Number of published experiences. */
  count: Scalars['Int']['output'];
};

/** A territory and how many published experiences are about it or a territory inside it. */
export type TerritoryCount = {
  __typename?: 'TerritoryCount';
  /** The territory. */
  territory?: Maybe<Territory>;
  /** Number of published experiences. */
  count: Scalars['Int']['output'];
};

/** A month and how many experiences were first published in it. */
export type MonthCount = {
  __typename?: 'MonthCount';
  /** `YYYY-MM`. */
  month: Scalars['String']['output'];
  /** Number of experiences published that month. */
  count: Scalars['Int']['output'];
};

/** A publisher and how much it published. */
export type PublisherActivity = {
  __typename?: 'PublisherActivity';
  /** The organisation or territory. */
  publisher?: Maybe<Actor>;
  /**
   * Former name of `experienceCount` (same value), kept until a later release removes it.
   * @deprecated Use `experienceCount` instead.
   */
  publishedExperiences: Scalars['Int']['output'];
  /** Number of its published experiences. */
  experienceCount: Scalars['Int']['output'];
};

/** What kind of actor publishes. */
export type PublisherKind =
  /** Organisations (associations, companies, agencies...). */
  | 'ORGANISATION'
  /** Territories (local authorities). */
  | 'TERRITORY';

/** Which publishers `topPublishers` ranks (all optional). */
export type PublisherFilter = {
  /** Only organisations, or only territories (both by default). */
  kind?: InputMaybe<PublisherKind>;
};

/** A resource kind and how many published resources are of it. */
export type ResourceKindCount = {
  __typename?: 'ResourceKindCount';
  /** The kind. */
  kind: ResourceKind;
  /** Number of published resources. */
  count: Scalars['Int']['output'];
};

/** Aggregated figures for dashboards; only PUBLISHED content counts. */
export type KnowledgeStatistics = {
  __typename?: 'KnowledgeStatistics';
  /** Published experiences. */
  experienceCount: Scalars['Int']['output'];
  /** Published resources. */
  resourceCount: Scalars['Int']['output'];
  /** Published experiences per theme (a theme counts its sub-themes' experiences), most first. */
  experiencesByTheme: Array<ThemeCount>;
  /** Published experiences per territory of the given level (a région counts everything inside it), most first. */
  experiencesByTerritory: Array<TerritoryCount>;
  /**
   * Former name of `experiencesByMonth` (same value), kept until a later release removes it.
   * @deprecated Use `experiencesByMonth` instead.
   */
  publishedPerMonth: Array<MonthCount>;
  /** Experiences published per month, oldest month first (months without publication are left out). */
  experiencesByMonth: Array<MonthCount>;
  /** The most active publishers, most published experiences first. */
  topPublishers: Array<PublisherActivity>;
  /** Published resources per kind. */
  resourcesByKind: Array<ResourceKindCount>;
};


/** Aggregated figures for dashboards; only PUBLISHED content counts. */
export type KnowledgeStatisticsExperiencesByTerritoryArgs = {
  level?: InputMaybe<TerritoryLevel>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Aggregated figures for dashboards; only PUBLISHED content counts. */
export type KnowledgeStatisticsTopPublishersArgs = {
  filter?: InputMaybe<PublisherFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** One experience by id: a published one, or one the caller may see (its publisher's, or any for staff). */
  experience?: Maybe<Experience>;
  /** Experiences, newest first: published ones unless `filter.statuses` asks for others the caller may see. */
  experiences?: Maybe<ExperienceConnection>;
  /** One resource by id: a published one, or one the caller may see. */
  resource?: Maybe<Resource>;
  /** Resources, newest first: published ones unless `filter.statuses` asks for others the caller may see. */
  resources?: Maybe<ResourceConnection>;
  /** The theme taxonomy: the root themes (the stakes) by default, or the children of `filter.parent`. */
  themes?: Maybe<Array<Theme>>;
  /** One theme by id. */
  theme?: Maybe<Theme>;
  /**
   * French full-text search over published experiences and resources, ranked by relevance, with
   * highlighted snippets. Accent- and case-insensitive, stemmed (a plural finds its singular), stop words
   * ignored. Every word of the query counts; items matching more words, and matching them in titles,
   * rank higher.
   */
  searchKnowledge?: Maybe<KnowledgeSearchConnection>;
  /** One learning journey by id. */
  learningJourney?: Maybe<LearningJourney>;
  /** Learning journeys, soonest first. */
  learningJourneys?: Maybe<LearningJourneyConnection>;
  /** Figures for dashboards (published content only). */
  knowledgeStatistics?: Maybe<KnowledgeStatistics>;
  /**
   * Internal (hidden from the gateway's clients): for each id, the type of this subgraph's record the
   * caller may see with that id, or null. The actors subgraph calls it to answer `node` and `nodes`.
   */
  _knowledgeNodeTypes: Array<Maybe<Scalars['String']['output']>>;
};


export type QueryExperienceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExperiencesArgs = {
  filter?: InputMaybe<PublicationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryResourceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResourcesArgs = {
  filter?: InputMaybe<PublicationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryThemesArgs = {
  filter?: InputMaybe<ThemeFilter>;
};


export type QueryThemeArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchKnowledgeArgs = {
  query: Scalars['String']['input'];
  filter?: InputMaybe<KnowledgeSearchFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryLearningJourneyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLearningJourneysArgs = {
  filter?: InputMaybe<LearningJourneyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryKnowledgeStatisticsArgs = {
  filter?: InputMaybe<KnowledgeStatisticsFilter>;
};


export type Query_KnowledgeNodeTypesArgs = {
  ids: Array<Scalars['ID']['input']>;
};

/** A person who wrote an experience. */
export type ExperienceAuthorInput = {
  /** Full name. */
  name: Scalars['String']['input'];
  /** Role or affiliation. */
  role?: InputMaybe<Scalars['String']['input']>;
};

/** Key figures of an experience (whole numbers, zero or more). */
export type KeyFiguresInput = {
  /** Total budget in euros. */
  budgetEuros?: InputMaybe<Scalars['Int']['input']>;
  /** Duration in months. */
  durationMonths?: InputMaybe<Scalars['Int']['input']>;
  /** People involved. */
  peopleInvolved?: InputMaybe<Scalars['Int']['input']>;
};

/** A new experience (created as a DRAFT). */
export type CreateExperienceInput = {
  /** Title (at most 200 characters). */
  title: Scalars['String']['input'];
  /** Summary (at most 2,000 characters). */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Body in Markdown (at most 100,000 characters). */
  body?: InputMaybe<Scalars['String']['input']>;
  /** Language (ISO 639-1), `fr` by default. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Territories concerned (ids such as `COMMUNE:63113`). */
  territoryIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Themes (ids of the taxonomy). */
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Publishing organisation or territory; a partner's own organisation by default (staff must give it). */
  publisherId?: InputMaybe<Scalars['ID']['input']>;
  /** Authors. */
  authors?: InputMaybe<Array<ExperienceAuthorInput>>;
  /** The convention it came from. */
  conventionId?: InputMaybe<Scalars['ID']['input']>;
  /** The programme it came from. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  /** Outcomes, one statement per item. */
  outcomes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Lessons learnt, one statement per item. */
  lessons?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Key figures. */
  keyFigures?: InputMaybe<KeyFiguresInput>;
};

/** Edits an experience: which one, the version you edited, and the changes. */
export type UpdateExperienceInput = {
  /** Experience id. */
  id: Scalars['ID']['input'];
  /** The version you edited (its `version`); CONFLICT with `extensions.currentVersion` when it moved since. */
  expectedVersion: Scalars['Int']['input'];
  /** The changes. */
  changes: ExperienceChangesInput;
};

/** Submits a draft experience for publication. */
export type SubmitExperienceInput = {
  /** Experience id. */
  id: Scalars['ID']['input'];
  /** The version you saw; CONFLICT with `extensions.currentVersion` when it moved since. */
  expectedVersion: Scalars['Int']['input'];
};

/** Sends a submitted experience back to draft. */
export type ReturnExperienceToDraftInput = {
  /** Experience id. */
  id: Scalars['ID']['input'];
  /** The version you saw; CONFLICT with `extensions.currentVersion` when it moved since. */
  expectedVersion: Scalars['Int']['input'];
  /** Why (required from staff; at most 2,000 characters). */
  comment?: InputMaybe<Scalars['String']['input']>;
};

/** Publishes a submitted (or archived) experience. */
export type PublishExperienceInput = {
  /** Experience id. */
  id: Scalars['ID']['input'];
  /** The version you saw; CONFLICT with `extensions.currentVersion` when it moved since. */
  expectedVersion: Scalars['Int']['input'];
};

/** Archives an experience. */
export type ArchiveExperienceInput = {
  /** Experience id. */
  id: Scalars['ID']['input'];
  /** The version you saw; CONFLICT with `extensions.currentVersion` when it moved since. */
  expectedVersion: Scalars['Int']['input'];
  /** Why (at most 2,000 characters). */
  comment?: InputMaybe<Scalars['String']['input']>;
};

/** Brings back the content of an earlier version of an experience. */
export type RestoreExperienceRevisionInput = {
  /** Experience id. */
  id: Scalars['ID']['input'];
  /** The version whose content comes back. */
  version: Scalars['Int']['input'];
  /** The current version you saw; CONFLICT with `extensions.currentVersion` when it moved since. */
  expectedVersion: Scalars['Int']['input'];
};

/** Changes to an experience: only the fields given change (null clears an optional one). */
export type ExperienceChangesInput = {
  /** Title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Summary. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Body (Markdown). */
  body?: InputMaybe<Scalars['String']['input']>;
  /** Language (ISO 639-1). */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Territories concerned (replaces the list). */
  territoryIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Themes (replaces the list). */
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Authors (replaces the list). */
  authors?: InputMaybe<Array<ExperienceAuthorInput>>;
  /** The convention it came from. */
  conventionId?: InputMaybe<Scalars['ID']['input']>;
  /** The programme it came from. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  /** Outcomes (replaces the list). */
  outcomes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Lessons (replaces the list). */
  lessons?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Key figures (replaces them). */
  keyFigures?: InputMaybe<KeyFiguresInput>;
};

/** One experience of a bulk import. */
export type ExperienceImportItem = {
  /**
   * Your key for this item (1 to 200 characters), unique per publisher: importing the same key again
   * creates nothing twice (it returns the experience created the first time).
   */
  key: Scalars['String']['input'];
  /** The experience. */
  experience: CreateExperienceInput;
};

/** A bulk import of experiences. */
export type ImportExperiencesInput = {
  /** The experiences (1 to 100), each with its key. */
  items: Array<ExperienceImportItem>;
  /** Submit the created experiences for publication instead of leaving them as drafts. */
  submit?: InputMaybe<Scalars['Boolean']['input']>;
};

/** What happened to an import item. */
export type ImportItemStatus =
  /** Created by this import. */
  | 'CREATED'
  /** Its key had already been imported: nothing was created, `experience` is the one created then. */
  | 'ALREADY_IMPORTED'
  /** Not imported: see `error`. */
  | 'FAILED';

/** Why an import item failed. */
export type ImportItemError = {
  __typename?: 'ImportItemError';
  /** Machine-readable code (`BAD_USER_INPUT`, `FORBIDDEN`, `CONFLICT`...). */
  code: Scalars['String']['output'];
  /** The input field at fault, as a path from the mutation's arguments (e.g. `input.items.3.experience.title`). */
  field?: Maybe<Scalars['String']['output']>;
  /** What went wrong. */
  message: Scalars['String']['output'];
};

/** The result of one import item. */
export type ExperienceImportResult = {
  __typename?: 'ExperienceImportResult';
  /** Position of the item in the request, from 0. */
  index: Scalars['Int']['output'];
  /** The item's key. */
  key: Scalars['String']['output'];
  /** What happened. */
  status: ImportItemStatus;
  /** The experience created (now or by an earlier import with the same key). */
  experience?: Maybe<Experience>;
  /** Why it failed. */
  error?: Maybe<ImportItemError>;
};

/** The result of a bulk import: one result per item, in order. */
export type ImportExperiencesPayload = {
  __typename?: 'ImportExperiencesPayload';
  /** One result per item, in the order of the request. */
  results: Array<ExperienceImportResult>;
  /** Items created by this import. */
  createdCount: Scalars['Int']['output'];
  /** Items already imported before (created nothing). */
  alreadyImportedCount: Scalars['Int']['output'];
  /** Items that failed. */
  failedCount: Scalars['Int']['output'];
};

/** A new resource (created as a DRAFT). */
export type CreateResourceInput = {
  /** What kind of resource. */
  kind: ResourceKind;
  /** Title (at most 200 characters). */
  title: Scalars['String']['input'];
  /** Summary. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Description in Markdown. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** Where to find it (http(s) URL). */
  url?: InputMaybe<Scalars['URL']['input']>;
  /** Language (ISO 639-1), `fr` by default. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Themes. */
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Territories concerned. */
  territoryIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Programme. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
  /** Publishing organisation or territory; a partner's own organisation by default (staff must give it). */
  publisherId?: InputMaybe<Scalars['ID']['input']>;
};

/** Edits a resource: which one, the version you edited, and the changes. */
export type UpdateResourceInput = {
  /** Resource id. */
  id: Scalars['ID']['input'];
  /** The version you edited (its `version`); CONFLICT with `extensions.currentVersion` when it moved since. */
  expectedVersion: Scalars['Int']['input'];
  /** The changes. */
  changes: ResourceChangesInput;
};

/** Submits a draft resource for publication. */
export type SubmitResourceInput = {
  /** Resource id. */
  id: Scalars['ID']['input'];
  /** The version you saw; CONFLICT with `extensions.currentVersion` when it moved since. */
  expectedVersion: Scalars['Int']['input'];
};

/** Sends a submitted resource back to draft. */
export type ReturnResourceToDraftInput = {
  /** Resource id. */
  id: Scalars['ID']['input'];
  /** The version you saw; CONFLICT with `extensions.currentVersion` when it moved since. */
  expectedVersion: Scalars['Int']['input'];
  /** Why (required from staff; at most 2,000 characters). */
  comment?: InputMaybe<Scalars['String']['input']>;
};

/** Publishes a submitted (or archived) resource. */
export type PublishResourceInput = {
  /** Resource id. */
  id: Scalars['ID']['input'];
  /** The version you saw; CONFLICT with `extensions.currentVersion` when it moved since. */
  expectedVersion: Scalars['Int']['input'];
};

/** Archives a resource. */
export type ArchiveResourceInput = {
  /** Resource id. */
  id: Scalars['ID']['input'];
  /** The version you saw; CONFLICT with `extensions.currentVersion` when it moved since. */
  expectedVersion: Scalars['Int']['input'];
  /** Why (at most 2,000 characters). */
  comment?: InputMaybe<Scalars['String']['input']>;
};

/** Brings back the content of an earlier version of a resource. */
export type RestoreResourceRevisionInput = {
  /** Resource id. */
  id: Scalars['ID']['input'];
  /** The version whose content comes back. */
  version: Scalars['Int']['input'];
  /** The current version you saw; CONFLICT with `extensions.currentVersion` when it moved since. */
  expectedVersion: Scalars['Int']['input'];
};

/** Changes to a resource: only the fields given change. */
export type ResourceChangesInput = {
  /** Kind. */
  kind?: InputMaybe<ResourceKind>;
  /** Title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Summary. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Description (Markdown). */
  body?: InputMaybe<Scalars['String']['input']>;
  /** URL. */
  url?: InputMaybe<Scalars['URL']['input']>;
  /** Language. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Themes (replaces the list). */
  themeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Territories (replaces the list). */
  territoryIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Programme. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new theme of the taxonomy. */
export type CreateThemeInput = {
  /** Id (slug: lower-case letters, digits and dashes). */
  id: Scalars['ID']['input'];
  /** Parent theme; none for a new stake at the root. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** French label. */
  labelFr: Scalars['String']['input'];
  /** English label. */
  labelEn: Scalars['String']['input'];
  /** French description. */
  descriptionFr?: InputMaybe<Scalars['String']['input']>;
  /** English description. */
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  /** Display order among siblings. */
  rank?: InputMaybe<Scalars['Int']['input']>;
};

/** A step of a visit programme. */
export type VisitInput = {
  /** Day (ISO date), within the journey. */
  day: Scalars['Date']['input'];
  /** Time (`HH:MM`). */
  time?: InputMaybe<Scalars['String']['input']>;
  /** Title. */
  title: Scalars['String']['input'];
  /** Description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The experience shown (must be published). */
  experienceId?: InputMaybe<Scalars['ID']['input']>;
  /** Where it takes place (territory id). */
  placeId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new learning journey. */
export type CreateLearningJourneyInput = {
  /** Title. */
  title: Scalars['String']['input'];
  /** Description (Markdown). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Host territory id; a territory member's own territory by default. */
  hostTerritoryId?: InputMaybe<Scalars['ID']['input']>;
  /** First day (ISO date). */
  startsOn: Scalars['Date']['input'];
  /** Last day (ISO date). */
  endsOn: Scalars['Date']['input'];
  /** How many territories may register (1 to 200). */
  capacity: Scalars['Int']['input'];
  /** The visit programme. */
  visits?: InputMaybe<Array<VisitInput>>;
  /** Programme it belongs to. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes a learning journey: which one, the version you changed, and the changes. */
export type UpdateLearningJourneyInput = {
  /** Journey id. */
  id: Scalars['ID']['input'];
  /** The version you changed (its `version`); CONFLICT with `extensions.currentVersion` when it moved since. */
  expectedVersion: Scalars['Int']['input'];
  /** The changes. */
  changes: LearningJourneyChangesInput;
};

/** A territory's registration to a learning journey. */
export type RegisterForLearningJourneyInput = {
  /** Journey id. */
  journeyId: Scalars['ID']['input'];
  /** Registering territory; a territory member's own territory by default. */
  territoryId?: InputMaybe<Scalars['ID']['input']>;
  /** How many people will come (1 to 50). */
  participantCount: Scalars['Int']['input'];
  /** A note for the hosts (at most 1,000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Cancels a territory's registration to a learning journey. */
export type CancelJourneyRegistrationInput = {
  /** Journey id. */
  journeyId: Scalars['ID']['input'];
  /** Registered territory; a territory member's own territory by default. */
  territoryId?: InputMaybe<Scalars['ID']['input']>;
};

/** Changes to a learning journey: only the fields given change. */
export type LearningJourneyChangesInput = {
  /** Title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Description (Markdown). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** First day (ISO date). */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Last day (ISO date). */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** How many territories may register (1 to 200; never below a taken seat). */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** The visit programme (replaces it). */
  visits?: InputMaybe<Array<VisitInput>>;
  /** Programme it belongs to. */
  programmeId?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Creates an experience as a DRAFT. Partners and territory members publish for their own organisation or territory. */
  createExperience: Experience;
  /**
   * Edits an experience (a new version; the previous one stays in its revisions). Publishers edit their
   * drafts, staff any status. CONFLICT (with `extensions.currentVersion`) when it moved past `expectedVersion`.
   */
  updateExperience: Experience;
  /** Submits a draft for publication (publisher or staff). */
  submitExperience: Experience;
  /** Sends a submission back to draft: staff with a comment for the publisher, or the publisher withdrawing it. */
  returnExperienceToDraft: Experience;
  /** Publishes a submission, or republishes an archived experience (staff only). */
  publishExperience: Experience;
  /** Archives an experience: withdrawn from publication, kept for the record (staff only). */
  archiveExperience: Experience;
  /** Brings back the content of an earlier version as a new version (nothing is lost; the workflow status does not change). */
  restoreExperienceRevision: Experience;
  /**
   * Imports up to 100 experiences at once (as drafts, or submitted). Each item succeeds or fails on its own;
   * an item whose `key` was already imported by the same publisher creates nothing again.
   */
  importExperiences: ImportExperiencesPayload;
  /** Creates a resource as a DRAFT. */
  createResource: Resource;
  /** Edits a resource (a new version). CONFLICT when it moved past `expectedVersion`. */
  updateResource: Resource;
  /** Submits a draft resource for publication. */
  submitResource: Resource;
  /** Sends a submitted resource back to draft (staff with a comment, or its publisher). */
  returnResourceToDraft: Resource;
  /** Publishes a submitted resource (staff only). */
  publishResource: Resource;
  /** Archives a resource (staff only). */
  archiveResource: Resource;
  /** Brings back the content of an earlier version of a resource as a new version. */
  restoreResourceRevision: Resource;
  /** Adds a theme to the taxonomy (staff only). Its place in the hierarchy is fixed once created. */
  createTheme: Theme;
  /** Creates a learning journey (staff, or a member of the host territory). */
  createLearningJourney: LearningJourney;
  /**
   * Changes a learning journey (staff, or a member of the host territory): a new version. Capacity never
   * goes below a taken seat. CONFLICT (with `extensions.currentVersion`) when it moved past `expectedVersion`.
   */
  updateLearningJourney: LearningJourney;
  /**
   * Registers a territory to a learning journey (staff, or a member of that territory). CAPACITY_REACHED
   * when it is full, CONFLICT when the territory is already registered.
   */
  registerForLearningJourney: JourneyRegistration;
  /** Cancels a territory's registration, freeing its place (staff, or a member of that territory). Returns whether there was one. */
  cancelJourneyRegistration: Scalars['Boolean']['output'];
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationCreateExperienceArgs = {
  input: CreateExperienceInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationUpdateExperienceArgs = {
  input: UpdateExperienceInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationSubmitExperienceArgs = {
  input: SubmitExperienceInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationReturnExperienceToDraftArgs = {
  input: ReturnExperienceToDraftInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationPublishExperienceArgs = {
  input: PublishExperienceInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationArchiveExperienceArgs = {
  input: ArchiveExperienceInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationRestoreExperienceRevisionArgs = {
  input: RestoreExperienceRevisionInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationImportExperiencesArgs = {
  input: ImportExperiencesInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationCreateResourceArgs = {
  input: CreateResourceInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationUpdateResourceArgs = {
  input: UpdateResourceInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationSubmitResourceArgs = {
  input: SubmitResourceInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationReturnResourceToDraftArgs = {
  input: ReturnResourceToDraftInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationPublishResourceArgs = {
  input: PublishResourceInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationArchiveResourceArgs = {
  input: ArchiveResourceInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationRestoreResourceRevisionArgs = {
  input: RestoreResourceRevisionInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationCreateThemeArgs = {
  input: CreateThemeInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationCreateLearningJourneyArgs = {
  input: CreateLearningJourneyInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationUpdateLearningJourneyArgs = {
  input: UpdateLearningJourneyInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationRegisterForLearningJourneyArgs = {
  input: RegisterForLearningJourneyInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationCancelJourneyRegistrationArgs = {
  input: CancelJourneyRegistrationInput;
};

/** Who may keep a cached answer: any cache (PUBLIC), or only the caller's own (PRIVATE). Used by the subgraphs only: not part of the API. */
export type CacheControlScope =
  /** Any cache (a CDN, a shared proxy) may keep the answer. */
  | 'PUBLIC'
  /** Only the caller's own cache may keep the answer: it depends on who asks. */
  | 'PRIVATE';

/**
 * Anything with a global id, refetchable with `node(id:)`. Territory ids tell their type
 * (`DEPARTEMENT:63`), theme ids are slugs (`energie`); the other ids are opaque (24 hexadecimal
 * characters), unique across the platform, and `node` finds what they name.
 */
export type Node = {
  /** Global id, the same in every field and argument that names this object. */
  id: Scalars['ID']['output'];
};

export type Link__Purpose =
  /** `SECURITY` features provide metadata necessary to securely resolve fields. */
  | 'SECURITY'
  /** `EXECUTION` features provide metadata necessary for operation execution. */
  | 'EXECUTION';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Actor: Actor;
  Territory: Territory;
  Organisation: Organisation;
  Convention: Convention;
  Programme: Programme;
  Experience: Experience;
  Resource: Resource;
  Theme: Theme;
  LearningJourney: LearningJourney;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Actor:
    ( { __typename: 'Actor' }
    & GraphQLRecursivePick<FederationTypes['Actor'], {"id":true}> );
  Territory:
    ( { __typename: 'Territory' }
    & GraphQLRecursivePick<FederationTypes['Territory'], {"id":true}> );
  Organisation:
    ( { __typename: 'Organisation' }
    & GraphQLRecursivePick<FederationTypes['Organisation'], {"id":true}> );
  Convention:
    ( { __typename: 'Convention' }
    & GraphQLRecursivePick<FederationTypes['Convention'], {"id":true}> );
  Programme:
    ( { __typename: 'Programme' }
    & GraphQLRecursivePick<FederationTypes['Programme'], {"id":true}> );
  Experience:
    ( { __typename: 'Experience' }
    & GraphQLRecursivePick<FederationTypes['Experience'], {"id":true}> );
  Resource:
    ( { __typename: 'Resource' }
    & GraphQLRecursivePick<FederationTypes['Resource'], {"id":true}> );
  Theme:
    ( { __typename: 'Theme' }
    & GraphQLRecursivePick<FederationTypes['Theme'], {"id":true}> );
  LearningJourney:
    ( { __typename: 'LearningJourney' }
    & GraphQLRecursivePick<FederationTypes['LearningJourney'], {"id":true}> );
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  KnowledgeItem:
    | ( ExperienceRecord )
    | ( ResourceRecord )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Actor:
    | ( Omit<Territory, 'experiences' | 'learningJourneys'> & { experiences?: Maybe<_RefType['ExperienceConnection']>, learningJourneys?: Maybe<_RefType['LearningJourneyConnection']> } )
    | ( Omit<Organisation, 'experiences' | 'resources'> & { experiences?: Maybe<_RefType['ExperienceConnection']>, resources?: Maybe<_RefType['ResourceConnection']> } )
  ;
  Node:
    | ( ExperienceRecord )
    | ( ResourceRecord )
    | ( ThemeRecord )
    | ( LearningJourneyRecord )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Actor']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Territory: ResolverTypeWrapper<Omit<Territory, 'experiences' | 'learningJourneys'> & { experiences?: Maybe<ResolversTypes['ExperienceConnection']>, learningJourneys?: Maybe<ResolversTypes['LearningJourneyConnection']> }>;
  Organisation: ResolverTypeWrapper<Omit<Organisation, 'experiences' | 'resources'> & { experiences?: Maybe<ResolversTypes['ExperienceConnection']>, resources?: Maybe<ResolversTypes['ResourceConnection']> }>;
  Convention: ResolverTypeWrapper<Omit<Convention, 'experiences'> & { experiences?: Maybe<ResolversTypes['ExperienceConnection']> }>;
  Programme: ResolverTypeWrapper<Omit<Programme, 'experiences' | 'resources'> & { experiences?: Maybe<ResolversTypes['ExperienceConnection']>, resources?: Maybe<ResolversTypes['ResourceConnection']> }>;
  TerritoryLevel: TerritoryLevel;
  PublicationStatus: PublicationStatus;
  ExperienceAuthor: ResolverTypeWrapper<ExperienceAuthor>;
  KeyFigures: ResolverTypeWrapper<KeyFigures>;
  Experience: ResolverTypeWrapper<ExperienceRecord>;
  ResourceKind: ResourceKind;
  Resource: ResolverTypeWrapper<ResourceRecord>;
  Revision: ResolverTypeWrapper<import('@fabrique/kit').RevisionRecord>;
  RevisionContent: ResolverTypeWrapper<Record<string, unknown>>;
  RevisionConnection: ResolverTypeWrapper<import('@fabrique/kit').Connection<import('@fabrique/kit').RevisionRecord>>;
  RevisionEdge: ResolverTypeWrapper<Omit<RevisionEdge, 'node'> & { node: ResolversTypes['Revision'] }>;
  Theme: ResolverTypeWrapper<ThemeRecord>;
  LabelLanguage: LabelLanguage;
  Visit: ResolverTypeWrapper<VisitRecord>;
  LearningJourney: ResolverTypeWrapper<LearningJourneyRecord>;
  JourneyRegistration: ResolverTypeWrapper<RegistrationRecord>;
  LearningJourneyConnection: ResolverTypeWrapper<import('@fabrique/kit').Connection<import('../models/journeys/schema').LearningJourneyRecord>>;
  LearningJourneyEdge: ResolverTypeWrapper<Omit<LearningJourneyEdge, 'node'> & { node: ResolversTypes['LearningJourney'] }>;
  ExperienceConnection: ResolverTypeWrapper<import('@fabrique/kit').Connection<import('../models/experiences/schema').ExperienceRecord>>;
  ExperienceEdge: ResolverTypeWrapper<Omit<ExperienceEdge, 'node'> & { node: ResolversTypes['Experience'] }>;
  ResourceConnection: ResolverTypeWrapper<import('@fabrique/kit').Connection<import('../models/resources/schema').ResourceRecord>>;
  ResourceEdge: ResolverTypeWrapper<Omit<ResourceEdge, 'node'> & { node: ResolversTypes['Resource'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PublicationFilter: PublicationFilter;
  ThemeFilter: ThemeFilter;
  LearningJourneyFilter: LearningJourneyFilter;
  KnowledgeType: KnowledgeType;
  KnowledgeSearchFilter: KnowledgeSearchFilter;
  KnowledgeItem: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['KnowledgeItem']>;
  Snippet: ResolverTypeWrapper<Snippet>;
  Highlight: ResolverTypeWrapper<Highlight>;
  KnowledgeSearchHit: ResolverTypeWrapper<ShownHit>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  KnowledgeSearchEdge: ResolverTypeWrapper<Omit<KnowledgeSearchEdge, 'node'> & { node: ResolversTypes['KnowledgeSearchHit'] }>;
  KnowledgeSearchConnection: ResolverTypeWrapper<Omit<KnowledgeSearchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['KnowledgeSearchEdge']>, nodes: Array<ResolversTypes['KnowledgeSearchHit']> }>;
  KnowledgeStatisticsFilter: KnowledgeStatisticsFilter;
  ThemeCount: ResolverTypeWrapper<Omit<ThemeCount, 'theme'> & { theme: ResolversTypes['Theme'] }>;
  TerritoryCount: ResolverTypeWrapper<Omit<TerritoryCount, 'territory'> & { territory?: Maybe<ResolversTypes['Territory']> }>;
  MonthCount: ResolverTypeWrapper<MonthCount>;
  PublisherActivity: ResolverTypeWrapper<Awaited<ReturnType<typeof import('../domain/statistics').topPublishers>>[number]>;
  PublisherKind: PublisherKind;
  PublisherFilter: PublisherFilter;
  ResourceKindCount: ResolverTypeWrapper<ResourceKindCount>;
  KnowledgeStatistics: ResolverTypeWrapper<import('../domain/statistics').StatisticsScope>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ExperienceAuthorInput: ExperienceAuthorInput;
  KeyFiguresInput: KeyFiguresInput;
  CreateExperienceInput: CreateExperienceInput;
  UpdateExperienceInput: UpdateExperienceInput;
  SubmitExperienceInput: SubmitExperienceInput;
  ReturnExperienceToDraftInput: ReturnExperienceToDraftInput;
  PublishExperienceInput: PublishExperienceInput;
  ArchiveExperienceInput: ArchiveExperienceInput;
  RestoreExperienceRevisionInput: RestoreExperienceRevisionInput;
  ExperienceChangesInput: ExperienceChangesInput;
  ExperienceImportItem: ExperienceImportItem;
  ImportExperiencesInput: ImportExperiencesInput;
  ImportItemStatus: ImportItemStatus;
  ImportItemError: ResolverTypeWrapper<ImportItemError>;
  ExperienceImportResult: ResolverTypeWrapper<Omit<ExperienceImportResult, 'experience'> & { experience?: Maybe<ResolversTypes['Experience']> }>;
  ImportExperiencesPayload: ResolverTypeWrapper<Omit<ImportExperiencesPayload, 'results'> & { results: Array<ResolversTypes['ExperienceImportResult']> }>;
  CreateResourceInput: CreateResourceInput;
  UpdateResourceInput: UpdateResourceInput;
  SubmitResourceInput: SubmitResourceInput;
  ReturnResourceToDraftInput: ReturnResourceToDraftInput;
  PublishResourceInput: PublishResourceInput;
  ArchiveResourceInput: ArchiveResourceInput;
  RestoreResourceRevisionInput: RestoreResourceRevisionInput;
  ResourceChangesInput: ResourceChangesInput;
  CreateThemeInput: CreateThemeInput;
  VisitInput: VisitInput;
  CreateLearningJourneyInput: CreateLearningJourneyInput;
  UpdateLearningJourneyInput: UpdateLearningJourneyInput;
  RegisterForLearningJourneyInput: RegisterForLearningJourneyInput;
  CancelJourneyRegistrationInput: CancelJourneyRegistrationInput;
  LearningJourneyChangesInput: LearningJourneyChangesInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  URL: ResolverTypeWrapper<Scalars['URL']['output']>;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  CacheControlScope: CacheControlScope;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  link__Purpose: Link__Purpose;
  link__Import: ResolverTypeWrapper<Scalars['link__Import']['output']>;
  federation__FieldSet: ResolverTypeWrapper<Scalars['federation__FieldSet']['output']>;
  federation__Scope: ResolverTypeWrapper<Scalars['federation__Scope']['output']>;
  federation__Policy: ResolverTypeWrapper<Scalars['federation__Policy']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Actor: ResolversInterfaceTypes<ResolversParentTypes>['Actor'];
  ID: Scalars['ID']['output'];
  Territory: Omit<Territory, 'experiences' | 'learningJourneys'> & { experiences?: Maybe<ResolversParentTypes['ExperienceConnection']>, learningJourneys?: Maybe<ResolversParentTypes['LearningJourneyConnection']> } | FederationReferenceTypes['Territory'];
  Organisation: Omit<Organisation, 'experiences' | 'resources'> & { experiences?: Maybe<ResolversParentTypes['ExperienceConnection']>, resources?: Maybe<ResolversParentTypes['ResourceConnection']> } | FederationReferenceTypes['Organisation'];
  Convention: Omit<Convention, 'experiences'> & { experiences?: Maybe<ResolversParentTypes['ExperienceConnection']> } | FederationReferenceTypes['Convention'];
  Programme: Omit<Programme, 'experiences' | 'resources'> & { experiences?: Maybe<ResolversParentTypes['ExperienceConnection']>, resources?: Maybe<ResolversParentTypes['ResourceConnection']> } | FederationReferenceTypes['Programme'];
  ExperienceAuthor: ExperienceAuthor;
  KeyFigures: KeyFigures;
  Experience: ExperienceRecord;
  Resource: ResourceRecord;
  Revision: import('@fabrique/kit').RevisionRecord;
  RevisionContent: Record<string, unknown>;
  RevisionConnection: import('@fabrique/kit').Connection<import('@fabrique/kit').RevisionRecord>;
  RevisionEdge: Omit<RevisionEdge, 'node'> & { node: ResolversParentTypes['Revision'] };
  Theme: ThemeRecord;
  Visit: VisitRecord;
  LearningJourney: LearningJourneyRecord;
  JourneyRegistration: RegistrationRecord;
  LearningJourneyConnection: import('@fabrique/kit').Connection<import('../models/journeys/schema').LearningJourneyRecord>;
  LearningJourneyEdge: Omit<LearningJourneyEdge, 'node'> & { node: ResolversParentTypes['LearningJourney'] };
  ExperienceConnection: import('@fabrique/kit').Connection<import('../models/experiences/schema').ExperienceRecord>;
  ExperienceEdge: Omit<ExperienceEdge, 'node'> & { node: ResolversParentTypes['Experience'] };
  ResourceConnection: import('@fabrique/kit').Connection<import('../models/resources/schema').ResourceRecord>;
  ResourceEdge: Omit<ResourceEdge, 'node'> & { node: ResolversParentTypes['Resource'] };
  PageInfo: PageInfo;
  PublicationFilter: PublicationFilter;
  ThemeFilter: ThemeFilter;
  LearningJourneyFilter: LearningJourneyFilter;
  KnowledgeSearchFilter: KnowledgeSearchFilter;
  KnowledgeItem: ResolversUnionTypes<ResolversParentTypes>['KnowledgeItem'];
  Snippet: Snippet;
  Highlight: Highlight;
  KnowledgeSearchHit: ShownHit;
  Float: Scalars['Float']['output'];
  KnowledgeSearchEdge: Omit<KnowledgeSearchEdge, 'node'> & { node: ResolversParentTypes['KnowledgeSearchHit'] };
  KnowledgeSearchConnection: Omit<KnowledgeSearchConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['KnowledgeSearchEdge']>, nodes: Array<ResolversParentTypes['KnowledgeSearchHit']> };
  KnowledgeStatisticsFilter: KnowledgeStatisticsFilter;
  ThemeCount: Omit<ThemeCount, 'theme'> & { theme: ResolversParentTypes['Theme'] };
  TerritoryCount: Omit<TerritoryCount, 'territory'> & { territory?: Maybe<ResolversParentTypes['Territory']> };
  MonthCount: MonthCount;
  PublisherActivity: Awaited<ReturnType<typeof import('../domain/statistics').topPublishers>>[number];
  PublisherFilter: PublisherFilter;
  ResourceKindCount: ResourceKindCount;
  KnowledgeStatistics: import('../domain/statistics').StatisticsScope;
  Query: Record<PropertyKey, never>;
  ExperienceAuthorInput: ExperienceAuthorInput;
  KeyFiguresInput: KeyFiguresInput;
  CreateExperienceInput: CreateExperienceInput;
  UpdateExperienceInput: UpdateExperienceInput;
  SubmitExperienceInput: SubmitExperienceInput;
  ReturnExperienceToDraftInput: ReturnExperienceToDraftInput;
  PublishExperienceInput: PublishExperienceInput;
  ArchiveExperienceInput: ArchiveExperienceInput;
  RestoreExperienceRevisionInput: RestoreExperienceRevisionInput;
  ExperienceChangesInput: ExperienceChangesInput;
  ExperienceImportItem: ExperienceImportItem;
  ImportExperiencesInput: ImportExperiencesInput;
  ImportItemError: ImportItemError;
  ExperienceImportResult: Omit<ExperienceImportResult, 'experience'> & { experience?: Maybe<ResolversParentTypes['Experience']> };
  ImportExperiencesPayload: Omit<ImportExperiencesPayload, 'results'> & { results: Array<ResolversParentTypes['ExperienceImportResult']> };
  CreateResourceInput: CreateResourceInput;
  UpdateResourceInput: UpdateResourceInput;
  SubmitResourceInput: SubmitResourceInput;
  ReturnResourceToDraftInput: ReturnResourceToDraftInput;
  PublishResourceInput: PublishResourceInput;
  ArchiveResourceInput: ArchiveResourceInput;
  RestoreResourceRevisionInput: RestoreResourceRevisionInput;
  ResourceChangesInput: ResourceChangesInput;
  CreateThemeInput: CreateThemeInput;
  VisitInput: VisitInput;
  CreateLearningJourneyInput: CreateLearningJourneyInput;
  UpdateLearningJourneyInput: UpdateLearningJourneyInput;
  RegisterForLearningJourneyInput: RegisterForLearningJourneyInput;
  CancelJourneyRegistrationInput: CancelJourneyRegistrationInput;
  LearningJourneyChangesInput: LearningJourneyChangesInput;
  Mutation: Record<PropertyKey, never>;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  URL: Scalars['URL']['output'];
  EmailAddress: Scalars['EmailAddress']['output'];
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  link__Import: Scalars['link__Import']['output'];
  federation__FieldSet: Scalars['federation__FieldSet']['output'];
  federation__Scope: Scalars['federation__Scope']['output'];
  federation__Policy: Scalars['federation__Policy']['output'];
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
};

export type CacheControlDirectiveArgs = {
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = KnowledgeContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  url?: Maybe<Scalars['String']['input']>;
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
};

export type LinkDirectiveResolver<Result, Parent, ContextType = KnowledgeContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__RequiresDirectiveArgs = {
  fields: Scalars['federation__FieldSet']['input'];
};

export type Federation__RequiresDirectiveResolver<Result, Parent, ContextType = KnowledgeContext, Args = Federation__RequiresDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ProvidesDirectiveArgs = {
  fields: Scalars['federation__FieldSet']['input'];
};

export type Federation__ProvidesDirectiveResolver<Result, Parent, ContextType = KnowledgeContext, Args = Federation__ProvidesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ExternalDirectiveArgs = {
  reason?: Maybe<Scalars['String']['input']>;
};

export type Federation__ExternalDirectiveResolver<Result, Parent, ContextType = KnowledgeContext, Args = Federation__ExternalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type Federation__TagDirectiveResolver<Result, Parent, ContextType = KnowledgeContext, Args = Federation__TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ExtendsDirectiveArgs = { };

export type Federation__ExtendsDirectiveResolver<Result, Parent, ContextType = KnowledgeContext, Args = Federation__ExtendsDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = KnowledgeContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__InaccessibleDirectiveArgs = { };

export type Federation__InaccessibleDirectiveResolver<Result, Parent, ContextType = KnowledgeContext, Args = Federation__InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
  label?: Maybe<Scalars['String']['input']>;
};

export type Federation__OverrideDirectiveResolver<Result, Parent, ContextType = KnowledgeContext, Args = Federation__OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ComposeDirectiveDirectiveArgs = {
  name?: Maybe<Scalars['String']['input']>;
};

export type Federation__ComposeDirectiveDirectiveResolver<Result, Parent, ContextType = KnowledgeContext, Args = Federation__ComposeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__InterfaceObjectDirectiveArgs = { };

export type Federation__InterfaceObjectDirectiveResolver<Result, Parent, ContextType = KnowledgeContext, Args = Federation__InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__AuthenticatedDirectiveArgs = { };

export type Federation__AuthenticatedDirectiveResolver<Result, Parent, ContextType = KnowledgeContext, Args = Federation__AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['federation__Scope']['input']>>;
};

export type Federation__RequiresScopesDirectiveResolver<Result, Parent, ContextType = KnowledgeContext, Args = Federation__RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__PolicyDirectiveArgs = {
  policies: Array<Array<Scalars['federation__Policy']['input']>>;
};

export type Federation__PolicyDirectiveResolver<Result, Parent, ContextType = KnowledgeContext, Args = Federation__PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActorResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor'], FederationReferenceType extends FederationReferenceTypes['Actor'] = FederationReferenceTypes['Actor']> = {
  __resolveType: TypeResolveFn<'Territory' | 'Organisation', ParentType, ContextType>;
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Actor']> | FederationReferenceType, FederationReferenceType, ContextType>;
};

export type TerritoryResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Territory'] = ResolversParentTypes['Territory'], FederationReferenceType extends FederationReferenceTypes['Territory'] = FederationReferenceTypes['Territory']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Territory']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  experiences?: Resolver<Maybe<ResolversTypes['ExperienceConnection']>, ParentType, ContextType, RequireFields<TerritoryExperiencesArgs, 'first'>>;
  learningJourneys?: Resolver<Maybe<ResolversTypes['LearningJourneyConnection']>, ParentType, ContextType, RequireFields<TerritoryLearningJourneysArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  experiences?: Resolver<Maybe<ResolversTypes['ExperienceConnection']>, ParentType, ContextType, RequireFields<OrganisationExperiencesArgs, 'first'>>;
  resources?: Resolver<Maybe<ResolversTypes['ResourceConnection']>, ParentType, ContextType, RequireFields<OrganisationResourcesArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConventionResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Convention'] = ResolversParentTypes['Convention'], FederationReferenceType extends FederationReferenceTypes['Convention'] = FederationReferenceTypes['Convention']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Convention']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  experiences?: Resolver<Maybe<ResolversTypes['ExperienceConnection']>, ParentType, ContextType, RequireFields<ConventionExperiencesArgs, 'first'>>;
};

export type ProgrammeResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme'], FederationReferenceType extends FederationReferenceTypes['Programme'] = FederationReferenceTypes['Programme']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Programme']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  experiences?: Resolver<Maybe<ResolversTypes['ExperienceConnection']>, ParentType, ContextType, RequireFields<ProgrammeExperiencesArgs, 'first'>>;
  resources?: Resolver<Maybe<ResolversTypes['ResourceConnection']>, ParentType, ContextType, RequireFields<ProgrammeResourcesArgs, 'first'>>;
};

export type ExperienceAuthorResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['ExperienceAuthor'] = ResolversParentTypes['ExperienceAuthor']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type KeyFiguresResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['KeyFigures'] = ResolversParentTypes['KeyFigures']> = {
  budgetEuros?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  durationMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  peopleInvolved?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ExperienceResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Experience'] = ResolversParentTypes['Experience'], FederationReferenceType extends FederationReferenceTypes['Experience'] = FederationReferenceTypes['Experience']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Experience']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PublicationStatus'], ParentType, ContextType>;
  territories?: Resolver<Maybe<Array<ResolversTypes['Territory']>>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['ExperienceAuthor']>, ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  convention?: Resolver<Maybe<ResolversTypes['Convention']>, ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  lessons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  keyFigures?: Resolver<ResolversTypes['KeyFigures'], ParentType, ContextType>;
  moderationComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revisions?: Resolver<ResolversTypes['RevisionConnection'], ParentType, ContextType, RequireFields<ExperienceRevisionsArgs, 'first'>>;
  revision?: Resolver<Maybe<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<ExperienceRevisionArgs, 'version'>>;
  learningJourneys?: Resolver<Array<ResolversTypes['LearningJourney']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ResourceResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Resource'] = ResolversParentTypes['Resource'], FederationReferenceType extends FederationReferenceTypes['Resource'] = FederationReferenceTypes['Resource']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Resource']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ResourceKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PublicationStatus'], ParentType, ContextType>;
  themes?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  territories?: Resolver<Maybe<Array<ResolversTypes['Territory']>>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  moderationComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revisions?: Resolver<ResolversTypes['RevisionConnection'], ParentType, ContextType, RequireFields<ResourceRevisionsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevisionResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Revision'] = ResolversParentTypes['Revision']> = {
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  content?: Resolver<ResolversTypes['RevisionContent'], ParentType, ContextType>;
};

export type RevisionContentResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['RevisionContent'] = ResolversParentTypes['RevisionContent']> = {
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PublicationStatus'], ParentType, ContextType>;
  territoryIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  themeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  programmeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  conventionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['ExperienceAuthor']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  lessons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  keyFigures?: Resolver<Maybe<ResolversTypes['KeyFigures']>, ParentType, ContextType>;
  kind?: Resolver<Maybe<ResolversTypes['ResourceKind']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
};

export type RevisionConnectionResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['RevisionConnection'] = ResolversParentTypes['RevisionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['RevisionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RevisionEdgeResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['RevisionEdge'] = ResolversParentTypes['RevisionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Revision'], ParentType, ContextType>;
};

export type ThemeResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme'], FederationReferenceType extends FederationReferenceTypes['Theme'] = FederationReferenceTypes['Theme']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Theme']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ThemeLabelArgs, 'language'>>;
  labelFr?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  labelEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ThemeDescriptionArgs, 'language'>>;
  parent?: Resolver<Maybe<ResolversTypes['Theme']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  ancestors?: Resolver<Array<ResolversTypes['Theme']>, ParentType, ContextType>;
  experiences?: Resolver<Maybe<ResolversTypes['ExperienceConnection']>, ParentType, ContextType, RequireFields<ThemeExperiencesArgs, 'first'>>;
  resources?: Resolver<Maybe<ResolversTypes['ResourceConnection']>, ParentType, ContextType, RequireFields<ThemeResourcesArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VisitResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Visit'] = ResolversParentTypes['Visit']> = {
  day?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  time?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  experience?: Resolver<Maybe<ResolversTypes['Experience']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType>;
};

export type LearningJourneyResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['LearningJourney'] = ResolversParentTypes['LearningJourney'], FederationReferenceType extends FederationReferenceTypes['LearningJourney'] = FederationReferenceTypes['LearningJourney']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['LearningJourney']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  host?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registeredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seatsLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  registrationOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  visits?: Resolver<Array<ResolversTypes['Visit']>, ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  registrations?: Resolver<Array<ResolversTypes['JourneyRegistration']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type JourneyRegistrationResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['JourneyRegistration'] = ResolversParentTypes['JourneyRegistration']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  territory?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType>;
  participants?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participantCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  registeredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type LearningJourneyConnectionResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['LearningJourneyConnection'] = ResolversParentTypes['LearningJourneyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['LearningJourneyEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['LearningJourney']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type LearningJourneyEdgeResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['LearningJourneyEdge'] = ResolversParentTypes['LearningJourneyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['LearningJourney'], ParentType, ContextType>;
};

export type ExperienceConnectionResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['ExperienceConnection'] = ResolversParentTypes['ExperienceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ExperienceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Experience']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ExperienceEdgeResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['ExperienceEdge'] = ResolversParentTypes['ExperienceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Experience'], ParentType, ContextType>;
};

export type ResourceConnectionResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['ResourceConnection'] = ResolversParentTypes['ResourceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ResourceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Resource']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ResourceEdgeResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['ResourceEdge'] = ResolversParentTypes['ResourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Resource'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type KnowledgeItemResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['KnowledgeItem'] = ResolversParentTypes['KnowledgeItem']> = {
  __resolveType: TypeResolveFn<'Experience' | 'Resource', ParentType, ContextType>;
};

export type SnippetResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Snippet'] = ResolversParentTypes['Snippet']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  highlights?: Resolver<Array<ResolversTypes['Highlight']>, ParentType, ContextType>;
  html?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HighlightResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Highlight'] = ResolversParentTypes['Highlight']> = {
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KnowledgeSearchHitResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['KnowledgeSearchHit'] = ResolversParentTypes['KnowledgeSearchHit']> = {
  type?: Resolver<ResolversTypes['KnowledgeType'], ParentType, ContextType>;
  item?: Resolver<ResolversTypes['KnowledgeItem'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<ResolversTypes['Snippet'], ParentType, ContextType>;
};

export type KnowledgeSearchEdgeResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['KnowledgeSearchEdge'] = ResolversParentTypes['KnowledgeSearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['KnowledgeSearchHit'], ParentType, ContextType>;
};

export type KnowledgeSearchConnectionResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['KnowledgeSearchConnection'] = ResolversParentTypes['KnowledgeSearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['KnowledgeSearchEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['KnowledgeSearchHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  terms?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  ignoredWords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ThemeCountResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['ThemeCount'] = ResolversParentTypes['ThemeCount']> = {
  theme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TerritoryCountResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['TerritoryCount'] = ResolversParentTypes['TerritoryCount']> = {
  territory?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MonthCountResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['MonthCount'] = ResolversParentTypes['MonthCount']> = {
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PublisherActivityResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['PublisherActivity'] = ResolversParentTypes['PublisherActivity']> = {
  publisher?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  publishedExperiences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  experienceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ResourceKindCountResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['ResourceKindCount'] = ResolversParentTypes['ResourceKindCount']> = {
  kind?: Resolver<ResolversTypes['ResourceKind'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KnowledgeStatisticsResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['KnowledgeStatistics'] = ResolversParentTypes['KnowledgeStatistics']> = {
  experienceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resourceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  experiencesByTheme?: Resolver<Array<ResolversTypes['ThemeCount']>, ParentType, ContextType>;
  experiencesByTerritory?: Resolver<Array<ResolversTypes['TerritoryCount']>, ParentType, ContextType, RequireFields<KnowledgeStatisticsExperiencesByTerritoryArgs, 'level' | 'first'>>;
  publishedPerMonth?: Resolver<Array<ResolversTypes['MonthCount']>, ParentType, ContextType>;
  experiencesByMonth?: Resolver<Array<ResolversTypes['MonthCount']>, ParentType, ContextType>;
  topPublishers?: Resolver<Array<ResolversTypes['PublisherActivity']>, ParentType, ContextType, RequireFields<KnowledgeStatisticsTopPublishersArgs, 'first'>>;
  resourcesByKind?: Resolver<Array<ResolversTypes['ResourceKindCount']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  experience?: Resolver<Maybe<ResolversTypes['Experience']>, ParentType, ContextType, RequireFields<QueryExperienceArgs, 'id'>>;
  experiences?: Resolver<Maybe<ResolversTypes['ExperienceConnection']>, ParentType, ContextType, RequireFields<QueryExperiencesArgs, 'first'>>;
  resource?: Resolver<Maybe<ResolversTypes['Resource']>, ParentType, ContextType, RequireFields<QueryResourceArgs, 'id'>>;
  resources?: Resolver<Maybe<ResolversTypes['ResourceConnection']>, ParentType, ContextType, RequireFields<QueryResourcesArgs, 'first'>>;
  themes?: Resolver<Maybe<Array<ResolversTypes['Theme']>>, ParentType, ContextType, Partial<QueryThemesArgs>>;
  theme?: Resolver<Maybe<ResolversTypes['Theme']>, ParentType, ContextType, RequireFields<QueryThemeArgs, 'id'>>;
  searchKnowledge?: Resolver<Maybe<ResolversTypes['KnowledgeSearchConnection']>, ParentType, ContextType, RequireFields<QuerySearchKnowledgeArgs, 'query' | 'first'>>;
  learningJourney?: Resolver<Maybe<ResolversTypes['LearningJourney']>, ParentType, ContextType, RequireFields<QueryLearningJourneyArgs, 'id'>>;
  learningJourneys?: Resolver<Maybe<ResolversTypes['LearningJourneyConnection']>, ParentType, ContextType, RequireFields<QueryLearningJourneysArgs, 'first'>>;
  knowledgeStatistics?: Resolver<Maybe<ResolversTypes['KnowledgeStatistics']>, ParentType, ContextType, Partial<QueryKnowledgeStatisticsArgs>>;
  _knowledgeNodeTypes?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType, RequireFields<Query_KnowledgeNodeTypesArgs, 'ids'>>;
};

export type ImportItemErrorResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['ImportItemError'] = ResolversParentTypes['ImportItemError']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExperienceImportResultResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['ExperienceImportResult'] = ResolversParentTypes['ExperienceImportResult']> = {
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ImportItemStatus'], ParentType, ContextType>;
  experience?: Resolver<Maybe<ResolversTypes['Experience']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['ImportItemError']>, ParentType, ContextType>;
};

export type ImportExperiencesPayloadResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['ImportExperiencesPayload'] = ResolversParentTypes['ImportExperiencesPayload']> = {
  results?: Resolver<Array<ResolversTypes['ExperienceImportResult']>, ParentType, ContextType>;
  createdCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  alreadyImportedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createExperience?: Resolver<ResolversTypes['Experience'], ParentType, ContextType, RequireFields<MutationCreateExperienceArgs, 'input'>>;
  updateExperience?: Resolver<ResolversTypes['Experience'], ParentType, ContextType, RequireFields<MutationUpdateExperienceArgs, 'input'>>;
  submitExperience?: Resolver<ResolversTypes['Experience'], ParentType, ContextType, RequireFields<MutationSubmitExperienceArgs, 'input'>>;
  returnExperienceToDraft?: Resolver<ResolversTypes['Experience'], ParentType, ContextType, RequireFields<MutationReturnExperienceToDraftArgs, 'input'>>;
  publishExperience?: Resolver<ResolversTypes['Experience'], ParentType, ContextType, RequireFields<MutationPublishExperienceArgs, 'input'>>;
  archiveExperience?: Resolver<ResolversTypes['Experience'], ParentType, ContextType, RequireFields<MutationArchiveExperienceArgs, 'input'>>;
  restoreExperienceRevision?: Resolver<ResolversTypes['Experience'], ParentType, ContextType, RequireFields<MutationRestoreExperienceRevisionArgs, 'input'>>;
  importExperiences?: Resolver<ResolversTypes['ImportExperiencesPayload'], ParentType, ContextType, RequireFields<MutationImportExperiencesArgs, 'input'>>;
  createResource?: Resolver<ResolversTypes['Resource'], ParentType, ContextType, RequireFields<MutationCreateResourceArgs, 'input'>>;
  updateResource?: Resolver<ResolversTypes['Resource'], ParentType, ContextType, RequireFields<MutationUpdateResourceArgs, 'input'>>;
  submitResource?: Resolver<ResolversTypes['Resource'], ParentType, ContextType, RequireFields<MutationSubmitResourceArgs, 'input'>>;
  returnResourceToDraft?: Resolver<ResolversTypes['Resource'], ParentType, ContextType, RequireFields<MutationReturnResourceToDraftArgs, 'input'>>;
  publishResource?: Resolver<ResolversTypes['Resource'], ParentType, ContextType, RequireFields<MutationPublishResourceArgs, 'input'>>;
  archiveResource?: Resolver<ResolversTypes['Resource'], ParentType, ContextType, RequireFields<MutationArchiveResourceArgs, 'input'>>;
  restoreResourceRevision?: Resolver<ResolversTypes['Resource'], ParentType, ContextType, RequireFields<MutationRestoreResourceRevisionArgs, 'input'>>;
  createTheme?: Resolver<ResolversTypes['Theme'], ParentType, ContextType, RequireFields<MutationCreateThemeArgs, 'input'>>;
  createLearningJourney?: Resolver<ResolversTypes['LearningJourney'], ParentType, ContextType, RequireFields<MutationCreateLearningJourneyArgs, 'input'>>;
  updateLearningJourney?: Resolver<ResolversTypes['LearningJourney'], ParentType, ContextType, RequireFields<MutationUpdateLearningJourneyArgs, 'input'>>;
  registerForLearningJourney?: Resolver<ResolversTypes['JourneyRegistration'], ParentType, ContextType, RequireFields<MutationRegisterForLearningJourneyArgs, 'input'>>;
  cancelJourneyRegistration?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationCancelJourneyRegistrationArgs, 'input'>>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface UrlScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['URL'], any> {
  name: 'URL';
}

export interface EmailAddressScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['EmailAddress'], any> {
  name: 'EmailAddress';
}

export type NodeResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Experience' | 'Resource' | 'Theme' | 'LearningJourney', ParentType, ContextType>;
};

export interface Link__ImportScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['link__Import'], any> {
  name: 'link__Import';
}

export interface Federation__FieldSetScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__FieldSet'], any> {
  name: 'federation__FieldSet';
}

export interface Federation__ScopeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__Scope'], any> {
  name: 'federation__Scope';
}

export interface Federation__PolicyScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['federation__Policy'], any> {
  name: 'federation__Policy';
}

export type Resolvers<ContextType = KnowledgeContext> = {
  Actor?: ActorResolvers<ContextType>;
  Territory?: TerritoryResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  Convention?: ConventionResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  ExperienceAuthor?: ExperienceAuthorResolvers<ContextType>;
  KeyFigures?: KeyFiguresResolvers<ContextType>;
  Experience?: ExperienceResolvers<ContextType>;
  Resource?: ResourceResolvers<ContextType>;
  Revision?: RevisionResolvers<ContextType>;
  RevisionContent?: RevisionContentResolvers<ContextType>;
  RevisionConnection?: RevisionConnectionResolvers<ContextType>;
  RevisionEdge?: RevisionEdgeResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  Visit?: VisitResolvers<ContextType>;
  LearningJourney?: LearningJourneyResolvers<ContextType>;
  JourneyRegistration?: JourneyRegistrationResolvers<ContextType>;
  LearningJourneyConnection?: LearningJourneyConnectionResolvers<ContextType>;
  LearningJourneyEdge?: LearningJourneyEdgeResolvers<ContextType>;
  ExperienceConnection?: ExperienceConnectionResolvers<ContextType>;
  ExperienceEdge?: ExperienceEdgeResolvers<ContextType>;
  ResourceConnection?: ResourceConnectionResolvers<ContextType>;
  ResourceEdge?: ResourceEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  KnowledgeItem?: KnowledgeItemResolvers<ContextType>;
  Snippet?: SnippetResolvers<ContextType>;
  Highlight?: HighlightResolvers<ContextType>;
  KnowledgeSearchHit?: KnowledgeSearchHitResolvers<ContextType>;
  KnowledgeSearchEdge?: KnowledgeSearchEdgeResolvers<ContextType>;
  KnowledgeSearchConnection?: KnowledgeSearchConnectionResolvers<ContextType>;
  ThemeCount?: ThemeCountResolvers<ContextType>;
  TerritoryCount?: TerritoryCountResolvers<ContextType>;
  MonthCount?: MonthCountResolvers<ContextType>;
  PublisherActivity?: PublisherActivityResolvers<ContextType>;
  ResourceKindCount?: ResourceKindCountResolvers<ContextType>;
  KnowledgeStatistics?: KnowledgeStatisticsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ImportItemError?: ImportItemErrorResolvers<ContextType>;
  ExperienceImportResult?: ExperienceImportResultResolvers<ContextType>;
  ImportExperiencesPayload?: ImportExperiencesPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  URL?: GraphQLScalarType;
  EmailAddress?: GraphQLScalarType;
  Node?: NodeResolvers<ContextType>;
  link__Import?: GraphQLScalarType;
  federation__FieldSet?: GraphQLScalarType;
  federation__Scope?: GraphQLScalarType;
  federation__Policy?: GraphQLScalarType;
};

export type DirectiveResolvers<ContextType = KnowledgeContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
  link?: LinkDirectiveResolver<any, any, ContextType>;
  federation__requires?: Federation__RequiresDirectiveResolver<any, any, ContextType>;
  federation__provides?: Federation__ProvidesDirectiveResolver<any, any, ContextType>;
  federation__external?: Federation__ExternalDirectiveResolver<any, any, ContextType>;
  federation__tag?: Federation__TagDirectiveResolver<any, any, ContextType>;
  federation__extends?: Federation__ExtendsDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
  federation__inaccessible?: Federation__InaccessibleDirectiveResolver<any, any, ContextType>;
  federation__override?: Federation__OverrideDirectiveResolver<any, any, ContextType>;
  federation__composeDirective?: Federation__ComposeDirectiveDirectiveResolver<any, any, ContextType>;
  federation__interfaceObject?: Federation__InterfaceObjectDirectiveResolver<any, any, ContextType>;
  federation__authenticated?: Federation__AuthenticatedDirectiveResolver<any, any, ContextType>;
  federation__requiresScopes?: Federation__RequiresScopesDirectiveResolver<any, any, ContextType>;
  federation__policy?: Federation__PolicyDirectiveResolver<any, any, ContextType>;
};
