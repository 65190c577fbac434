/* eslint-disable */
// Generated from this subgraph's SDL by schema/src/codegen.ts (`npm run compose`): do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TerritoryRecord } from '../models/territories/schema';
import type { OrganisationRecord } from '../models/organisations/schema';
import type { PersonRecord } from '../models/people/schema';
import type { PositionRecord } from '../models/positions/schema';
import type { AllianceRecord } from '../models/alliances/schema';
import type { MembershipRecord } from '../models/memberships/schema';
import type { RankedTerritory } from '../domain/similar';
import type { AllianceFigures, RegionMembers, RegionEngagement } from '../domain/statistics';
import type { ApiTokenRecord } from '../models/apiTokens/schema';
import type { FoundNode } from '../domain/nodes';
import type { ActorsContext } from '../context';
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
 * An actor of the ecological transition: a territory (a local authority area) or an organisation.
 * Conventions, memberships and experiences refer to actors of both kinds.
 */
export type Actor = {
  /** Global id: `<LEVEL>:<code>` for a territory, an opaque id for an organisation. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
};

/** Administrative level of a French territory. */
export type TerritoryLevel =
  /** Région (18 in France, plus the overseas collectivities the reference data lists as régions). */
  | 'REGION'
  /** Département (101, plus the overseas collectivities the reference data lists as départements). */
  | 'DEPARTEMENT'
  /** Établissement public de coopération intercommunale (intercommunalité), identified by its SIREN. */
  | 'EPCI'
  /** Commune (current communes only: no commune déléguée, associée or arrondissement municipal). */
  | 'COMMUNE';

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

/** Order of a list of territories. */
export type TerritoryOrder =
  /** Alphabetical, ignoring accents, case and hyphens. */
  | 'NAME'
  /** Most populated first. */
  | 'POPULATION_DESC'
  /** Least populated first. */
  | 'POPULATION_ASC';

/**
 * A French local authority area from the official reference data (@etalab/decoupage-administratif):
 * régions, départements, EPCI (intercommunalités) and current communes. Codes are INSEE codes (SIREN for
 * an EPCI) and are unique within a level only. Fields other services add (conventions, experiences...) are
 * null, with an error naming the service, when that service fails: the rest of the territory stays.
 */
export type Territory = Actor & Node & {
  __typename?: 'Territory';
  /** `<LEVEL>:<code>`, e.g. `DEPARTEMENT:63`. */
  id: Scalars['ID']['output'];
  /** Official code: INSEE code, or SIREN for an EPCI. */
  code: Scalars['String']['output'];
  /** Official name, e.g. `Puy-de-Dôme`. */
  name: Scalars['String']['output'];
  /** Administrative level. */
  level: TerritoryLevel;
  /**
   * Municipal population (INSEE): a commune's own, an EPCI's as published with it, summed from the
   * communes for départements and régions. 0 for the uninhabited territories (TAAF, Clipperton).
   */
  population: Scalars['Int']['output'];
  /** Legal form, for an EPCI; null for other levels. */
  epciType?: Maybe<EpciType>;
  /**
   * The territory directly above: a commune's département, an EPCI's département (the one holding most
   * of its population, when it spans several), a département's région; null for a région.
   */
  parent?: Maybe<Territory>;
  /**
   * Every territory containing this one, nearest first: for a commune its EPCI, département and région;
   * for an EPCI every département and région it lies in; for a département its région.
   */
  ancestors: Array<Territory>;
  /** The EPCI (intercommunalité) a commune belongs to; null for other levels and for the few communes outside any EPCI. */
  epci?: Maybe<Territory>;
  /** The chef-lieu commune (prefecture) of a région or a département; null for EPCI and communes. */
  chefLieu?: Maybe<Territory>;
  /**
   * Territories inside this one, at any depth, of one level. A département's or an EPCI's communes, a
   * région's départements by default; `filter: { level: COMMUNE }` on a région lists all of its communes,
   * `filter: { level: EPCI }` on a département its intercommunalités (including those that extend beyond it).
   */
  children: TerritoryConnection;
  /**
   * The edition of the reference data from which this territory no longer exists (a commune merged into a
   * commune nouvelle...), null while it is current. Retired territories stay so that references to them
   * resolve, but no list or count includes them.
   */
  retiredIn?: Maybe<Scalars['String']['output']>;
  /** This territory's memberships of alliances, oldest first. */
  memberships: Array<Membership>;
  /** Roles people hold in this territory (e.g. president of the Conseil départemental), oldest first. */
  positions: Array<Position>;
  /**
   * Territories like this one ("territoires comme le mien"): current territories of the same level, never
   * this one, the closest first by `score` on the official reference data: the population on a log scale,
   * and the level's own features. For an EPCI its legal form (`epciType`). For a commune its rural or urban
   * character and the legal form of its EPCI: the reference data has no density grid nor urban units, so a
   * commune under 2,000 inhabitants counts as rural, INSEE's former urban-unit threshold applied to the
   * commune's own population (a proxy); a communauté de communes or a métropole says more of its setting.
   * For a département or a région, overseas or metropolitan France. Equal scores list the territories of
   * the same région first, then the closer population, then by code. Each one's `territory { experiences }`
   * (knowledge subgraph) gives what territories like this one did, in the same query.
   */
  similar: Array<SimilarTerritory>;
};


/**
 * A French local authority area from the official reference data (@etalab/decoupage-administratif):
 * régions, départements, EPCI (intercommunalités) and current communes. Codes are INSEE codes (SIREN for
 * an EPCI) and are unique within a level only. Fields other services add (conventions, experiences...) are
 * null, with an error naming the service, when that service fails: the rest of the territory stays.
 */
export type TerritoryChildrenArgs = {
  filter?: InputMaybe<TerritoryChildrenFilter>;
  orderBy?: InputMaybe<TerritoryOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A French local authority area from the official reference data (@etalab/decoupage-administratif):
 * régions, départements, EPCI (intercommunalités) and current communes. Codes are INSEE codes (SIREN for
 * an EPCI) and are unique within a level only. Fields other services add (conventions, experiences...) are
 * null, with an error naming the service, when that service fails: the rest of the territory stays.
 */
export type TerritoryMembershipsArgs = {
  filter?: InputMaybe<MembershipFilter>;
};


/**
 * A French local authority area from the official reference data (@etalab/decoupage-administratif):
 * régions, départements, EPCI (intercommunalités) and current communes. Codes are INSEE codes (SIREN for
 * an EPCI) and are unique within a level only. Fields other services add (conventions, experiences...) are
 * null, with an error naming the service, when that service fails: the rest of the territory stays.
 */
export type TerritoryPositionsArgs = {
  filter?: InputMaybe<PositionFilter>;
};


/**
 * A French local authority area from the official reference data (@etalab/decoupage-administratif):
 * régions, départements, EPCI (intercommunalités) and current communes. Codes are INSEE codes (SIREN for
 * an EPCI) and are unique within a level only. Fields other services add (conventions, experiences...) are
 * null, with an error naming the service, when that service fails: the rest of the territory stays.
 */
export type TerritorySimilarArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of territories. */
export type TerritoryConnection = {
  __typename?: 'TerritoryConnection';
  /** The territories of this page with their cursors. */
  edges: Array<TerritoryEdge>;
  /** The nodes of this page, in the order of `edges` (each edge's `node`, without its cursor). */
  nodes: Array<Territory>;
  /** Whether more pages follow, and where to resume. */
  pageInfo: PageInfo;
  /** Number of territories matching, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A territory and its cursor. */
export type TerritoryEdge = {
  __typename?: 'TerritoryEdge';
  /** Opaque cursor to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The territory. */
  node: Territory;
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

/** Kind of organisation. */
export type OrganisationKind =
  /** An association (e.g. the association for the promotion of the Fabrique). */
  | 'ASSOCIATION'
  /** A company. */
  | 'COMPANY'
  /** A State service (préfecture, DREAL, ...). */
  | 'STATE_SERVICE'
  /** A public agency (e.g. ADEME). */
  | 'PUBLIC_AGENCY'
  /** A research body or university. */
  | 'RESEARCH'
  /** A network of actors. */
  | 'NETWORK'
  /** A foundation. */
  | 'FOUNDATION';

/**
 * An organisation involved in the transition: association, company, State service, agency... Fields other
 * services add (conventions, experiences...) are null, with an error naming the service, when that service fails.
 */
export type Organisation = Actor & Node & {
  __typename?: 'Organisation';
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Unique, URL-friendly name, e.g. `ademe`. */
  slug: Scalars['String']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Kind of organisation. */
  kind: OrganisationKind;
  /** The territory the organisation is based in. */
  homeTerritory?: Maybe<Territory>;
  /** Web site. */
  website?: Maybe<Scalars['URL']['output']>;
  /** What the organisation does. */
  description?: Maybe<Scalars['String']['output']>;
  /** Version of this record: pass it as `expectedVersion` to update it. */
  version: Scalars['Int']['output'];
  /** This organisation's memberships of alliances, oldest first. */
  memberships: Array<Membership>;
  /** Roles people hold in this organisation (president, director...), oldest first. */
  positions: Array<Position>;
};


/**
 * An organisation involved in the transition: association, company, State service, agency... Fields other
 * services add (conventions, experiences...) are null, with an error naming the service, when that service fails.
 */
export type OrganisationMembershipsArgs = {
  filter?: InputMaybe<MembershipFilter>;
};


/**
 * An organisation involved in the transition: association, company, State service, agency... Fields other
 * services add (conventions, experiences...) are null, with an error naming the service, when that service fails.
 */
export type OrganisationPositionsArgs = {
  filter?: InputMaybe<PositionFilter>;
};

/** A page of organisations. */
export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  /** The organisations of this page with their cursors. */
  edges: Array<OrganisationEdge>;
  /** The nodes of this page, in the order of `edges` (each edge's `node`, without its cursor). */
  nodes: Array<Organisation>;
  /** Whether more pages follow, and where to resume. */
  pageInfo: PageInfo;
  /** Number of organisations matching, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** An organisation and its cursor. */
export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  /** Opaque cursor to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The organisation. */
  node: Organisation;
};

/** A person acting in an organisation, an alliance or a territory. */
export type Person = Node & {
  __typename?: 'Person';
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** Version of this record: pass it as `expectedVersion` to update it. */
  version: Scalars['Int']['output'];
  /** Roles this person holds or held, oldest first. */
  positions: Array<Position>;
};


/** A person acting in an organisation, an alliance or a territory. */
export type PersonPositionsArgs = {
  filter?: InputMaybe<PositionFilter>;
};

/** A page of people. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The people of this page with their cursors. */
  edges: Array<PersonEdge>;
  /** The nodes of this page, in the order of `edges` (each edge's `node`, without its cursor). */
  nodes: Array<Person>;
  /** Whether more pages follow, and where to resume. */
  pageInfo: PageInfo;
  /** Number of people matching, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A person and its cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque cursor to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** What a position is held in. */
export type PositionHolderKind =
  /** An alliance (its governance). */
  | 'ALLIANCE'
  /** An organisation. */
  | 'ORGANISATION'
  /** A territory (its local authority). */
  | 'TERRITORY';

/** Where a position is held: an alliance, an organisation or a territory. */
export type PositionHolder = Alliance | Organisation | Territory;

/** A role held by a person in an organisation, an alliance or a territory, for a period. */
export type Position = Node & {
  __typename?: 'Position';
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Who holds the role. */
  person: Person;
  /** The role, e.g. `Président`. */
  role: Scalars['String']['output'];
  /** Where the role is held. */
  holder: PositionHolder;
  /** Since when (YYYY-MM-DD); null when unknown. */
  since?: Maybe<Scalars['Date']['output']>;
  /** When the role ended (YYYY-MM-DD, the first day it was no longer held); null while it is held. */
  until?: Maybe<Scalars['Date']['output']>;
  /** Whether the role is held today. */
  current: Scalars['Boolean']['output'];
  /** Version of this record: pass it as `expectedVersion` to update it. */
  version: Scalars['Int']['output'];
};

/** An alliance of actors, such as La Fabrique des transitions. */
export type Alliance = Node & {
  __typename?: 'Alliance';
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Unique slug; the Fabrique's is `fabrique-des-transitions`. */
  slug: Scalars['String']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** What the alliance is and does. */
  description: Scalars['String']['output'];
  /** Web site. */
  website?: Maybe<Scalars['URL']['output']>;
  /** The organisation that runs the alliance (for the Fabrique, its association). */
  operator?: Maybe<Organisation>;
  /** Governance positions (president, director general, delegate...), oldest first. */
  governance: Array<Position>;
  /**
   * Memberships of the alliance, oldest first: by default the current members; `filter.at` gives the
   * members at a past date, `filter.includeEnded` the whole history.
   */
  members: MembershipConnection;
  /** Figures for dashboards: who is engaged, of which kind, where. */
  statistics: AllianceStatistics;
  /** Version of this record: pass it as `expectedVersion` to update it. */
  version: Scalars['Int']['output'];
};


/** An alliance of actors, such as La Fabrique des transitions. */
export type AllianceGovernanceArgs = {
  filter?: InputMaybe<PositionFilter>;
};


/** An alliance of actors, such as La Fabrique des transitions. */
export type AllianceMembersArgs = {
  filter?: InputMaybe<AllianceMemberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** An alliance of actors, such as La Fabrique des transitions. */
export type AllianceStatisticsArgs = {
  at?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of alliances. */
export type AllianceConnection = {
  __typename?: 'AllianceConnection';
  /** The alliances of this page with their cursors. */
  edges: Array<AllianceEdge>;
  /** The nodes of this page, in the order of `edges` (each edge's `node`, without its cursor). */
  nodes: Array<Alliance>;
  /** Whether more pages follow, and where to resume. */
  pageInfo: PageInfo;
  /** Number of alliances, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** An alliance and its cursor. */
export type AllianceEdge = {
  __typename?: 'AllianceEdge';
  /** Opaque cursor to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The alliance. */
  node: Alliance;
};

/** The two kinds of actors. */
export type ActorType =
  /** A territory. */
  | 'TERRITORY'
  /** An organisation. */
  | 'ORGANISATION';

/** The role of a member in an alliance. */
export type MembershipRole =
  /** One of the actors that founded the alliance. */
  | 'FOUNDING_MEMBER'
  /** A member. */
  | 'MEMBER'
  /** A partner that contributes to the alliance's work (State services, agencies...). */
  | 'PARTNER'
  /** A funder of the alliance. */
  | 'FUNDER'
  /** An observer, without commitment. */
  | 'OBSERVER';

/**
 * An actor's membership of an alliance, for a period. Leaving ends it (`until`); it is never deleted, so
 * the alliance's history stays queryable.
 */
export type Membership = Node & {
  __typename?: 'Membership';
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** The alliance. */
  alliance: Alliance;
  /** The member: a territory or an organisation. */
  actor: Actor;
  /** Territory or organisation. */
  actorType: ActorType;
  /** The member's role. */
  role: MembershipRole;
  /** First day of membership (YYYY-MM-DD). */
  since: Scalars['Date']['output'];
  /** The day the membership ended (YYYY-MM-DD, the first day the actor was no longer a member); null while it lasts. */
  until?: Maybe<Scalars['Date']['output']>;
  /** Whether the actor is a member today. */
  active: Scalars['Boolean']['output'];
  /** A free note, e.g. the convention the membership comes with. */
  note?: Maybe<Scalars['String']['output']>;
  /** Version of this record: pass it as `expectedVersion` to update it. */
  version: Scalars['Int']['output'];
};

/** A page of memberships. */
export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  /** The memberships of this page with their cursors. */
  edges: Array<MembershipEdge>;
  /** The nodes of this page, in the order of `edges` (each edge's `node`, without its cursor). */
  nodes: Array<Membership>;
  /** Whether more pages follow, and where to resume. */
  pageInfo: PageInfo;
  /** Number of memberships matching, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A membership and its cursor. */
export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  /** Opaque cursor to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The membership. */
  node: Membership;
};

/** What a member is: a territory by its level, an organisation by its kind. */
export type MemberKind =
  /** A région. */
  | 'REGION'
  /** A département. */
  | 'DEPARTEMENT'
  /** An EPCI (intercommunalité). */
  | 'EPCI'
  /** A commune. */
  | 'COMMUNE'
  /** An association. */
  | 'ASSOCIATION'
  /** A company. */
  | 'COMPANY'
  /** A State service. */
  | 'STATE_SERVICE'
  /** A public agency. */
  | 'PUBLIC_AGENCY'
  /** A research body. */
  | 'RESEARCH'
  /** A network. */
  | 'NETWORK'
  /** A foundation. */
  | 'FOUNDATION';

/** Figures on an alliance's members at a date, for dashboards. */
export type AllianceStatistics = {
  __typename?: 'AllianceStatistics';
  /** The date the figures are taken at (YYYY-MM-DD). */
  at: Scalars['Date']['output'];
  /** Number of members at that date. */
  memberCount: Scalars['Int']['output'];
  /** Members by kind (territory level or organisation kind); kinds without members are left out. */
  membersByKind: Array<AllianceKindCount>;
  /**
   * Members by région: a territory counts in its région (an EPCI that spans régions, in that of its
   * main département), an organisation in the région of its home territory. Every région is listed, by
   * name, then members whose région is unknown (an organisation without home territory), if any.
   */
  membersByRegion: Array<AllianceRegionCount>;
  /**
   * Territories engaged per région, every région listed by name. A territory is engaged when it is a
   * member of the alliance at that date; it counts in its région as in `membersByRegion`. The communes
   * covered are the current communes inside an engaged territory (or engaged themselves), each counted once.
   */
  territoriesByRegion: Array<AllianceRegionEngagement>;
};

/** A number of members of one kind. */
export type AllianceKindCount = {
  __typename?: 'AllianceKindCount';
  /** The kind. */
  kind: MemberKind;
  /** How many members are of that kind. */
  count: Scalars['Int']['output'];
};

/** Members of an alliance in one région. */
export type AllianceRegionCount = {
  __typename?: 'AllianceRegionCount';
  /** The région; null for members whose région is unknown. */
  region?: Maybe<Territory>;
  /** Territories among them. */
  territoryCount: Scalars['Int']['output'];
  /** Organisations among them. */
  organisationCount: Scalars['Int']['output'];
  /** All of them. */
  memberCount: Scalars['Int']['output'];
  /**
   * Former names of the three counts above (same values), kept until a later release removes them.
   * @deprecated Use `territoryCount` instead.
   */
  territories: Scalars['Int']['output'];
  /**
   * See `territories`.
   * @deprecated Use `organisationCount` instead.
   */
  organisations: Scalars['Int']['output'];
  /**
   * See `territories`.
   * @deprecated Use `memberCount` instead.
   */
  total: Scalars['Int']['output'];
};

/** A number of territories of one level. */
export type AllianceLevelCount = {
  __typename?: 'AllianceLevelCount';
  /** The level. */
  level: TerritoryLevel;
  /** How many territories are of that level. */
  count: Scalars['Int']['output'];
};

/** The territories engaged in an alliance in one région. */
export type AllianceRegionEngagement = {
  __typename?: 'AllianceRegionEngagement';
  /** The région. */
  region: Territory;
  /**
   * Former name of `engagedTerritoryCount` (same value), kept until a later release removes it.
   * @deprecated Use `engagedTerritoryCount` instead.
   */
  engagedTerritories: Scalars['Int']['output'];
  /** Engaged territories (members) counted in this région, all levels together. */
  engagedTerritoryCount: Scalars['Int']['output'];
  /**
   * Former name of `territoriesByLevel` (same value), kept until a later release removes it.
   * @deprecated Use `territoriesByLevel` instead.
   */
  byLevel: Array<AllianceLevelCount>;
  /** The same by level; levels without engaged territories are left out. */
  territoriesByLevel: Array<AllianceLevelCount>;
  /**
   * Former name of `coveredCommuneCount` (same value), kept until a later release removes it.
   * @deprecated Use `coveredCommuneCount` instead.
   */
  communesCovered: Scalars['Int']['output'];
  /** Current communes of this région inside an engaged territory. */
  coveredCommuneCount: Scalars['Int']['output'];
  /** Population of those communes. */
  populationCovered: Scalars['Int']['output'];
};

/** Which current territories `territories` lists; criteria given together must all hold. */
export type TerritoryFilter = {
  /** Only this level. */
  level?: InputMaybe<TerritoryLevel>;
  /** Only territories inside this one, at any depth (a territory id, e.g. `REGION:84` for every commune of a région with `level: COMMUNE`). */
  within?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Name search ignoring accents, case, hyphens and apostrophes: each word starts a word of the name, in
   * any order ("puy de dome" and "dome" find Puy-de-Dôme; "st" also finds "saint"). Without `orderBy`,
   * the best matches come first: the exact name ("st flour" → Saint-Flour), then names starting with
   * the search, then the other matches; the most populated first within each. At most 200 characters.
   */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only territories with at least this population (not negative). */
  minPopulation?: InputMaybe<Scalars['Int']['input']>;
  /** Only territories with at most this population (not below `minPopulation`). */
  maxPopulation?: InputMaybe<Scalars['Int']['input']>;
};

/** Which territories `Territory.children` lists. */
export type TerritoryChildrenFilter = {
  /** Only territories of this level; by default the next level down (région → départements, département or EPCI → communes). */
  level?: InputMaybe<TerritoryLevel>;
};

/** Which organisations `organisations` lists; criteria given together must all hold. */
export type OrganisationFilter = {
  /** Only this kind. */
  kind?: InputMaybe<OrganisationKind>;
  /** Only organisations based inside this territory (a territory id), at any depth. */
  within?: InputMaybe<Scalars['ID']['input']>;
  /** Name search, as for territories (`TerritoryFilter.search`); the best matches first, by name within each. At most 200 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Which people `people` lists. */
export type PersonFilter = {
  /** Name search, as for territories (`TerritoryFilter.search`); the best matches first, by name within each. At most 200 characters. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Which memberships of an actor to list. */
export type MembershipFilter = {
  /** Also list the memberships that have ended. */
  includeEnded?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Which positions to list (of a person, or held in an alliance, an organisation or a territory). */
export type PositionFilter = {
  /** Also list the positions that have ended. */
  includeEnded?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Which memberships `Alliance.members` lists; criteria given together must all hold. */
export type AllianceMemberFilter = {
  /** Members at this date (YYYY-MM-DD) rather than today. */
  at?: InputMaybe<Scalars['Date']['input']>;
  /** Every membership ever, ended ones included (ignores `at`). */
  includeEnded?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only territories, or only organisations. */
  actorType?: InputMaybe<ActorType>;
  /** Only members with this role. */
  role?: InputMaybe<MembershipRole>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * One territory, by id (`id: "DEPARTEMENT:63"`) or by official code (`code: "63"`): exactly one of the
   * two. Codes are unique within a level only: without `level`, a code that names several territories
   * (région 84 and département 84) is an AMBIGUOUS_CODE error listing them. A territory id passed as
   * `code` is a BAD_USER_INPUT naming `id`.
   */
  territory?: Maybe<Territory>;
  /** Current territories, filtered, sorted by name or population. */
  territories?: Maybe<TerritoryConnection>;
  /** One organisation by slug. */
  organisation?: Maybe<Organisation>;
  /** Organisations, sorted by name; with `filter.search`, the best matches first (exact name, names starting with the search, other matches), by name within each. */
  organisations?: Maybe<OrganisationConnection>;
  /** One person by id. */
  person?: Maybe<Person>;
  /** People, sorted by name; with `filter.search`, the best matches first (exact name, names starting with the search, other matches), by name within each. */
  people?: Maybe<PersonConnection>;
  /** One alliance by slug; the Fabrique's is `fabrique-des-transitions`. */
  alliance?: Maybe<Alliance>;
  /** Every alliance, sorted by name. */
  alliances?: Maybe<AllianceConnection>;
  /** Who you are: the identity the gateway derived from your token (ANONYMOUS without one). */
  viewer?: Maybe<Viewer>;
  /** API tokens, newest first (staff only). */
  apiTokens?: Maybe<ApiTokenConnection>;
  /** One API token by id (staff only). */
  apiToken?: Maybe<ApiToken>;
  /**
   * The object with this global id, of any type and from any subgraph, or null when nothing the caller may
   * see has it (an unknown id, a draft experience of another publisher, someone else's API token: exactly
   * what the type's own query answers). A malformed id (neither a territory id, nor 24 hexadecimal
   * characters, nor a theme slug) is null with a BAD_USER_INPUT error.
   */
  node?: Maybe<Node>;
  /**
   * The objects with these global ids, in the same order, null where `node` would be null (a malformed
   * id's null comes with a BAD_USER_INPUT error whose path is its position). At most 100 ids (more is
   * BAD_USER_INPUT). Ids of several types and subgraphs are looked up in one request per subgraph.
   * Nullable, as every root field, so that its failure leaves the rest of an answer standing.
   */
  nodes?: Maybe<Array<Maybe<Node>>>;
};


export type QueryTerritoryArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  code?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<TerritoryLevel>;
};


export type QueryTerritoriesArgs = {
  filter?: InputMaybe<TerritoryFilter>;
  orderBy?: InputMaybe<TerritoryOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOrganisationArgs = {
  slug: Scalars['String']['input'];
};


export type QueryOrganisationsArgs = {
  filter?: InputMaybe<OrganisationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPeopleArgs = {
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryAllianceArgs = {
  slug: Scalars['String']['input'];
};


export type QueryAlliancesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryApiTokensArgs = {
  filter?: InputMaybe<ApiTokenFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
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
  /** Staff only. Adds an organisation. A slug already taken is refused (BAD_USER_INPUT on `input.slug`). */
  createOrganisation: Organisation;
  /** Staff only. Changes an organisation; fields left out are kept, a nullable field set to null is cleared. */
  updateOrganisation: Organisation;
  /** Staff only. Adds a person. */
  createPerson: Person;
  /** Staff only. Changes a person. */
  updatePerson: Person;
  /** Staff only. Records a role a person holds (or held) in an alliance, an organisation or a territory. */
  createPosition: Position;
  /** Staff only. Changes a position: its role or its dates (set `until` to record that the role ended). */
  updatePosition: Position;
  /** Staff only. Adds an alliance. A slug already taken is refused (BAD_USER_INPUT on `input.slug`). */
  createAlliance: Alliance;
  /** Staff only. Changes an alliance. */
  updateAlliance: Alliance;
  /**
   * Staff only. Records an actor's membership of an alliance (a past one too, with `until`). An actor holds at most
   * one membership of an alliance at a time: an overlapping period is refused.
   */
  createMembership: Membership;
  /** Staff only. Changes a membership's role, dates or note. */
  updateMembership: Membership;
  /** Staff only. Ends a membership: the actor leaves the alliance. Nothing is deleted; ending an ended membership is ILLEGAL_TRANSITION. */
  leaveAlliance: Membership;
  /**
   * Issues an API token and returns its secret, once (staff; STAFF and ADMIN tokens: ADMIN only).
   * A PARTNER token names an existing organisation, a TERRITORY_MEMBER token an existing territory.
   * With an `idempotencyKey`, a retry never issues a second token, and never shows the secret again (only
   * its hash is stored): once the token exists, a retry is CONFLICT with `extensions.tokenId`; revoke that
   * token if its secret was lost and issue a new one with a new key.
   */
  issueApiToken: IssuedApiToken;
  /**
   * Revokes an API token: the gateway refuses it from then on (at once on the gateway that relayed the
   * revocation and on the instances sharing its Redis; within their token cache lifetime on others). Staff;
   * STAFF and ADMIN tokens: ADMIN only. Revoking a revoked token changes nothing.
   */
  revokeApiToken: ApiToken;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationCreateOrganisationArgs = {
  input: CreateOrganisationInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationUpdateOrganisationArgs = {
  input: UpdateOrganisationInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationCreatePersonArgs = {
  input: CreatePersonInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationUpdatePersonArgs = {
  input: UpdatePersonInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationCreatePositionArgs = {
  input: CreatePositionInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationUpdatePositionArgs = {
  input: UpdatePositionInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationCreateAllianceArgs = {
  input: CreateAllianceInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationUpdateAllianceArgs = {
  input: UpdateAllianceInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationCreateMembershipArgs = {
  input: CreateMembershipInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationUpdateMembershipArgs = {
  input: UpdateMembershipInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationLeaveAllianceArgs = {
  input: LeaveAllianceInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationIssueApiTokenArgs = {
  input: IssueApiTokenInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationRevokeApiTokenArgs = {
  input: RevokeApiTokenInput;
};

/** A new organisation. */
export type CreateOrganisationInput = {
  /** Unique slug: 2 to 80 lower-case letters, digits and single hyphens. */
  slug: Scalars['String']['input'];
  /** Display name (at most 200 characters). */
  name: Scalars['String']['input'];
  /** Kind of organisation. */
  kind: OrganisationKind;
  /** Id of the current territory it is based in, e.g. `COMMUNE:63113`. */
  homeTerritoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Web site (http or https). */
  website?: InputMaybe<Scalars['URL']['input']>;
  /** What the organisation does (at most 4,000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
};

/** The input of `updateOrganisation`. */
export type UpdateOrganisationInput = {
  /** The organisation's id. */
  id: Scalars['ID']['input'];
  /** The version you edited (`Organisation.version`). */
  expectedVersion: Scalars['Int']['input'];
  /** The changes: fields left out are kept. */
  changes: OrganisationChangesInput;
};

/** Changes to an organisation: fields left out are kept. */
export type OrganisationChangesInput = {
  /** New unique slug. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New kind. */
  kind?: InputMaybe<OrganisationKind>;
  /** New home territory; null clears it. */
  homeTerritoryId?: InputMaybe<Scalars['ID']['input']>;
  /** New web site; null clears it. */
  website?: InputMaybe<Scalars['URL']['input']>;
  /** New description; null clears it. */
  description?: InputMaybe<Scalars['String']['input']>;
};

/** A new person. */
export type CreatePersonInput = {
  /** Full name (at most 200 characters). */
  name: Scalars['String']['input'];
};

/** The input of `updatePerson`. */
export type UpdatePersonInput = {
  /** The person's id. */
  id: Scalars['ID']['input'];
  /** The version you edited (`Person.version`). */
  expectedVersion: Scalars['Int']['input'];
  /** The changes: fields left out are kept. */
  changes: PersonChangesInput;
};

/** Changes to a person. */
export type PersonChangesInput = {
  /** New full name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A new position. */
export type CreatePositionInput = {
  /** The person who holds the role. */
  personId: Scalars['ID']['input'];
  /** The role, e.g. `Présidente` (at most 200 characters). */
  role: Scalars['String']['input'];
  /** What the role is held in. */
  holderKind: PositionHolderKind;
  /** Id of the alliance, organisation or territory (e.g. `DEPARTEMENT:63`). */
  holderId: Scalars['ID']['input'];
  /** Since when (YYYY-MM-DD). */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** When the role ended (YYYY-MM-DD), for a past role. */
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** The input of `updatePosition`. */
export type UpdatePositionInput = {
  /** The position's id. */
  id: Scalars['ID']['input'];
  /** The version you edited (`Position.version`). */
  expectedVersion: Scalars['Int']['input'];
  /** The changes: fields left out are kept. */
  changes: PositionChangesInput;
};

/** Changes to a position (its person and holder do not change: record a new position instead). */
export type PositionChangesInput = {
  /** New role. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** New start date; null when unknown. */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** End date (YYYY-MM-DD); null while the role is held. */
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** A new alliance. */
export type CreateAllianceInput = {
  /** Unique slug: 2 to 80 lower-case letters, digits and single hyphens. */
  slug: Scalars['String']['input'];
  /** Name (at most 200 characters). */
  name: Scalars['String']['input'];
  /** What the alliance is and does (at most 4,000 characters). */
  description: Scalars['String']['input'];
  /** Web site (http or https). */
  website?: InputMaybe<Scalars['URL']['input']>;
  /** Id of the organisation that runs it. */
  operatorId?: InputMaybe<Scalars['ID']['input']>;
};

/** The input of `updateAlliance`. */
export type UpdateAllianceInput = {
  /** The alliance's id. */
  id: Scalars['ID']['input'];
  /** The version you edited (`Alliance.version`). */
  expectedVersion: Scalars['Int']['input'];
  /** The changes: fields left out are kept. */
  changes: AllianceChangesInput;
};

/** Changes to an alliance. */
export type AllianceChangesInput = {
  /** New unique slug. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New web site; null clears it. */
  website?: InputMaybe<Scalars['URL']['input']>;
  /** New operator organisation; null clears it. */
  operatorId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new membership. */
export type CreateMembershipInput = {
  /** The alliance's id. */
  allianceId: Scalars['ID']['input'];
  /** The member: a current territory's id (`DEPARTEMENT:63`) or an organisation's id. */
  actorId: Scalars['ID']['input'];
  /** The member's role. */
  role?: InputMaybe<MembershipRole>;
  /** First day of membership (YYYY-MM-DD). */
  since: Scalars['Date']['input'];
  /** End of membership (YYYY-MM-DD), for a past membership. */
  until?: InputMaybe<Scalars['Date']['input']>;
  /** A free note (at most 1,000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The input of `updateMembership`. */
export type UpdateMembershipInput = {
  /** The membership's id. */
  id: Scalars['ID']['input'];
  /** The version you edited (`Membership.version`). */
  expectedVersion: Scalars['Int']['input'];
  /** The changes: fields left out are kept. */
  changes: MembershipChangesInput;
};

/** Changes to a membership. */
export type MembershipChangesInput = {
  /** New role. */
  role?: InputMaybe<MembershipRole>;
  /** New first day. */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** New end date; null reopens the membership. */
  until?: InputMaybe<Scalars['Date']['input']>;
  /** New note; null clears it. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** An actor leaving an alliance. */
export type LeaveAllianceInput = {
  /** The membership that ends. */
  membershipId: Scalars['ID']['input'];
  /** The version you edited (`Membership.version`). */
  expectedVersion: Scalars['Int']['input'];
  /** The day the actor is no longer a member (YYYY-MM-DD); today by default. */
  on?: InputMaybe<Scalars['Date']['input']>;
  /** A note on the departure; replaces the membership's note when given. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** A territory close to another one (`Territory.similar`), with its closeness and why. */
export type SimilarTerritory = {
  __typename?: 'SimilarTerritory';
  /** The similar territory, of the same level. */
  territory: Territory;
  /**
   * Closeness from 0 to 1, rounded to hundredths: 0.6 × population closeness (1 for the same population,
   * 0.5 for a factor of 10, 0 for a factor of 100 or more: 1 − |log10(ratio)| / 2) + 0.4 × the share of the
   * level's features in common (see `Territory.similar`).
   */
  score: Scalars['Float']['output'];
  /**
   * Why it is close, in French for display: its population first (`population comparable : 12 400
   * habitants` within a factor of 1.5, otherwise `population plus grande : …` or `population plus petite :
   * …`), then each feature in common (`même type d'EPCI : communauté de communes`, `commune rurale`,
   * `commune urbaine`, `même type d'intercommunalité : métropole`, `hors intercommunalité`, `outre-mer`,
   * `France métropolitaine`), then `même région : Auvergne-Rhône-Alpes` when it shares the région.
   */
  reasons: Array<Scalars['String']['output']>;
};

/** Roles an API token can carry. Each role decides what its holder may do; subgraphs check it on their own data. */
export type ApiTokenRole =
  /** A member of a partner organisation: acts for `organisation` (publishes its experiences and resources). */
  | 'PARTNER'
  /** A member of a territory: acts for `territory`. */
  | 'TERRITORY_MEMBER'
  /** Fabrique staff: reads and moderates everything, issues PARTNER and TERRITORY_MEMBER tokens. */
  | 'STAFF'
  /** Administrator: staff rights, and issues or revokes STAFF and ADMIN tokens. */
  | 'ADMIN';

/** Who the gateway authenticated the caller as. */
export type CallerRole =
  /** No token was sent: public data only, no mutation. */
  | 'ANONYMOUS'
  /** A partner organisation's token. */
  | 'PARTNER'
  /** A territory's token. */
  | 'TERRITORY_MEMBER'
  /** A Fabrique staff token. */
  | 'STAFF'
  /** An administrator token. */
  | 'ADMIN';

/** Where an API token stands. */
export type ApiTokenStatus =
  /** Accepted by the gateway. */
  | 'ACTIVE'
  /** Past its `expiresAt`: refused with UNAUTHENTICATED. */
  | 'EXPIRED'
  /** Revoked by staff: refused with UNAUTHENTICATED. */
  | 'REVOKED';

/**
 * An API token: how a partner, a territory, a dashboard or a staff member authenticates. Send it as
 * `Authorization: Bearer <secret>`. The secret is shown once, when the token is issued, and only its hash
 * is stored: a lost secret cannot be recovered, issue a new token and revoke the old one.
 */
export type ApiToken = Node & {
  __typename?: 'ApiToken';
  /** Opaque id; the caller's identity carries it as `tokenId` (and `subject`). */
  id: Scalars['ID']['output'];
  /** What the token is for, e.g. `Tableau de bord ADEME` or `Marie Dupont (Collectif Transitions Dômes)`. */
  name: Scalars['String']['output'];
  /** The role it grants. */
  role: ApiTokenRole;
  /** For a PARTNER token: the organisation its holder acts for. */
  organisation?: Maybe<Organisation>;
  /** For a TERRITORY_MEMBER token: the territory its holder acts for. */
  territory?: Maybe<Territory>;
  /** The public start of the secret (`fdt_<id>_` followed by four characters), to recognise it in a configuration. */
  prefix: Scalars['String']['output'];
  /** Active, expired or revoked, now. */
  status: ApiTokenStatus;
  /** When it was issued (ISO date-time). */
  createdAt: Scalars['DateTime']['output'];
  /** Who issued it (the issuer's identity subject). */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** When it stops being accepted (ISO date-time); null: never. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was revoked (ISO date-time). */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who revoked it. */
  revokedBy?: Maybe<Scalars['String']['output']>;
  /** When the gateway last accepted it (ISO date-time, precise to a few minutes). */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of API tokens, newest first. */
export type ApiTokenConnection = {
  __typename?: 'ApiTokenConnection';
  /** The tokens of this page with their cursors. */
  edges: Array<ApiTokenEdge>;
  /** The nodes of this page, in the order of `edges` (each edge's `node`, without its cursor). */
  nodes: Array<ApiToken>;
  /** Whether more pages follow, and where to resume. */
  pageInfo: PageInfo;
  /** Number of tokens matching, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** An API token and its cursor. */
export type ApiTokenEdge = {
  __typename?: 'ApiTokenEdge';
  /** Opaque cursor to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The token (never its secret). */
  node: ApiToken;
};

/** Which tokens to list. */
export type ApiTokenFilter = {
  /** Only tokens with this role. */
  role?: InputMaybe<ApiTokenRole>;
  /** Only tokens in one of these statuses (one status is a list of one). */
  statuses?: InputMaybe<Array<ApiTokenStatus>>;
  /** Only tokens bound to this organisation. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only tokens bound to this territory (`DEPARTEMENT:63`). */
  territoryId?: InputMaybe<Scalars['ID']['input']>;
};

/** A new API token. */
export type IssueApiTokenInput = {
  /** What the token is for (1 to 120 characters), e.g. the person or the dashboard holding it. */
  name: Scalars['String']['input'];
  /** The role it grants. Only an ADMIN issues STAFF and ADMIN tokens. */
  role: ApiTokenRole;
  /** Required for PARTNER (and only then): the organisation's id. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Required for TERRITORY_MEMBER (and only then): the territory's id, e.g. `DEPARTEMENT:63`. */
  territoryId?: InputMaybe<Scalars['ID']['input']>;
  /** When it stops being accepted (ISO date-time in the future); omit for a token that never expires. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A token just issued: the only time its secret is shown. */
export type IssuedApiToken = {
  __typename?: 'IssuedApiToken';
  /** The token's record. */
  token: ApiToken;
  /** The secret to send as `Authorization: Bearer <secret>`. Store it now: it is never shown again. */
  secret: Scalars['String']['output'];
};

/** The caller, as the gateway authenticated it. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The caller's role (ANONYMOUS without a token). */
  role: CallerRole;
  /** Stable id of the caller (for an API token, its id). */
  subject?: Maybe<Scalars['String']['output']>;
  /** The organisation a PARTNER acts for. */
  organisation?: Maybe<Organisation>;
  /** The territory a TERRITORY_MEMBER acts for. */
  territory?: Maybe<Territory>;
  /** The API token used, when there is one (never its secret). */
  token?: Maybe<ApiToken>;
};

/** An API token to revoke (tokens have no version: revoking is the same whoever did it first). */
export type RevokeApiTokenInput = {
  /** Id of the token to revoke. */
  id: Scalars['ID']['input'];
};

export type Convention = Node & {
  __typename?: 'Convention';
  id: Scalars['ID']['output'];
};

export type Programme = Node & {
  __typename?: 'Programme';
  id: Scalars['ID']['output'];
};

export type Cohort = Node & {
  __typename?: 'Cohort';
  id: Scalars['ID']['output'];
};

export type Application = Node & {
  __typename?: 'Application';
  id: Scalars['ID']['output'];
};

export type Diagnostic = Node & {
  __typename?: 'Diagnostic';
  id: Scalars['ID']['output'];
};

export type Experience = Node & {
  __typename?: 'Experience';
  id: Scalars['ID']['output'];
};

export type Resource = Node & {
  __typename?: 'Resource';
  id: Scalars['ID']['output'];
};

export type Theme = Node & {
  __typename?: 'Theme';
  id: Scalars['ID']['output'];
};

export type LearningJourney = Node & {
  __typename?: 'LearningJourney';
  id: Scalars['ID']['output'];
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
};

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  PositionHolder:
    | ( AllianceRecord )
    | ( OrganisationRecord )
    | ( TerritoryRecord )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Actor:
    | ( TerritoryRecord )
    | ( OrganisationRecord )
  ;
  Node:
    | ( TerritoryRecord )
    | ( OrganisationRecord )
    | ( PersonRecord )
    | ( PositionRecord )
    | ( AllianceRecord )
    | ( MembershipRecord )
    | ( ApiTokenRecord )
    | ( Convention )
    | ( Programme )
    | ( Cohort )
    | ( Application )
    | ( Diagnostic )
    | ( Experience )
    | ( Resource )
    | ( Theme )
    | ( LearningJourney )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Actor']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  TerritoryLevel: TerritoryLevel;
  EpciType: EpciType;
  TerritoryOrder: TerritoryOrder;
  Territory: ResolverTypeWrapper<TerritoryRecord>;
  TerritoryConnection: ResolverTypeWrapper<import('@fabrique/kit').Connection<unknown>>;
  TerritoryEdge: ResolverTypeWrapper<Omit<TerritoryEdge, 'node'> & { node: ResolversTypes['Territory'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  OrganisationKind: OrganisationKind;
  Organisation: ResolverTypeWrapper<OrganisationRecord>;
  OrganisationConnection: ResolverTypeWrapper<import('@fabrique/kit').Connection<unknown>>;
  OrganisationEdge: ResolverTypeWrapper<Omit<OrganisationEdge, 'node'> & { node: ResolversTypes['Organisation'] }>;
  Person: ResolverTypeWrapper<PersonRecord>;
  PersonConnection: ResolverTypeWrapper<import('@fabrique/kit').Connection<unknown>>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PositionHolderKind: PositionHolderKind;
  PositionHolder: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PositionHolder']>;
  Position: ResolverTypeWrapper<PositionRecord>;
  Alliance: ResolverTypeWrapper<AllianceRecord>;
  AllianceConnection: ResolverTypeWrapper<import('@fabrique/kit').Connection<unknown>>;
  AllianceEdge: ResolverTypeWrapper<Omit<AllianceEdge, 'node'> & { node: ResolversTypes['Alliance'] }>;
  ActorType: ActorType;
  MembershipRole: MembershipRole;
  Membership: ResolverTypeWrapper<MembershipRecord>;
  MembershipConnection: ResolverTypeWrapper<import('@fabrique/kit').Connection<unknown>>;
  MembershipEdge: ResolverTypeWrapper<Omit<MembershipEdge, 'node'> & { node: ResolversTypes['Membership'] }>;
  MemberKind: MemberKind;
  AllianceStatistics: ResolverTypeWrapper<AllianceFigures>;
  AllianceKindCount: ResolverTypeWrapper<AllianceKindCount>;
  AllianceRegionCount: ResolverTypeWrapper<RegionMembers>;
  AllianceLevelCount: ResolverTypeWrapper<AllianceLevelCount>;
  AllianceRegionEngagement: ResolverTypeWrapper<RegionEngagement>;
  TerritoryFilter: TerritoryFilter;
  TerritoryChildrenFilter: TerritoryChildrenFilter;
  OrganisationFilter: OrganisationFilter;
  PersonFilter: PersonFilter;
  MembershipFilter: MembershipFilter;
  PositionFilter: PositionFilter;
  AllianceMemberFilter: AllianceMemberFilter;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  CreateOrganisationInput: CreateOrganisationInput;
  UpdateOrganisationInput: UpdateOrganisationInput;
  OrganisationChangesInput: OrganisationChangesInput;
  CreatePersonInput: CreatePersonInput;
  UpdatePersonInput: UpdatePersonInput;
  PersonChangesInput: PersonChangesInput;
  CreatePositionInput: CreatePositionInput;
  UpdatePositionInput: UpdatePositionInput;
  PositionChangesInput: PositionChangesInput;
  CreateAllianceInput: CreateAllianceInput;
  UpdateAllianceInput: UpdateAllianceInput;
  AllianceChangesInput: AllianceChangesInput;
  CreateMembershipInput: CreateMembershipInput;
  UpdateMembershipInput: UpdateMembershipInput;
  MembershipChangesInput: MembershipChangesInput;
  LeaveAllianceInput: LeaveAllianceInput;
  SimilarTerritory: ResolverTypeWrapper<RankedTerritory>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ApiTokenRole: ApiTokenRole;
  CallerRole: CallerRole;
  ApiTokenStatus: ApiTokenStatus;
  ApiToken: ResolverTypeWrapper<ApiTokenRecord>;
  ApiTokenConnection: ResolverTypeWrapper<import('@fabrique/kit').Connection<unknown>>;
  ApiTokenEdge: ResolverTypeWrapper<Omit<ApiTokenEdge, 'node'> & { node: ResolversTypes['ApiToken'] }>;
  ApiTokenFilter: ApiTokenFilter;
  IssueApiTokenInput: IssueApiTokenInput;
  IssuedApiToken: ResolverTypeWrapper<{ token: import('../models/apiTokens/schema').ApiTokenRecord; secret: string }>;
  Viewer: ResolverTypeWrapper<import('@fabrique/kit').Identity>;
  RevokeApiTokenInput: RevokeApiTokenInput;
  Convention: ResolverTypeWrapper<Convention>;
  Programme: ResolverTypeWrapper<Programme>;
  Cohort: ResolverTypeWrapper<Cohort>;
  Application: ResolverTypeWrapper<Application>;
  Diagnostic: ResolverTypeWrapper<Diagnostic>;
  Experience: ResolverTypeWrapper<Experience>;
  Resource: ResolverTypeWrapper<Resource>;
  Theme: ResolverTypeWrapper<Theme>;
  LearningJourney: ResolverTypeWrapper<LearningJourney>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  URL: ResolverTypeWrapper<Scalars['URL']['output']>;
  EmailAddress: ResolverTypeWrapper<Scalars['EmailAddress']['output']>;
  CacheControlScope: CacheControlScope;
  Node: ResolverTypeWrapper<FoundNode>;
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
  Territory: TerritoryRecord;
  TerritoryConnection: import('@fabrique/kit').Connection<unknown>;
  TerritoryEdge: Omit<TerritoryEdge, 'node'> & { node: ResolversParentTypes['Territory'] };
  PageInfo: PageInfo;
  Organisation: OrganisationRecord;
  OrganisationConnection: import('@fabrique/kit').Connection<unknown>;
  OrganisationEdge: Omit<OrganisationEdge, 'node'> & { node: ResolversParentTypes['Organisation'] };
  Person: PersonRecord;
  PersonConnection: import('@fabrique/kit').Connection<unknown>;
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PositionHolder: ResolversUnionTypes<ResolversParentTypes>['PositionHolder'];
  Position: PositionRecord;
  Alliance: AllianceRecord;
  AllianceConnection: import('@fabrique/kit').Connection<unknown>;
  AllianceEdge: Omit<AllianceEdge, 'node'> & { node: ResolversParentTypes['Alliance'] };
  Membership: MembershipRecord;
  MembershipConnection: import('@fabrique/kit').Connection<unknown>;
  MembershipEdge: Omit<MembershipEdge, 'node'> & { node: ResolversParentTypes['Membership'] };
  AllianceStatistics: AllianceFigures;
  AllianceKindCount: AllianceKindCount;
  AllianceRegionCount: RegionMembers;
  AllianceLevelCount: AllianceLevelCount;
  AllianceRegionEngagement: RegionEngagement;
  TerritoryFilter: TerritoryFilter;
  TerritoryChildrenFilter: TerritoryChildrenFilter;
  OrganisationFilter: OrganisationFilter;
  PersonFilter: PersonFilter;
  MembershipFilter: MembershipFilter;
  PositionFilter: PositionFilter;
  AllianceMemberFilter: AllianceMemberFilter;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  CreateOrganisationInput: CreateOrganisationInput;
  UpdateOrganisationInput: UpdateOrganisationInput;
  OrganisationChangesInput: OrganisationChangesInput;
  CreatePersonInput: CreatePersonInput;
  UpdatePersonInput: UpdatePersonInput;
  PersonChangesInput: PersonChangesInput;
  CreatePositionInput: CreatePositionInput;
  UpdatePositionInput: UpdatePositionInput;
  PositionChangesInput: PositionChangesInput;
  CreateAllianceInput: CreateAllianceInput;
  UpdateAllianceInput: UpdateAllianceInput;
  AllianceChangesInput: AllianceChangesInput;
  CreateMembershipInput: CreateMembershipInput;
  UpdateMembershipInput: UpdateMembershipInput;
  MembershipChangesInput: MembershipChangesInput;
  LeaveAllianceInput: LeaveAllianceInput;
  SimilarTerritory: RankedTerritory;
  Float: Scalars['Float']['output'];
  ApiToken: ApiTokenRecord;
  ApiTokenConnection: import('@fabrique/kit').Connection<unknown>;
  ApiTokenEdge: Omit<ApiTokenEdge, 'node'> & { node: ResolversParentTypes['ApiToken'] };
  ApiTokenFilter: ApiTokenFilter;
  IssueApiTokenInput: IssueApiTokenInput;
  IssuedApiToken: { token: import('../models/apiTokens/schema').ApiTokenRecord; secret: string };
  Viewer: import('@fabrique/kit').Identity;
  RevokeApiTokenInput: RevokeApiTokenInput;
  Convention: Convention;
  Programme: Programme;
  Cohort: Cohort;
  Application: Application;
  Diagnostic: Diagnostic;
  Experience: Experience;
  Resource: Resource;
  Theme: Theme;
  LearningJourney: LearningJourney;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  URL: Scalars['URL']['output'];
  EmailAddress: Scalars['EmailAddress']['output'];
  Node: FoundNode;
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

export type CacheControlDirectiveResolver<Result, Parent, ContextType = ActorsContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  url?: Maybe<Scalars['String']['input']>;
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
};

export type LinkDirectiveResolver<Result, Parent, ContextType = ActorsContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__RequiresDirectiveArgs = {
  fields: Scalars['federation__FieldSet']['input'];
};

export type Federation__RequiresDirectiveResolver<Result, Parent, ContextType = ActorsContext, Args = Federation__RequiresDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ProvidesDirectiveArgs = {
  fields: Scalars['federation__FieldSet']['input'];
};

export type Federation__ProvidesDirectiveResolver<Result, Parent, ContextType = ActorsContext, Args = Federation__ProvidesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ExternalDirectiveArgs = {
  reason?: Maybe<Scalars['String']['input']>;
};

export type Federation__ExternalDirectiveResolver<Result, Parent, ContextType = ActorsContext, Args = Federation__ExternalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type Federation__TagDirectiveResolver<Result, Parent, ContextType = ActorsContext, Args = Federation__TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ExtendsDirectiveArgs = { };

export type Federation__ExtendsDirectiveResolver<Result, Parent, ContextType = ActorsContext, Args = Federation__ExtendsDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = ActorsContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__InaccessibleDirectiveArgs = { };

export type Federation__InaccessibleDirectiveResolver<Result, Parent, ContextType = ActorsContext, Args = Federation__InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
  label?: Maybe<Scalars['String']['input']>;
};

export type Federation__OverrideDirectiveResolver<Result, Parent, ContextType = ActorsContext, Args = Federation__OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ComposeDirectiveDirectiveArgs = {
  name?: Maybe<Scalars['String']['input']>;
};

export type Federation__ComposeDirectiveDirectiveResolver<Result, Parent, ContextType = ActorsContext, Args = Federation__ComposeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__InterfaceObjectDirectiveArgs = { };

export type Federation__InterfaceObjectDirectiveResolver<Result, Parent, ContextType = ActorsContext, Args = Federation__InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__AuthenticatedDirectiveArgs = { };

export type Federation__AuthenticatedDirectiveResolver<Result, Parent, ContextType = ActorsContext, Args = Federation__AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['federation__Scope']['input']>>;
};

export type Federation__RequiresScopesDirectiveResolver<Result, Parent, ContextType = ActorsContext, Args = Federation__RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__PolicyDirectiveArgs = {
  policies: Array<Array<Scalars['federation__Policy']['input']>>;
};

export type Federation__PolicyDirectiveResolver<Result, Parent, ContextType = ActorsContext, Args = Federation__PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActorResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor'], FederationReferenceType extends FederationReferenceTypes['Actor'] = FederationReferenceTypes['Actor']> = {
  __resolveType: TypeResolveFn<'Territory' | 'Organisation', ParentType, ContextType>;
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Actor']> | FederationReferenceType, FederationReferenceType, ContextType>;
};

export type TerritoryResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['Territory'] = ResolversParentTypes['Territory'], FederationReferenceType extends FederationReferenceTypes['Territory'] = FederationReferenceTypes['Territory']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Territory']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['TerritoryLevel'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  epciType?: Resolver<Maybe<ResolversTypes['EpciType']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType>;
  ancestors?: Resolver<Array<ResolversTypes['Territory']>, ParentType, ContextType>;
  epci?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType>;
  chefLieu?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType>;
  children?: Resolver<ResolversTypes['TerritoryConnection'], ParentType, ContextType, RequireFields<TerritoryChildrenArgs, 'orderBy' | 'first'>>;
  retiredIn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, Partial<TerritoryMembershipsArgs>>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType, Partial<TerritoryPositionsArgs>>;
  similar?: Resolver<Array<ResolversTypes['SimilarTerritory']>, ParentType, ContextType, RequireFields<TerritorySimilarArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TerritoryConnectionResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['TerritoryConnection'] = ResolversParentTypes['TerritoryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TerritoryEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Territory']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TerritoryEdgeResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['TerritoryEdge'] = ResolversParentTypes['TerritoryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Territory'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  homeTerritory?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType, Partial<OrganisationMembershipsArgs>>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType, Partial<OrganisationPositionsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganisationConnectionResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['OrganisationConnection'] = ResolversParentTypes['OrganisationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganisationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationEdgeResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['OrganisationEdge'] = ResolversParentTypes['OrganisationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  positions?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType, Partial<PersonPositionsArgs>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type PositionHolderResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['PositionHolder'] = ResolversParentTypes['PositionHolder']> = {
  __resolveType: TypeResolveFn<'Alliance' | 'Organisation' | 'Territory', ParentType, ContextType>;
};

export type PositionResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  holder?: Resolver<ResolversTypes['PositionHolder'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AllianceResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['Alliance'] = ResolversParentTypes['Alliance']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  operator?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  governance?: Resolver<Array<ResolversTypes['Position']>, ParentType, ContextType, Partial<AllianceGovernanceArgs>>;
  members?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, RequireFields<AllianceMembersArgs, 'first'>>;
  statistics?: Resolver<ResolversTypes['AllianceStatistics'], ParentType, ContextType, Partial<AllianceStatisticsArgs>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AllianceConnectionResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['AllianceConnection'] = ResolversParentTypes['AllianceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AllianceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Alliance']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AllianceEdgeResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['AllianceEdge'] = ResolversParentTypes['AllianceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Alliance'], ParentType, ContextType>;
};

export type MembershipResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  alliance?: Resolver<ResolversTypes['Alliance'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  actorType?: Resolver<ResolversTypes['ActorType'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['MembershipRole'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MembershipConnectionResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['MembershipConnection'] = ResolversParentTypes['MembershipConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Membership']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MembershipEdgeResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
};

export type AllianceStatisticsResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['AllianceStatistics'] = ResolversParentTypes['AllianceStatistics']> = {
  at?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  membersByKind?: Resolver<Array<ResolversTypes['AllianceKindCount']>, ParentType, ContextType>;
  membersByRegion?: Resolver<Array<ResolversTypes['AllianceRegionCount']>, ParentType, ContextType>;
  territoriesByRegion?: Resolver<Array<ResolversTypes['AllianceRegionEngagement']>, ParentType, ContextType>;
};

export type AllianceKindCountResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['AllianceKindCount'] = ResolversParentTypes['AllianceKindCount']> = {
  kind?: Resolver<ResolversTypes['MemberKind'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AllianceRegionCountResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['AllianceRegionCount'] = ResolversParentTypes['AllianceRegionCount']> = {
  region?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType>;
  territoryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organisationCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  territories?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organisations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AllianceLevelCountResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['AllianceLevelCount'] = ResolversParentTypes['AllianceLevelCount']> = {
  level?: Resolver<ResolversTypes['TerritoryLevel'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AllianceRegionEngagementResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['AllianceRegionEngagement'] = ResolversParentTypes['AllianceRegionEngagement']> = {
  region?: Resolver<ResolversTypes['Territory'], ParentType, ContextType>;
  engagedTerritories?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  engagedTerritoryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byLevel?: Resolver<Array<ResolversTypes['AllianceLevelCount']>, ParentType, ContextType>;
  territoriesByLevel?: Resolver<Array<ResolversTypes['AllianceLevelCount']>, ParentType, ContextType>;
  communesCovered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coveredCommuneCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  populationCovered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  territory?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType, Partial<QueryTerritoryArgs>>;
  territories?: Resolver<Maybe<ResolversTypes['TerritoryConnection']>, ParentType, ContextType, RequireFields<QueryTerritoriesArgs, 'first'>>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'slug'>>;
  organisations?: Resolver<Maybe<ResolversTypes['OrganisationConnection']>, ParentType, ContextType, RequireFields<QueryOrganisationsArgs, 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  people?: Resolver<Maybe<ResolversTypes['PersonConnection']>, ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first'>>;
  alliance?: Resolver<Maybe<ResolversTypes['Alliance']>, ParentType, ContextType, RequireFields<QueryAllianceArgs, 'slug'>>;
  alliances?: Resolver<Maybe<ResolversTypes['AllianceConnection']>, ParentType, ContextType, RequireFields<QueryAlliancesArgs, 'first'>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  apiTokens?: Resolver<Maybe<ResolversTypes['ApiTokenConnection']>, ParentType, ContextType, RequireFields<QueryApiTokensArgs, 'first'>>;
  apiToken?: Resolver<Maybe<ResolversTypes['ApiToken']>, ParentType, ContextType, RequireFields<QueryApiTokenArgs, 'id'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Maybe<Array<Maybe<ResolversTypes['Node']>>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
};

export type MutationResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationCreateOrganisationArgs, 'input'>>;
  updateOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType, RequireFields<MutationUpdateOrganisationArgs, 'input'>>;
  createPerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationCreatePersonArgs, 'input'>>;
  updatePerson?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<MutationUpdatePersonArgs, 'input'>>;
  createPosition?: Resolver<ResolversTypes['Position'], ParentType, ContextType, RequireFields<MutationCreatePositionArgs, 'input'>>;
  updatePosition?: Resolver<ResolversTypes['Position'], ParentType, ContextType, RequireFields<MutationUpdatePositionArgs, 'input'>>;
  createAlliance?: Resolver<ResolversTypes['Alliance'], ParentType, ContextType, RequireFields<MutationCreateAllianceArgs, 'input'>>;
  updateAlliance?: Resolver<ResolversTypes['Alliance'], ParentType, ContextType, RequireFields<MutationUpdateAllianceArgs, 'input'>>;
  createMembership?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationCreateMembershipArgs, 'input'>>;
  updateMembership?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationUpdateMembershipArgs, 'input'>>;
  leaveAlliance?: Resolver<ResolversTypes['Membership'], ParentType, ContextType, RequireFields<MutationLeaveAllianceArgs, 'input'>>;
  issueApiToken?: Resolver<ResolversTypes['IssuedApiToken'], ParentType, ContextType, RequireFields<MutationIssueApiTokenArgs, 'input'>>;
  revokeApiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'input'>>;
};

export type SimilarTerritoryResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['SimilarTerritory'] = ResolversParentTypes['SimilarTerritory']> = {
  territory?: Resolver<ResolversTypes['Territory'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ApiTokenResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ApiTokenRole'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  territory?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApiTokenStatus'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  revokedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApiTokenConnectionResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['ApiTokenConnection'] = ResolversParentTypes['ApiTokenConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ApiTokenEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApiTokenEdgeResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['ApiTokenEdge'] = ResolversParentTypes['ApiTokenEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
};

export type IssuedApiTokenResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['IssuedApiToken'] = ResolversParentTypes['IssuedApiToken']> = {
  token?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  role?: Resolver<ResolversTypes['CallerRole'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  territory?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['ApiToken']>, ParentType, ContextType>;
};

export type ConventionResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['Convention'] = ResolversParentTypes['Convention']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProgrammeResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CohortResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['Cohort'] = ResolversParentTypes['Cohort']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApplicationResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['Application'] = ResolversParentTypes['Application']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DiagnosticResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['Diagnostic'] = ResolversParentTypes['Diagnostic']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExperienceResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['Experience'] = ResolversParentTypes['Experience']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ResourceResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['Resource'] = ResolversParentTypes['Resource']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ThemeResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['Theme'] = ResolversParentTypes['Theme']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LearningJourneyResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['LearningJourney'] = ResolversParentTypes['LearningJourney']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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

export type NodeResolvers<ContextType = ActorsContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Territory' | 'Organisation' | 'Person' | 'Position' | 'Alliance' | 'Membership' | 'ApiToken' | 'Convention' | 'Programme' | 'Cohort' | 'Application' | 'Diagnostic' | 'Experience' | 'Resource' | 'Theme' | 'LearningJourney', ParentType, ContextType>;
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

export type Resolvers<ContextType = ActorsContext> = {
  Actor?: ActorResolvers<ContextType>;
  Territory?: TerritoryResolvers<ContextType>;
  TerritoryConnection?: TerritoryConnectionResolvers<ContextType>;
  TerritoryEdge?: TerritoryEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  PositionHolder?: PositionHolderResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  Alliance?: AllianceResolvers<ContextType>;
  AllianceConnection?: AllianceConnectionResolvers<ContextType>;
  AllianceEdge?: AllianceEdgeResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  AllianceStatistics?: AllianceStatisticsResolvers<ContextType>;
  AllianceKindCount?: AllianceKindCountResolvers<ContextType>;
  AllianceRegionCount?: AllianceRegionCountResolvers<ContextType>;
  AllianceLevelCount?: AllianceLevelCountResolvers<ContextType>;
  AllianceRegionEngagement?: AllianceRegionEngagementResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  SimilarTerritory?: SimilarTerritoryResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  ApiTokenConnection?: ApiTokenConnectionResolvers<ContextType>;
  ApiTokenEdge?: ApiTokenEdgeResolvers<ContextType>;
  IssuedApiToken?: IssuedApiTokenResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  Convention?: ConventionResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  Cohort?: CohortResolvers<ContextType>;
  Application?: ApplicationResolvers<ContextType>;
  Diagnostic?: DiagnosticResolvers<ContextType>;
  Experience?: ExperienceResolvers<ContextType>;
  Resource?: ResourceResolvers<ContextType>;
  Theme?: ThemeResolvers<ContextType>;
  LearningJourney?: LearningJourneyResolvers<ContextType>;
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

export type DirectiveResolvers<ContextType = ActorsContext> = {
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
