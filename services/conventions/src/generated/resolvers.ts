/* eslint-disable */
// Generated from this subgraph's SDL by schema/src/codegen.ts (`npm run compose`): do not edit.
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ConventionRecord, ConventionParty as PartyRecord, SignatoryRecord, DocumentRecord, ConventionStatusChange as ConventionStatusChangeRecord, CommitmentRecord, MilestoneRecord, IndicatorRecord, IndicatorValueRecord } from '../models/conventions/schema';
import type { ProgrammeRecord } from '../models/programmes/schema';
import type { CohortRecord, SessionRecord } from '../models/cohorts/schema';
import type { ApplicationRecord } from '../models/applications/schema';
import type { DiagnosticRecord } from '../models/diagnostics/schema';
import type { StatisticsScope } from '../domain/statistics';
import type { ConventionsContext } from '../context';
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

/**
 * A territory, owned by the actors subgraph; this subgraph adds its conventions, its applications to
 * programmes, its enrolments and its diagnostics. Each of these is null (with an error naming the
 * service) when the conventions service fails, without blanking the territory.
 */
export type Territory = Actor & {
  __typename?: 'Territory';
  /** `<LEVEL>:<code>`, e.g. `DEPARTEMENT:63`. */
  id: Scalars['ID']['output'];
  /** Conventions to which this territory, or a territory inside it, is a party; newest first. Public. */
  conventions?: Maybe<ConventionConnection>;
  /**
   * This territory's own applications to programmes and cohorts; newest first. Visible to Fabrique
   * staff and to members of this very territory; empty for anyone else.
   */
  applications?: Maybe<ApplicationConnection>;
  /** Where this territory is enrolled (its accepted applications); most recent first. Public. */
  enrolments?: Maybe<EnrolmentConnection>;
  /**
   * Short diagnostics of this territory; newest first. Visible to Fabrique staff and to members of this
   * very territory; empty for anyone else.
   */
  diagnostics?: Maybe<DiagnosticConnection>;
};


/**
 * A territory, owned by the actors subgraph; this subgraph adds its conventions, its applications to
 * programmes, its enrolments and its diagnostics. Each of these is null (with an error naming the
 * service) when the conventions service fails, without blanking the territory.
 */
export type TerritoryConventionsArgs = {
  filter?: InputMaybe<ActorConventionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A territory, owned by the actors subgraph; this subgraph adds its conventions, its applications to
 * programmes, its enrolments and its diagnostics. Each of these is null (with an error naming the
 * service) when the conventions service fails, without blanking the territory.
 */
export type TerritoryApplicationsArgs = {
  filter?: InputMaybe<ApplicationStatusFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A territory, owned by the actors subgraph; this subgraph adds its conventions, its applications to
 * programmes, its enrolments and its diagnostics. Each of these is null (with an error naming the
 * service) when the conventions service fails, without blanking the territory.
 */
export type TerritoryEnrolmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A territory, owned by the actors subgraph; this subgraph adds its conventions, its applications to
 * programmes, its enrolments and its diagnostics. Each of these is null (with an error naming the
 * service) when the conventions service fails, without blanking the territory.
 */
export type TerritoryDiagnosticsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** An organisation, owned by the actors subgraph; this subgraph adds its conventions and the cohorts it partners (null, with an error, when this service fails). */
export type Organisation = Actor & {
  __typename?: 'Organisation';
  /** Organisation id. */
  id: Scalars['ID']['output'];
  /** Conventions to which this organisation is a party; newest first. */
  conventions?: Maybe<ConventionConnection>;
  /** Cohorts this organisation builds with the Fabrique (ADEME for the national pilot cohort); latest cycle first. */
  cohorts?: Maybe<CohortConnection>;
};


/** An organisation, owned by the actors subgraph; this subgraph adds its conventions and the cohorts it partners (null, with an error, when this service fails). */
export type OrganisationConventionsArgs = {
  filter?: InputMaybe<ActorConventionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** An organisation, owned by the actors subgraph; this subgraph adds its conventions and the cohorts it partners (null, with an error, when this service fails). */
export type OrganisationCohortsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Where a convention stands. The allowed moves (`Convention.allowedTransitions`):
 * IN_PREPARATION → SIGNED → ACTIVE → ENDED, and SIGNED or ACTIVE → TERMINATED. ENDED and TERMINATED
 * are final. Any other move is refused with `ILLEGAL_TRANSITION` (`extensions.from`, `to`, `allowed`).
 */
export type ConventionStatus =
  /** Being drafted with the territory (every convention starts here). */
  | 'IN_PREPARATION'
  /** Signed by the parties (needs at least two parties and one commitment), not started yet. Stamps `signedOn`. */
  | 'SIGNED'
  /** Being carried out. Stamps `startsOn`. */
  | 'ACTIVE'
  /** Came to its planned end (final). Keeps the planned `endsOn` unless another date is given. */
  | 'ENDED'
  /** Stopped before its planned end (final). Stamps `endsOn`. */
  | 'TERMINATED';

/** What a document attached to a convention is. */
export type DocumentKind =
  /** The signed text of the convention. */
  | 'CONVENTION_TEXT'
  /** An amendment (avenant). */
  | 'AMENDMENT'
  /** An annex. */
  | 'ANNEX'
  /** A progress or assessment report. */
  | 'REPORT'
  /** Anything else. */
  | 'OTHER';

/**
 * A partnership agreement between actors, such as the Puy-de-Dôme's with the Fabrique, with its
 * numbered commitments and their progress. Public. Every change makes a new `version` (edits must
 * name the version they start from, see `expectedVersion`) and keeps the previous one.
 */
export type Convention = Node & {
  __typename?: 'Convention';
  /** Opaque id (stable: other subgraphs refer to it). */
  id: Scalars['ID']['output'];
  /** Title of the convention. */
  title: Scalars['String']['output'];
  /** What the partnership is about. */
  summary?: Maybe<Scalars['String']['output']>;
  /** Current status. */
  status: ConventionStatus;
  /** The statuses this convention may move to from its current one. */
  allowedTransitions: Array<ConventionStatus>;
  /** The programme the convention carries out, if any (e.g. an experimental support). */
  programme?: Maybe<Programme>;
  /** Date of signature (ISO date `YYYY-MM-DD`), once signed. */
  signedOn?: Maybe<Scalars['Date']['output']>;
  /** First day of the convention (ISO date), planned or actual. */
  startsOn?: Maybe<Scalars['Date']['output']>;
  /** Last day of the convention (ISO date), planned or actual. */
  endsOn?: Maybe<Scalars['Date']['output']>;
  /** The actors bound by the convention, with their role. */
  parties: Array<ConventionParty>;
  /** The people who sign (or signed) on behalf of the parties. */
  signatories: Array<Signatory>;
  /** Documents attached to the convention (links). */
  documents: Array<ConventionDocument>;
  /** Numbered commitments of the convention, in order. */
  commitments: Array<Commitment>;
  /** One commitment by number. */
  commitment?: Maybe<Commitment>;
  /** Mean overall progress of the commitments that can be measured (0 to 1); null when none can. */
  progress?: Maybe<Scalars['Float']['output']>;
  /** Every status change, oldest first (creation included). */
  statusHistory: Array<ConventionStatusChange>;
  /** Version number, from 1; pass it as `expectedVersion` when changing the convention. */
  version: Scalars['Int']['output'];
  /** When it was recorded (ISO date-time). */
  createdAt: Scalars['DateTime']['output'];
  /** When it last changed (ISO date-time). */
  updatedAt: Scalars['DateTime']['output'];
};


/**
 * A partnership agreement between actors, such as the Puy-de-Dôme's with the Fabrique, with its
 * numbered commitments and their progress. Public. Every change makes a new `version` (edits must
 * name the version they start from, see `expectedVersion`) and keeps the previous one.
 */
export type ConventionCommitmentArgs = {
  number: Scalars['Int']['input'];
};

/** An actor bound by a convention. */
export type ConventionParty = {
  __typename?: 'ConventionParty';
  /**
   * The territory or organisation. Null when the actors service knows no such actor (a territory that left
   * the référentiel, say) or could not answer; in the second case an error on the fields asked of it says
   * so (`SUBGRAPH_UNAVAILABLE`, `SUBGRAPH_TIMEOUT`), in the first none.
   */
  actor?: Maybe<Actor>;
  /** Its role in the convention, e.g. `Territoire partenaire`. */
  role: Scalars['String']['output'];
};

/** A person who signs a convention on behalf of one of its parties. */
export type Signatory = {
  __typename?: 'Signatory';
  /** Full name. */
  name: Scalars['String']['output'];
  /** Capacity in which they sign, e.g. `Président du Conseil départemental`. */
  title: Scalars['String']['output'];
  /** The party they sign for. */
  onBehalfOf?: Maybe<Actor>;
  /** When they signed (ISO date); set to the signature date when the convention is signed. */
  signedOn?: Maybe<Scalars['Date']['output']>;
};

/** A document attached to a convention. */
export type ConventionDocument = {
  __typename?: 'ConventionDocument';
  /** Id within the convention (to remove it). */
  id: Scalars['ID']['output'];
  /** Title. */
  title: Scalars['String']['output'];
  /** Where to read it (http or https URL). */
  url: Scalars['URL']['output'];
  /** What it is. */
  kind: DocumentKind;
  /** When it was attached (ISO date-time). */
  addedAt: Scalars['DateTime']['output'];
};

/** One recorded status change of a convention. */
export type ConventionStatusChange = {
  __typename?: 'ConventionStatusChange';
  /** Previous status; null for the creation. */
  from?: Maybe<ConventionStatus>;
  /** New status. */
  to: ConventionStatus;
  /** When the change was recorded (ISO date-time). */
  at: Scalars['DateTime']['output'];
  /** The date the change takes effect, when given (ISO date); otherwise the day it was recorded. */
  effectiveOn?: Maybe<Scalars['Date']['output']>;
  /** Who made it (identity subject); shown to Fabrique staff only, null for others and for seeded data. */
  by?: Maybe<Scalars['String']['output']>;
  /** Why, in a few words. */
  note?: Maybe<Scalars['String']['output']>;
};

/** One numbered commitment of a convention, with its milestones, indicators and progress. */
export type Commitment = {
  __typename?: 'Commitment';
  /** Number within the convention, from 1. */
  number: Scalars['Int']['output'];
  /** Short title. */
  title: Scalars['String']['output'];
  /** What the parties commit to. */
  description: Scalars['String']['output'];
  /** Dated steps, in the order they were added. */
  milestones: Array<Milestone>;
  /** Measured indicators. */
  indicators: Array<Indicator>;
  /** How far the commitment is. */
  progress: CommitmentProgress;
};

/** How far a commitment is, for dashboards. */
export type CommitmentProgress = {
  __typename?: 'CommitmentProgress';
  /**
   * Deprecated: `milestoneCount` is the same value.
   * @deprecated Use `milestoneCount` instead.
   */
  milestonesTotal: Scalars['Int']['output'];
  /** Number of milestones. */
  milestoneCount: Scalars['Int']['output'];
  /**
   * Deprecated: `doneMilestoneCount` is the same value.
   * @deprecated Use `doneMilestoneCount` instead.
   */
  milestonesDone: Scalars['Int']['output'];
  /** Milestones done. */
  doneMilestoneCount: Scalars['Int']['output'];
  /**
   * Deprecated: `lateMilestoneCount` is the same value.
   * @deprecated Use `lateMilestoneCount` instead.
   */
  lateMilestones: Scalars['Int']['output'];
  /** Milestones past their due date and not done. */
  lateMilestoneCount: Scalars['Int']['output'];
  /** Share of milestones done (0 to 1); null without milestones. */
  milestoneShare?: Maybe<Scalars['Float']['output']>;
  /** Mean completion of the indicators (0 to 1); null without indicators. */
  indicatorCompletion?: Maybe<Scalars['Float']['output']>;
  /** Mean of the two parts above that exist (0 to 1); null when the commitment has neither. */
  overall?: Maybe<Scalars['Float']['output']>;
};

/** A dated step of a commitment. */
export type Milestone = {
  __typename?: 'Milestone';
  /** Id within the convention. */
  id: Scalars['ID']['output'];
  /** What is to be done. */
  title: Scalars['String']['output'];
  /** When it is due (ISO date). */
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** When it was done (ISO date); null while open. */
  doneOn?: Maybe<Scalars['Date']['output']>;
  /** Whether it is done. */
  done: Scalars['Boolean']['output'];
  /** Whether it is past due and not done. */
  late: Scalars['Boolean']['output'];
};

/** A measured indicator of a commitment: progress runs from `baseline` towards `target` (up or down). */
export type Indicator = {
  __typename?: 'Indicator';
  /** Id within the convention. */
  id: Scalars['ID']['output'];
  /** What is measured. */
  label: Scalars['String']['output'];
  /** Unit, e.g. `participants`, `%`, `communes`. */
  unit: Scalars['String']['output'];
  /** Starting value. */
  baseline: Scalars['Float']['output'];
  /** Value to reach. */
  target: Scalars['Float']['output'];
  /** Latest measured value (by measurement date); null before the first measure. */
  currentValue?: Maybe<Scalars['Float']['output']>;
  /** Share of the way from baseline to target (0 to 1). */
  completion: Scalars['Float']['output'];
  /** Every recorded value, in the order recorded. */
  history: Array<IndicatorValue>;
};

/** One recorded value of an indicator. */
export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  /** The value. */
  value: Scalars['Float']['output'];
  /** When it was measured (ISO date). */
  measuredOn: Scalars['Date']['output'];
  /** When it was recorded (ISO date-time). */
  recordedAt: Scalars['DateTime']['output'];
  /** Who recorded it (identity subject); shown to Fabrique staff only. */
  recordedBy?: Maybe<Scalars['String']['output']>;
  /** Comment. */
  note?: Maybe<Scalars['String']['output']>;
};

/** A page of conventions. */
export type ConventionConnection = {
  __typename?: 'ConventionConnection';
  /** The conventions of this page with their cursors. */
  edges: Array<ConventionEdge>;
  /** The nodes of this page, in the order of `edges` (each edge's `node`, without its cursor). */
  nodes: Array<Convention>;
  /** Whether more pages follow, and where to resume. */
  pageInfo: PageInfo;
  /** Number of conventions matching, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A convention and its cursor. */
export type ConventionEdge = {
  __typename?: 'ConventionEdge';
  /** Opaque cursor to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The convention. */
  node: Convention;
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

/** A range of ISO dates, both ends included; either end may be left open. */
export type DateRange = {
  /** First day (ISO date `YYYY-MM-DD`). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Last day (ISO date `YYYY-MM-DD`). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** Criteria of `Query.conventions`: a convention matches when it meets every criterion given. */
export type ConventionFilter = {
  /** Only conventions in one of these statuses (one status is a list of one); absent: every status. */
  statuses?: InputMaybe<Array<ConventionStatus>>;
  /** Only conventions to which this actor (territory or organisation id) is itself a party. */
  party?: InputMaybe<Scalars['ID']['input']>;
  /** Only conventions with a party in this territory or inside it (`DEPARTEMENT:63` finds its communes' conventions too). */
  territory?: InputMaybe<Scalars['ID']['input']>;
  /** Only conventions carrying out this programme. */
  programme?: InputMaybe<ProgrammeKind>;
  /** Only conventions signed within this range. */
  signed?: InputMaybe<DateRange>;
  /** Only conventions in force at some point of this range (started by its end, not ended before its start). */
  inForce?: InputMaybe<DateRange>;
};

/**
 * Criteria of a territory's or an organisation's conventions (`Territory.conventions`,
 * `Organisation.conventions`): those of `ConventionFilter` but `party` and `territory`, which the
 * territory or organisation already sets.
 */
export type ActorConventionFilter = {
  /** Only conventions in one of these statuses (one status is a list of one); absent: every status. */
  statuses?: InputMaybe<Array<ConventionStatus>>;
  /** Only conventions carrying out this programme. */
  programme?: InputMaybe<ProgrammeKind>;
  /** Only conventions signed within this range. */
  signed?: InputMaybe<DateRange>;
  /** Only conventions in force at some point of this range (started by its end, not ended before its start). */
  inForce?: InputMaybe<DateRange>;
};

/** An actor bound by a new convention. */
export type ConventionPartyInput = {
  /** A territory id (`DEPARTEMENT:63`, from the official reference data) or an organisation id. */
  actorId: Scalars['ID']['input'];
  /** Its role in the convention. */
  role: Scalars['String']['input'];
};

/** A person who signs on behalf of a party. */
export type SignatoryInput = {
  /** Full name. */
  name: Scalars['String']['input'];
  /** Capacity in which they sign. */
  title: Scalars['String']['input'];
  /** The party they sign for (one of the convention's party actor ids). */
  onBehalfOf: Scalars['ID']['input'];
  /** When they signed (ISO date), if already. */
  signedOn?: InputMaybe<Scalars['Date']['input']>;
};

/** A document to attach. */
export type ConventionDocumentInput = {
  /** Title. */
  title: Scalars['String']['input'];
  /** http or https URL. */
  url: Scalars['URL']['input'];
  /** What it is. */
  kind?: InputMaybe<DocumentKind>;
};

/** A dated step of a commitment. */
export type MilestoneInput = {
  /** What is to be done. */
  title: Scalars['String']['input'];
  /** When it is due (ISO date). */
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  /** When it was done (ISO date), if already. */
  doneOn?: InputMaybe<Scalars['Date']['input']>;
};

/** Changes to a milestone: absent fields stay as they are. */
export type MilestoneChangesInput = {
  /** What is to be done. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** When it is due (ISO date); null removes the due date. */
  dueOn?: InputMaybe<Scalars['Date']['input']>;
  /** When it was done (ISO date); null reopens the milestone. */
  doneOn?: InputMaybe<Scalars['Date']['input']>;
};

/** A measured indicator of a commitment. */
export type IndicatorInput = {
  /** What is measured. */
  label: Scalars['String']['input'];
  /** Unit. */
  unit: Scalars['String']['input'];
  /** Starting value. */
  baseline?: InputMaybe<Scalars['Float']['input']>;
  /** Value to reach (above or below the baseline). */
  target: Scalars['Float']['input'];
};

/** A commitment of a convention. */
export type CommitmentInput = {
  /** Short title. */
  title: Scalars['String']['input'];
  /** What the parties commit to. */
  description: Scalars['String']['input'];
  /** Its milestones. */
  milestones?: InputMaybe<Array<MilestoneInput>>;
  /** Its indicators. */
  indicators?: InputMaybe<Array<IndicatorInput>>;
};

/** Changes to a commitment's text: absent fields stay as they are. */
export type CommitmentChangesInput = {
  /** Short title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** What the parties commit to. */
  description?: InputMaybe<Scalars['String']['input']>;
};

/** A new convention; it starts IN_PREPARATION. */
export type CreateConventionInput = {
  /** Title. */
  title: Scalars['String']['input'];
  /** What the partnership is about. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The programme it carries out, if any. */
  programme?: InputMaybe<ProgrammeKind>;
  /** Planned first day (ISO date). */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Planned last day (ISO date), not before `startsOn`. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** The actors bound by it (at least one; two are needed to sign). */
  parties: Array<ConventionPartyInput>;
  /** Who signs for the parties. */
  signatories?: InputMaybe<Array<SignatoryInput>>;
  /** Documents to attach. */
  documents?: InputMaybe<Array<ConventionDocumentInput>>;
  /** Its commitments, numbered from 1 in this order. */
  commitments?: InputMaybe<Array<CommitmentInput>>;
};

/** Changes to a convention: absent fields stay as they are; null clears an optional field. */
export type ConventionChangesInput = {
  /** Title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** What the partnership is about. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** The programme it carries out. */
  programme?: InputMaybe<ProgrammeKind>;
  /** First day (ISO date). */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Last day (ISO date). */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Replaces the parties (a party with signatories can only go with them). */
  parties?: InputMaybe<Array<ConventionPartyInput>>;
  /** Replaces the signatories. */
  signatories?: InputMaybe<Array<SignatoryInput>>;
};

export type Query = {
  __typename?: 'Query';
  /** The four programmes of the Fabrique, in their usual order. */
  programmes?: Maybe<Array<Programme>>;
  /** One programme by kind. */
  programme?: Maybe<Programme>;
  /** One convention by id. */
  convention?: Maybe<Convention>;
  /** Conventions matching every criterion of `filter`; newest first. Public. */
  conventions?: Maybe<ConventionConnection>;
  /** One cohort by id. Public. */
  cohort?: Maybe<Cohort>;
  /** Cohorts; latest cycle first. Public. */
  cohorts?: Maybe<CohortConnection>;
  /** One application by id; null when it does not exist or you may not see it (staff, and members of the applying territory, may). */
  application?: Maybe<Application>;
  /** Applications you may see (staff: all; territory members: their territory's; others: none); newest first. */
  applications?: Maybe<ApplicationConnection>;
  /** One diagnostic by id; null when it does not exist or you may not see it. */
  diagnostic?: Maybe<Diagnostic>;
  /** Diagnostics you may see (staff: all; territory members: their territory's; others: none); newest first. */
  diagnostics?: Maybe<DiagnosticConnection>;
  /** Dashboard figures on conventions, applications and cohorts. Public. */
  conventionStatistics?: Maybe<ConventionStatistics>;
  /**
   * Internal (hidden from the gateway's clients): for each id, the type of this subgraph's record the
   * caller may see with that id, or null. The actors subgraph calls it to answer `node` and `nodes`.
   */
  _conventionsNodeTypes: Array<Maybe<Scalars['String']['output']>>;
};


export type QueryProgrammeArgs = {
  kind: ProgrammeKind;
};


export type QueryConventionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConventionsArgs = {
  filter?: InputMaybe<ConventionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryCohortArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCohortsArgs = {
  filter?: InputMaybe<CohortFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApplicationsArgs = {
  filter?: InputMaybe<ApplicationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDiagnosticArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDiagnosticsArgs = {
  filter?: InputMaybe<DiagnosticFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


export type QueryConventionStatisticsArgs = {
  filter?: InputMaybe<ConventionStatisticsFilter>;
  territory?: InputMaybe<Scalars['ID']['input']>;
};


export type Query_ConventionsNodeTypesArgs = {
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
  /** Records a new convention, IN_PREPARATION. Staff only. */
  createConvention: Convention;
  /** Changes a convention's fields. Staff only. */
  updateConvention: Convention;
  /** Moves a convention to another status (see ConventionStatus for the allowed moves); recorded in `statusHistory`. Staff only. */
  changeConventionStatus: Convention;
  /** Attaches a document. Staff only. */
  addConventionDocument: Convention;
  /** Detaches a document. Staff only. */
  removeConventionDocument: Convention;
  /** Adds a commitment, numbered after the last one. Staff only. */
  addCommitment: Convention;
  /** Changes a commitment's title or description. Staff only. */
  updateCommitment: Convention;
  /** Adds a milestone to a commitment. Staff only. */
  addMilestone: Convention;
  /** Changes a milestone: marks it done (`doneOn`), reopens it (`doneOn: null`), renames or reschedules it. Staff only. */
  updateMilestone: Convention;
  /** Adds an indicator to a commitment. Staff only. */
  addIndicator: Convention;
  /** Records a measured value of an indicator (kept in its history with who and when). Staff only. */
  recordIndicatorValue: Convention;
  /** Creates a cohort of a programme, checked against the programme's rules. Staff only. */
  createCohort: Cohort;
  /** Changes a cohort. Staff only. */
  updateCohort: Cohort;
  /** Plans a training day (never more than the programme's maxDays). Staff only. */
  addCohortSession: Cohort;
  /** Changes a training day. Staff only. */
  updateCohortSession: Cohort;
  /** Cancels a training day. Staff only. */
  removeCohortSession: Cohort;
  /**
   * A territory applies to a programme or to one of its cohorts (SUBMITTED). Members of that territory,
   * or staff on its behalf. A territory has one open application per programme or cohort at most: a
   * second one is `CONFLICT` (`extensions.existingApplicationId`).
   */
  submitApplication: Application;
  /** SUBMITTED → SHORTLISTED. Staff only. */
  shortlistApplication: Application;
  /** SUBMITTED or SHORTLISTED → WAITLISTED (joins the end of the waitlist). Staff only. */
  waitlistApplication: Application;
  /**
   * SUBMITTED, SHORTLISTED or WAITLISTED → ACCEPTED: the territory is enrolled and takes a place.
   * `CAPACITY_REACHED` (nothing changed) when the cohort (or the programme's national capacity) is full,
   * even when many acceptances arrive at once. Staff only.
   */
  acceptApplication: Application;
  /** SUBMITTED, SHORTLISTED or WAITLISTED → REJECTED. Staff only. */
  rejectApplication: Application;
  /**
   * The territory withdraws its application (→ WITHDRAWN). If it held a place (OFFERED or ACCEPTED),
   * the place is offered to the first waitlisted application. Members of the territory, or staff.
   */
  withdrawApplication: Application;
  /** The territory takes the place it was offered: OFFERED → ACCEPTED (enrolled). Members of the territory, or staff. */
  acceptOffer: Application;
  /** The territory declines the place it was offered: OFFERED → DECLINED; the place goes to the next on the waitlist. Members of the territory, or staff. */
  declineOffer: Application;
  /** Records the result of a short diagnostic. Staff only. */
  createDiagnostic: Diagnostic;
  /** Changes a diagnostic. Staff only. */
  updateDiagnostic: Diagnostic;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationCreateConventionArgs = {
  input: CreateConventionInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationUpdateConventionArgs = {
  input: UpdateConventionInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationChangeConventionStatusArgs = {
  input: ChangeConventionStatusInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationAddConventionDocumentArgs = {
  input: AddConventionDocumentInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationRemoveConventionDocumentArgs = {
  input: RemoveConventionDocumentInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationAddCommitmentArgs = {
  input: AddCommitmentInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationUpdateCommitmentArgs = {
  input: UpdateCommitmentInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationAddMilestoneArgs = {
  input: AddMilestoneInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationUpdateMilestoneArgs = {
  input: UpdateMilestoneInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationAddIndicatorArgs = {
  input: AddIndicatorInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationRecordIndicatorValueArgs = {
  input: RecordIndicatorValueInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationCreateCohortArgs = {
  input: CreateCohortInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationUpdateCohortArgs = {
  input: UpdateCohortInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationAddCohortSessionArgs = {
  input: AddCohortSessionInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationUpdateCohortSessionArgs = {
  input: UpdateCohortSessionInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationRemoveCohortSessionArgs = {
  input: RemoveCohortSessionInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationSubmitApplicationArgs = {
  input: ApplicationInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationShortlistApplicationArgs = {
  input: ShortlistApplicationInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationWaitlistApplicationArgs = {
  input: WaitlistApplicationInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationAcceptApplicationArgs = {
  input: AcceptApplicationInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationRejectApplicationArgs = {
  input: RejectApplicationInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationWithdrawApplicationArgs = {
  input: WithdrawApplicationInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationAcceptOfferArgs = {
  input: AcceptOfferInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationDeclineOfferArgs = {
  input: DeclineOfferInput;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationCreateDiagnosticArgs = {
  input: CreateDiagnosticInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Changes. Every mutation refuses anonymous callers (UNAUTHENTICATED) and callers without the right
 * (FORBIDDEN); each field says who may call it. Bad input is refused with BAD_USER_INPUT naming the
 * field at fault in `extensions.field`, and nothing is written. Changes of versioned records name the
 * version they edit (`expectedVersion`): if someone else changed the record since, the change is refused
 * with CONFLICT and `extensions.currentVersion`. Every version of a record is kept.
 */
export type MutationUpdateDiagnosticArgs = {
  input: UpdateDiagnosticInput;
};

/** The input of `updateConvention`. */
export type UpdateConventionInput = {
  /** Convention id. */
  id: Scalars['ID']['input'];
  /** The version the change starts from (`Convention.version`). */
  expectedVersion: Scalars['Int']['input'];
  /** The changes. */
  changes: ConventionChangesInput;
};

/** The input of `changeConventionStatus`. */
export type ChangeConventionStatusInput = {
  /** Convention id. */
  id: Scalars['ID']['input'];
  /** The version the change starts from (`Convention.version`). */
  expectedVersion: Scalars['Int']['input'];
  /** The new status. */
  status: ConventionStatus;
  /** The date it takes effect (ISO date); today when absent. */
  effectiveOn?: InputMaybe<Scalars['Date']['input']>;
  /** Why, in a few words. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The input of `addConventionDocument`. */
export type AddConventionDocumentInput = {
  /** Convention id. */
  id: Scalars['ID']['input'];
  /** The version the change starts from (`Convention.version`). */
  expectedVersion: Scalars['Int']['input'];
  /** The document. */
  document: ConventionDocumentInput;
};

/** The input of `removeConventionDocument`. */
export type RemoveConventionDocumentInput = {
  /** Convention id. */
  id: Scalars['ID']['input'];
  /** The version the change starts from (`Convention.version`). */
  expectedVersion: Scalars['Int']['input'];
  /** The document's id (`ConventionDocument.id`). */
  documentId: Scalars['ID']['input'];
};

/** The input of `addCommitment`. */
export type AddCommitmentInput = {
  /** Convention id. */
  conventionId: Scalars['ID']['input'];
  /** The version the change starts from (`Convention.version`). */
  expectedVersion: Scalars['Int']['input'];
  /** The commitment. */
  commitment: CommitmentInput;
};

/** The input of `updateCommitment`. */
export type UpdateCommitmentInput = {
  /** Convention id. */
  conventionId: Scalars['ID']['input'];
  /** The version the change starts from (`Convention.version`). */
  expectedVersion: Scalars['Int']['input'];
  /** The commitment's number. */
  number: Scalars['Int']['input'];
  /** The changes. */
  changes: CommitmentChangesInput;
};

/** The input of `addMilestone`. */
export type AddMilestoneInput = {
  /** Convention id. */
  conventionId: Scalars['ID']['input'];
  /** The version the change starts from (`Convention.version`). */
  expectedVersion: Scalars['Int']['input'];
  /** The number of the commitment it belongs to. */
  commitmentNumber: Scalars['Int']['input'];
  /** The milestone. */
  milestone: MilestoneInput;
};

/** The input of `updateMilestone`. */
export type UpdateMilestoneInput = {
  /** Convention id. */
  conventionId: Scalars['ID']['input'];
  /** The version the change starts from (`Convention.version`). */
  expectedVersion: Scalars['Int']['input'];
  /** The milestone's id. */
  milestoneId: Scalars['ID']['input'];
  /** The changes. */
  changes: MilestoneChangesInput;
};

/** The input of `addIndicator`. */
export type AddIndicatorInput = {
  /** Convention id. */
  conventionId: Scalars['ID']['input'];
  /** The version the change starts from (`Convention.version`). */
  expectedVersion: Scalars['Int']['input'];
  /** The number of the commitment it belongs to. */
  commitmentNumber: Scalars['Int']['input'];
  /** The indicator. */
  indicator: IndicatorInput;
};

/** The input of `recordIndicatorValue`. */
export type RecordIndicatorValueInput = {
  /** Convention id. */
  conventionId: Scalars['ID']['input'];
  /** The version the change starts from (`Convention.version`). */
  expectedVersion: Scalars['Int']['input'];
  /** The indicator's id. */
  indicatorId: Scalars['ID']['input'];
  /** The measured value. */
  value: Scalars['Float']['input'];
  /** When it was measured (ISO date). */
  measuredOn: Scalars['Date']['input'];
  /** Comment. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The four support programmes (dispositifs) of the Fabrique. */
export type ProgrammeKind =
  /** A one-day introduction to the contents, co-organised with State services. */
  | 'INITIATION_DAY'
  /** A 3 to 5 day audit giving strengths, weaknesses and recommendations. */
  | 'SHORT_DIAGNOSTIC'
  /** A national pilot cohort built with ADEME: 10 territories, a one-year cycle of 5 to 8 training days. */
  | 'PILOT_COHORT'
  /** Tailored, experimental support; only 4 or 5 territories nationally. */
  | 'EXPERIMENTAL_SUPPORT';

/** A support programme (dispositif) of the Fabrique, with its rules. Public. */
export type Programme = Node & {
  __typename?: 'Programme';
  /** Opaque id (stable: other subgraphs refer to it). */
  id: Scalars['ID']['output'];
  /** Which of the four programmes. */
  kind: ProgrammeKind;
  /** Name. */
  name: Scalars['String']['output'];
  /** What the programme offers. */
  description: Scalars['String']['output'];
  /** Rules of the programme, as data: every check of cohorts, applications and diagnostics reads them. */
  rules: ProgrammeRules;
  /** Cohorts of this programme; latest cycle first. */
  cohorts?: Maybe<CohortConnection>;
  /**
   * Applications to this programme or to its cohorts; newest first. Staff see all of them, territory
   * members their own territory's, others none.
   */
  applications?: Maybe<ApplicationConnection>;
  /** Territories enrolled in this programme (its accepted applications, cohorts included); most recent first. Public. */
  enrolments?: Maybe<EnrolmentConnection>;
};


/** A support programme (dispositif) of the Fabrique, with its rules. Public. */
export type ProgrammeCohortsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A support programme (dispositif) of the Fabrique, with its rules. Public. */
export type ProgrammeApplicationsArgs = {
  filter?: InputMaybe<ApplicationStatusFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/** A support programme (dispositif) of the Fabrique, with its rules. Public. */
export type ProgrammeEnrolmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/**
 * The rules of a programme (durations and capacities are data, not code). A rule that is null does
 * not apply.
 */
export type ProgrammeRules = {
  __typename?: 'ProgrammeRules';
  /** Minimum number of days of the programme's work: training days (sessions) of a cohort, audit days of a diagnostic. */
  minDays?: Maybe<Scalars['Int']['output']>;
  /** Maximum number of days: a cohort never holds more sessions, a diagnostic never more audit days. */
  maxDays?: Maybe<Scalars['Int']['output']>;
  /** Longest cycle of a cohort, in months. */
  cycleMonths?: Maybe<Scalars['Int']['output']>;
  /** Territories per cohort: a cohort's default and largest capacity. */
  cohortCapacity?: Maybe<Scalars['Int']['output']>;
  /** Territories supported at once nationally through direct applications to the programme; also a cohort's default and largest capacity when there is no cohortCapacity. */
  nationalCapacity?: Maybe<Scalars['Int']['output']>;
};

/**
 * A cohort (promotion) of a programme: territories that go through a cycle of training days together.
 * Public, but its applications and waitlist are shown to staff and to the members of each applying
 * territory only.
 */
export type Cohort = Node & {
  __typename?: 'Cohort';
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** The programme it belongs to. */
  programme: Programme;
  /** Name, e.g. `Promotion pilote nationale 2021-2022`. */
  name: Scalars['String']['output'];
  /** What the cohort is about. */
  description?: Maybe<Scalars['String']['output']>;
  /** First day of the cycle (ISO date). */
  startsOn: Scalars['Date']['output'];
  /** Last day of the cycle (ISO date); the cycle lasts at most the programme's `cycleMonths`. */
  endsOn: Scalars['Date']['output'];
  /** Territories the cohort holds at most (a hard limit, even under simultaneous acceptances). */
  capacity: Scalars['Int']['output'];
  /** Organisations (or territories) that build the cohort with the Fabrique. */
  partners?: Maybe<Array<Actor>>;
  /** Training days, by date. */
  sessions: Array<CohortSession>;
  /** Number of training days planned. */
  trainingDays: Scalars['Int']['output'];
  /** What the cohort does not meet yet among its programme's rules (e.g. too few training days); empty when it meets them all. */
  ruleIssues: Array<Scalars['String']['output']>;
  /** Enrolled territories (accepted applications), in enrolment order; at most `capacity`. */
  enrolments: Array<Enrolment>;
  /** Number of enrolled territories. */
  enrolledCount: Scalars['Int']['output'];
  /** Places reserved for a waitlisted territory that has not answered its offer yet. */
  offeredCount: Scalars['Int']['output'];
  /** Places neither enrolled nor offered. */
  seatsLeft: Scalars['Int']['output'];
  /** enrolledCount / capacity (0 to 1). */
  fillRate: Scalars['Float']['output'];
  /** The waitlist, first to be offered a place first (visible applications only, see `applications`). */
  waitlist: ApplicationConnection;
  /** Applications to this cohort; newest first. Staff see all of them, territory members their own territory's, others none. */
  applications?: Maybe<ApplicationConnection>;
  /** Version number, from 1; pass it as `expectedVersion` when changing the cohort. */
  version: Scalars['Int']['output'];
};


/**
 * A cohort (promotion) of a programme: territories that go through a cycle of training days together.
 * Public, but its applications and waitlist are shown to staff and to the members of each applying
 * territory only.
 */
export type CohortWaitlistArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A cohort (promotion) of a programme: territories that go through a cycle of training days together.
 * Public, but its applications and waitlist are shown to staff and to the members of each applying
 * territory only.
 */
export type CohortApplicationsArgs = {
  filter?: InputMaybe<ApplicationStatusFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** A training day of a cohort. */
export type CohortSession = {
  __typename?: 'CohortSession';
  /** Id within the cohort. */
  id: Scalars['ID']['output'];
  /** The day (ISO date). */
  date: Scalars['Date']['output'];
  /** What is worked on. */
  topic: Scalars['String']['output'];
  /** Where it takes place. */
  place: Scalars['String']['output'];
};

/** A page of cohorts. */
export type CohortConnection = {
  __typename?: 'CohortConnection';
  /** The cohorts of this page with their cursors. */
  edges: Array<CohortEdge>;
  /** The nodes of this page, in the order of `edges` (each edge's `node`, without its cursor). */
  nodes: Array<Cohort>;
  /** Whether more pages follow, and where to resume. */
  pageInfo: PageInfo;
  /** Number of cohorts matching, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A cohort and its cursor. */
export type CohortEdge = {
  __typename?: 'CohortEdge';
  /** Opaque cursor to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The cohort. */
  node: Cohort;
};

/**
 * Where an application stands. Staff shortlist, waitlist, accept or reject; the territory withdraws
 * and answers offers. SUBMITTED → SHORTLISTED, WAITLISTED, ACCEPTED, REJECTED, WITHDRAWN;
 * SHORTLISTED → WAITLISTED, ACCEPTED, REJECTED, WITHDRAWN; WAITLISTED → ACCEPTED, REJECTED,
 * OFFERED (automatic), WITHDRAWN; OFFERED → ACCEPTED, DECLINED, WITHDRAWN; ACCEPTED → WITHDRAWN.
 * REJECTED, WITHDRAWN and DECLINED are final. Any other move is `ILLEGAL_TRANSITION`.
 */
export type ApplicationStatus =
  /** Submitted by the territory, not reviewed yet. */
  | 'SUBMITTED'
  /** Retained by staff for the final choice. */
  | 'SHORTLISTED'
  /** On the waitlist: offered the first place that is freed (in waitlist order). */
  | 'WAITLISTED'
  /**
   * A place was freed and is reserved for this application: nobody else can take it. The territory
   * accepts it (`acceptOffer`: ACCEPTED) or declines it (`declineOffer`: the place goes to the next on
   * the waitlist).
   */
  | 'OFFERED'
  /** Accepted: the territory is enrolled and holds a place. */
  | 'ACCEPTED'
  /** Not retained (final). */
  | 'REJECTED'
  /** Withdrawn by the territory (final); a place it held goes to the first on the waitlist. */
  | 'WITHDRAWN'
  /** The territory declined an offered place (final); the place goes to the next on the waitlist. */
  | 'DECLINED';

/**
 * A territory's application to a programme or to one of its cohorts. Visible to Fabrique staff and to
 * members of the applying territory only.
 */
export type Application = Node & {
  __typename?: 'Application';
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** The applying territory. */
  territory?: Maybe<Territory>;
  /** The programme applied to (the cohort's, for a cohort application). */
  programme: Programme;
  /** The cohort applied to; null for an application to the programme itself. */
  cohort?: Maybe<Cohort>;
  /** Why the territory applies. */
  motivation: Scalars['String']['output'];
  /** Current status. */
  status: ApplicationStatus;
  /** The statuses it may move to from its current one. */
  nextStatuses: Array<ApplicationStatus>;
  /** Position on the waitlist (1 = next to be offered a place) while WAITLISTED; null otherwise. */
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
  /** The place number it holds while OFFERED or ACCEPTED, when its cohort or programme has a capacity. */
  seatNumber?: Maybe<Scalars['Int']['output']>;
  /** The enrolment, once ACCEPTED. */
  enrolment?: Maybe<Enrolment>;
  /** Every status change, oldest first (submission included), with who and when. */
  history: Array<ApplicationStatusChange>;
  /** Version number, from 1; pass it as `expectedVersion` when moving the application along the workflow. */
  version: Scalars['Int']['output'];
  /** When it was submitted (ISO date-time). */
  submittedAt: Scalars['DateTime']['output'];
  /** When it last changed (ISO date-time). */
  updatedAt: Scalars['DateTime']['output'];
};

/** One recorded status change of an application. */
export type ApplicationStatusChange = {
  __typename?: 'ApplicationStatusChange';
  /** Previous status; null for the submission. */
  from?: Maybe<ApplicationStatus>;
  /** New status. */
  to: ApplicationStatus;
  /** When (ISO date-time). */
  at: Scalars['DateTime']['output'];
  /** Who (identity subject of the caller; for an automatic offer, the caller whose change freed the place); null for seeded data. */
  by?: Maybe<Scalars['String']['output']>;
  /** Comment. */
  note?: Maybe<Scalars['String']['output']>;
};

/** A page of applications. */
export type ApplicationConnection = {
  __typename?: 'ApplicationConnection';
  /** The applications of this page with their cursors. */
  edges: Array<ApplicationEdge>;
  /** The nodes of this page, in the order of `edges` (each edge's `node`, without its cursor). */
  nodes: Array<Application>;
  /** Whether more pages follow, and where to resume. */
  pageInfo: PageInfo;
  /** Number of applications matching (among those you may see), all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** An application and its cursor. */
export type ApplicationEdge = {
  __typename?: 'ApplicationEdge';
  /** Opaque cursor to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The application. */
  node: Application;
};

/** A territory enrolled in a programme, in one of its cohorts or directly: an accepted application. Public. */
export type Enrolment = {
  __typename?: 'Enrolment';
  /** The id of the accepted application. */
  id: Scalars['ID']['output'];
  /** The enrolled territory. */
  territory?: Maybe<Territory>;
  /** The programme. */
  programme: Programme;
  /** The cohort; null for a direct enrolment in the programme. */
  cohort?: Maybe<Cohort>;
  /** The place number it holds, when the cohort or programme has a capacity. */
  seatNumber?: Maybe<Scalars['Int']['output']>;
  /** When it was accepted (ISO date-time). */
  enrolledAt: Scalars['DateTime']['output'];
  /** The application behind it (visible to staff and the territory's members only; null for others). */
  application?: Maybe<Application>;
};

/** A page of enrolments. */
export type EnrolmentConnection = {
  __typename?: 'EnrolmentConnection';
  /** The enrolments of this page with their cursors. */
  edges: Array<EnrolmentEdge>;
  /** The nodes of this page, in the order of `edges` (each edge's `node`, without its cursor). */
  nodes: Array<Enrolment>;
  /** Whether more pages follow, and where to resume. */
  pageInfo: PageInfo;
  /** Number of enrolments, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** An enrolment and its cursor. */
export type EnrolmentEdge = {
  __typename?: 'EnrolmentEdge';
  /** Opaque cursor to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The enrolment. */
  node: Enrolment;
};

/** A training day to plan. */
export type CohortSessionInput = {
  /** The day (ISO date), within the cohort's cycle; one session per day. */
  date: Scalars['Date']['input'];
  /** What is worked on. */
  topic: Scalars['String']['input'];
  /** Where it takes place. */
  place: Scalars['String']['input'];
};

/** Changes to a training day: absent fields stay as they are. */
export type CohortSessionChangesInput = {
  /** The day (ISO date). */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** What is worked on. */
  topic?: InputMaybe<Scalars['String']['input']>;
  /** Where it takes place. */
  place?: InputMaybe<Scalars['String']['input']>;
};

/** A new cohort; checked against its programme's rules. */
export type CreateCohortInput = {
  /** The programme. */
  programme: ProgrammeKind;
  /** Name. */
  name: Scalars['String']['input'];
  /** What the cohort is about. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** First day of the cycle (ISO date). */
  startsOn: Scalars['Date']['input'];
  /** Last day of the cycle (ISO date), within the programme's `cycleMonths`. */
  endsOn: Scalars['Date']['input'];
  /** Territories it holds at most; defaults to the programme's cohortCapacity (or nationalCapacity), and may not exceed it. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Partner organisations (or territories) ids. */
  partners?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Training days (at most the programme's maxDays). */
  sessions?: InputMaybe<Array<CohortSessionInput>>;
};

/** Changes to a cohort: absent fields stay as they are. */
export type CohortChangesInput = {
  /** Name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** What the cohort is about (null clears it). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** First day of the cycle (ISO date). */
  startsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Last day of the cycle (ISO date). */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** New capacity: it can only be raised (up to the programme's ceiling), never lowered below the current one. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** Replaces the partners. */
  partners?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** An application of a territory. */
export type ApplicationInput = {
  /** The applying territory (`<LEVEL>:<code>`); a territory member applies for their own territory only. */
  territoryId: Scalars['ID']['input'];
  /** The programme applied to (needed unless `cohortId` is given; must match the cohort's if both are). */
  programme?: InputMaybe<ProgrammeKind>;
  /** The cohort applied to, if any (it must not have ended). */
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  /** Why the territory applies. */
  motivation: Scalars['String']['input'];
};

/** Criteria of `Query.cohorts` and `ConventionStatistics.cohortFill`: a cohort matches when it meets every criterion given. */
export type CohortFilter = {
  /** Only cohorts of this programme. */
  programme?: InputMaybe<ProgrammeKind>;
  /** Only cohorts this organisation (or territory) partners. */
  partner?: InputMaybe<Scalars['ID']['input']>;
};

/** Criteria of `Query.applications`: an application matches when it meets every criterion given. */
export type ApplicationFilter = {
  /** Only applications in one of these statuses (one status is a list of one); absent: every status. */
  statuses?: InputMaybe<Array<ApplicationStatus>>;
  /** Only applications to this programme (cohorts included). */
  programme?: InputMaybe<ProgrammeKind>;
  /** Only applications to this cohort. */
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  /** Only applications of this territory or of territories inside it. */
  territory?: InputMaybe<Scalars['ID']['input']>;
};

/**
 * Criteria of a territory's, a programme's or a cohort's applications (`Territory.applications`,
 * `Programme.applications`, `Cohort.applications`): those of `ApplicationFilter` but the territory,
 * programme and cohort, which the parent already sets.
 */
export type ApplicationStatusFilter = {
  /** Only applications in one of these statuses (one status is a list of one); absent: every status. */
  statuses?: InputMaybe<Array<ApplicationStatus>>;
};

/** The input of `updateCohort`. */
export type UpdateCohortInput = {
  /** Cohort id. */
  id: Scalars['ID']['input'];
  /** The version the change starts from (`Cohort.version`). */
  expectedVersion: Scalars['Int']['input'];
  /** The changes. */
  changes: CohortChangesInput;
};

/** The input of `addCohortSession`. */
export type AddCohortSessionInput = {
  /** Cohort id. */
  cohortId: Scalars['ID']['input'];
  /** The version the change starts from (`Cohort.version`). */
  expectedVersion: Scalars['Int']['input'];
  /** The training day. */
  session: CohortSessionInput;
};

/** The input of `updateCohortSession`. */
export type UpdateCohortSessionInput = {
  /** Cohort id. */
  cohortId: Scalars['ID']['input'];
  /** The version the change starts from (`Cohort.version`). */
  expectedVersion: Scalars['Int']['input'];
  /** The session's id (`CohortSession.id`). */
  sessionId: Scalars['ID']['input'];
  /** The changes. */
  changes: CohortSessionChangesInput;
};

/** The input of `removeCohortSession`. */
export type RemoveCohortSessionInput = {
  /** Cohort id. */
  cohortId: Scalars['ID']['input'];
  /** The version the change starts from (`Cohort.version`). */
  expectedVersion: Scalars['Int']['input'];
  /** The session's id (`CohortSession.id`). */
  sessionId: Scalars['ID']['input'];
};

/** The input of `shortlistApplication`. */
export type ShortlistApplicationInput = {
  /** Application id. */
  id: Scalars['ID']['input'];
  /** The version the step starts from (`Application.version`): if the application changed since, `CONFLICT` (`extensions.currentVersion`) and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** Comment kept in the history. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The input of `waitlistApplication`. */
export type WaitlistApplicationInput = {
  /** Application id. */
  id: Scalars['ID']['input'];
  /** The version the step starts from (`Application.version`): if the application changed since, `CONFLICT` (`extensions.currentVersion`) and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** Comment kept in the history. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The input of `acceptApplication`. */
export type AcceptApplicationInput = {
  /** Application id. */
  id: Scalars['ID']['input'];
  /** The version the step starts from (`Application.version`): if the application changed since, `CONFLICT` (`extensions.currentVersion`) and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** Comment kept in the history. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The input of `rejectApplication`. */
export type RejectApplicationInput = {
  /** Application id. */
  id: Scalars['ID']['input'];
  /** The version the step starts from (`Application.version`): if the application changed since, `CONFLICT` (`extensions.currentVersion`) and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** Comment kept in the history. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The input of `withdrawApplication`. */
export type WithdrawApplicationInput = {
  /** Application id. */
  id: Scalars['ID']['input'];
  /** The version the step starts from (`Application.version`): if the application changed since, `CONFLICT` (`extensions.currentVersion`) and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** Comment kept in the history. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The input of `acceptOffer`. */
export type AcceptOfferInput = {
  /** Application id. */
  id: Scalars['ID']['input'];
  /** The version the step starts from (`Application.version`): if the application changed since, `CONFLICT` (`extensions.currentVersion`) and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** Comment kept in the history. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** The input of `declineOffer`. */
export type DeclineOfferInput = {
  /** Application id. */
  id: Scalars['ID']['input'];
  /** The version the step starts from (`Application.version`): if the application changed since, `CONFLICT` (`extensions.currentVersion`) and nothing changes. */
  expectedVersion: Scalars['Int']['input'];
  /** Comment kept in the history. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/**
 * The result of a short diagnostic of a territory: an audit of a few days (the programme's minDays to
 * maxDays: 3 to 5 for SHORT_DIAGNOSTIC) giving strengths, weaknesses and recommendations. Visible to
 * Fabrique staff and to members of the diagnosed territory only.
 */
export type Diagnostic = Node & {
  __typename?: 'Diagnostic';
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** The diagnosed territory. */
  territory?: Maybe<Territory>;
  /** The programme it belongs to (SHORT_DIAGNOSTIC). */
  programme: Programme;
  /** The accepted application it answers, if any. */
  application?: Maybe<Application>;
  /** The audit days (ISO dates), in order. */
  auditDays: Array<Scalars['Date']['output']>;
  /** Number of audit days. */
  auditDayCount: Scalars['Int']['output'];
  /** The diagnostic in a few sentences. */
  summary?: Maybe<Scalars['String']['output']>;
  /** What the territory does well. */
  strengths: Array<Scalars['String']['output']>;
  /** Where it falls short. */
  weaknesses: Array<Scalars['String']['output']>;
  /** What it should do next. */
  recommendations: Array<Scalars['String']['output']>;
  /** When the report was handed to the territory (ISO date). */
  deliveredOn?: Maybe<Scalars['Date']['output']>;
  /** Version number, from 1; pass it as `expectedVersion` when changing the diagnostic. */
  version: Scalars['Int']['output'];
  /** When it was recorded (ISO date-time). */
  createdAt: Scalars['DateTime']['output'];
  /** When it last changed (ISO date-time). */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of diagnostics. */
export type DiagnosticConnection = {
  __typename?: 'DiagnosticConnection';
  /** The diagnostics of this page with their cursors. */
  edges: Array<DiagnosticEdge>;
  /** The nodes of this page, in the order of `edges` (each edge's `node`, without its cursor). */
  nodes: Array<Diagnostic>;
  /** Whether more pages follow, and where to resume. */
  pageInfo: PageInfo;
  /** Number of diagnostics matching (among those you may see), all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A diagnostic and its cursor. */
export type DiagnosticEdge = {
  __typename?: 'DiagnosticEdge';
  /** Opaque cursor to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The diagnostic. */
  node: Diagnostic;
};

/** A diagnostic to record. */
export type CreateDiagnosticInput = {
  /** The diagnosed territory (`<LEVEL>:<code>`). */
  territoryId: Scalars['ID']['input'];
  /** The programme whose rules apply. */
  programme?: InputMaybe<ProgrammeKind>;
  /** The accepted application of this territory to this programme that it answers, if any. */
  applicationId?: InputMaybe<Scalars['ID']['input']>;
  /** The audit days (ISO dates, distinct); their number must lie within the programme's minDays..maxDays. */
  auditDays: Array<Scalars['Date']['input']>;
  /** The diagnostic in a few sentences. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** What the territory does well. */
  strengths?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Where it falls short. */
  weaknesses?: InputMaybe<Array<Scalars['String']['input']>>;
  /** What it should do next. */
  recommendations?: InputMaybe<Array<Scalars['String']['input']>>;
  /** When the report was handed to the territory (ISO date). */
  deliveredOn?: InputMaybe<Scalars['Date']['input']>;
};

/** Changes to a diagnostic: absent fields stay as they are; null clears an optional field. */
export type DiagnosticChangesInput = {
  /** Replaces the audit days (same rules as at creation). */
  auditDays?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The diagnostic in a few sentences. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the strengths. */
  strengths?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Replaces the weaknesses. */
  weaknesses?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Replaces the recommendations. */
  recommendations?: InputMaybe<Array<Scalars['String']['input']>>;
  /** When the report was handed to the territory (ISO date). */
  deliveredOn?: InputMaybe<Scalars['Date']['input']>;
};

/** Criteria of `Query.diagnostics`: a diagnostic matches when it meets every criterion given. */
export type DiagnosticFilter = {
  /** Only diagnostics of this territory or of territories inside it. */
  territory?: InputMaybe<Scalars['ID']['input']>;
};

/** The input of `updateDiagnostic`. */
export type UpdateDiagnosticInput = {
  /** Diagnostic id. */
  id: Scalars['ID']['input'];
  /** The version the change starts from (`Diagnostic.version`). */
  expectedVersion: Scalars['Int']['input'];
  /** The changes. */
  changes: DiagnosticChangesInput;
};

/** How many conventions are in one status. */
export type ConventionStatusCount = {
  __typename?: 'ConventionStatusCount';
  /** The status. */
  status: ConventionStatus;
  /** Number of conventions in it. */
  count: Scalars['Int']['output'];
};

/** How many conventions have a party in one région. */
export type RegionConventionCount = {
  __typename?: 'RegionConventionCount';
  /** The région. */
  region?: Maybe<Territory>;
  /** Number of conventions with a party in it (or inside it). */
  count: Scalars['Int']['output'];
};

/** How many applications to one programme are in one status. */
export type ApplicationCount = {
  __typename?: 'ApplicationCount';
  /** The programme (cohort applications count for their programme). */
  programme: Programme;
  /** The status. */
  status: ApplicationStatus;
  /** Number of applications. */
  count: Scalars['Int']['output'];
};

/** How full a cohort is. */
export type CohortFill = {
  __typename?: 'CohortFill';
  /** The cohort. */
  cohort: Cohort;
  /** Its capacity. */
  capacity: Scalars['Int']['output'];
  /**
   * Former name of `enrolledCount` (same value), kept until a later release removes it.
   * @deprecated Use `enrolledCount` instead.
   */
  enrolled: Scalars['Int']['output'];
  /** Enrolled territories. */
  enrolledCount: Scalars['Int']['output'];
  /**
   * Former name of `offeredCount` (same value), kept until a later release removes it.
   * @deprecated Use `offeredCount` instead.
   */
  offered: Scalars['Int']['output'];
  /** Places offered to waitlisted territories, not answered yet. */
  offeredCount: Scalars['Int']['output'];
  /** Places neither enrolled nor offered. */
  seatsLeft: Scalars['Int']['output'];
  /** enrolled / capacity (0 to 1). */
  fillRate: Scalars['Float']['output'];
};

/** The progress of one commitment, in brief. */
export type CommitmentProgressSummary = {
  __typename?: 'CommitmentProgressSummary';
  /** Its number. */
  number: Scalars['Int']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
  /** Its overall progress (0 to 1); null when it has neither milestones nor indicators. */
  progress?: Maybe<Scalars['Float']['output']>;
  /**
   * Former name of `lateMilestoneCount` (same value), kept until a later release removes it.
   * @deprecated Use `lateMilestoneCount` instead.
   */
  lateMilestones: Scalars['Int']['output'];
  /** Its milestones past due and not done. */
  lateMilestoneCount: Scalars['Int']['output'];
};

/** How far a convention's commitments are. */
export type ConventionProgress = {
  __typename?: 'ConventionProgress';
  /** The convention. */
  convention: Convention;
  /** Mean progress of its measurable commitments (0 to 1); null when none is measurable. */
  progress?: Maybe<Scalars['Float']['output']>;
  /** Each commitment, in order. */
  commitments: Array<CommitmentProgressSummary>;
};

/** A page of convention progress entries. */
export type ConventionProgressConnection = {
  __typename?: 'ConventionProgressConnection';
  /** The entries of this page with their cursors. */
  edges: Array<ConventionProgressEdge>;
  /** The nodes of this page, in the order of `edges` (each edge's `node`, without its cursor). */
  nodes: Array<ConventionProgress>;
  /** Whether more pages follow, and where to resume. */
  pageInfo: PageInfo;
  /** Number of conventions, all pages together. */
  totalCount: Scalars['Int']['output'];
};

/** A convention progress entry and its cursor. */
export type ConventionProgressEdge = {
  __typename?: 'ConventionProgressEdge';
  /** Opaque cursor to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: ConventionProgress;
};

/** Criteria of `ConventionStatistics.conventionProgress`. */
export type ConventionProgressFilter = {
  /** Only conventions in one of these statuses (one status is a list of one). */
  statuses?: InputMaybe<Array<ConventionStatus>>;
};

/**
 * Figures for dashboards: counts only, public (they name no application). With a territory, conventions
 * and applications are those of that territory and everything inside it.
 */
export type ConventionStatistics = {
  __typename?: 'ConventionStatistics';
  /** Number of conventions in each status (every status listed, zeros included). */
  conventionsByStatus: Array<ConventionStatusCount>;
  /** Number of conventions per région (régions with at least one), most first. */
  conventionsByRegion: Array<RegionConventionCount>;
  /** Number of applications per programme and status (pairs with at least one). */
  applicationsByProgramme: Array<ApplicationCount>;
  /** How full each cohort is; latest cycle first. */
  cohortFill: Array<CohortFill>;
  /** Progress of each convention's commitments; newest convention first. */
  conventionProgress: ConventionProgressConnection;
};


/**
 * Figures for dashboards: counts only, public (they name no application). With a territory, conventions
 * and applications are those of that territory and everything inside it.
 */
export type ConventionStatisticsCohortFillArgs = {
  filter?: InputMaybe<CohortFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Figures for dashboards: counts only, public (they name no application). With a territory, conventions
 * and applications are those of that territory and everything inside it.
 */
export type ConventionStatisticsConventionProgressArgs = {
  filter?: InputMaybe<ConventionProgressFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
};

/** What `conventionStatistics` counts (the same shape as `KnowledgeStatisticsFilter`); absent: all of France. */
export type ConventionStatisticsFilter = {
  /** Only conventions and applications of this territory and everything inside it (e.g. `REGION:84`). */
  territory?: InputMaybe<Scalars['ID']['input']>;
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
  Cohort: Cohort;
  Application: Application;
  Diagnostic: Diagnostic;
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
  Cohort:
    ( { __typename: 'Cohort' }
    & GraphQLRecursivePick<FederationTypes['Cohort'], {"id":true}> );
  Application:
    ( { __typename: 'Application' }
    & GraphQLRecursivePick<FederationTypes['Application'], {"id":true}> );
  Diagnostic:
    ( { __typename: 'Diagnostic' }
    & GraphQLRecursivePick<FederationTypes['Diagnostic'], {"id":true}> );
};


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Actor:
    | ( { __typename?: 'Territory'; id: string } )
    | ( { __typename?: 'Organisation'; id: string } )
  ;
  Node:
    | ( ConventionRecord )
    | ( ProgrammeRecord )
    | ( CohortRecord )
    | ( ApplicationRecord )
    | ( DiagnosticRecord )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Actor: ResolverTypeWrapper<{ __typename: 'Territory' | 'Organisation'; id: string }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Territory: ResolverTypeWrapper<{ __typename?: 'Territory'; id: string }>;
  Organisation: ResolverTypeWrapper<{ __typename?: 'Organisation'; id: string }>;
  ConventionStatus: ConventionStatus;
  DocumentKind: DocumentKind;
  Convention: ResolverTypeWrapper<ConventionRecord>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ConventionParty: ResolverTypeWrapper<PartyRecord>;
  Signatory: ResolverTypeWrapper<SignatoryRecord>;
  ConventionDocument: ResolverTypeWrapper<DocumentRecord>;
  ConventionStatusChange: ResolverTypeWrapper<ConventionStatusChangeRecord>;
  Commitment: ResolverTypeWrapper<CommitmentRecord>;
  CommitmentProgress: ResolverTypeWrapper<import('../domain/conventions/progress').CommitmentProgress>;
  Milestone: ResolverTypeWrapper<MilestoneRecord>;
  Indicator: ResolverTypeWrapper<IndicatorRecord>;
  IndicatorValue: ResolverTypeWrapper<IndicatorValueRecord>;
  ConventionConnection: ResolverTypeWrapper<import('@fabrique/kit').Connection<import('../models/conventions/schema').ConventionRecord>>;
  ConventionEdge: ResolverTypeWrapper<Omit<ConventionEdge, 'node'> & { node: ResolversTypes['Convention'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  DateRange: DateRange;
  ConventionFilter: ConventionFilter;
  ActorConventionFilter: ActorConventionFilter;
  ConventionPartyInput: ConventionPartyInput;
  SignatoryInput: SignatoryInput;
  ConventionDocumentInput: ConventionDocumentInput;
  MilestoneInput: MilestoneInput;
  MilestoneChangesInput: MilestoneChangesInput;
  IndicatorInput: IndicatorInput;
  CommitmentInput: CommitmentInput;
  CommitmentChangesInput: CommitmentChangesInput;
  CreateConventionInput: CreateConventionInput;
  ConventionChangesInput: ConventionChangesInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateConventionInput: UpdateConventionInput;
  ChangeConventionStatusInput: ChangeConventionStatusInput;
  AddConventionDocumentInput: AddConventionDocumentInput;
  RemoveConventionDocumentInput: RemoveConventionDocumentInput;
  AddCommitmentInput: AddCommitmentInput;
  UpdateCommitmentInput: UpdateCommitmentInput;
  AddMilestoneInput: AddMilestoneInput;
  UpdateMilestoneInput: UpdateMilestoneInput;
  AddIndicatorInput: AddIndicatorInput;
  RecordIndicatorValueInput: RecordIndicatorValueInput;
  ProgrammeKind: ProgrammeKind;
  Programme: ResolverTypeWrapper<ProgrammeRecord>;
  ProgrammeRules: ResolverTypeWrapper<ProgrammeRules>;
  Cohort: ResolverTypeWrapper<CohortRecord>;
  CohortSession: ResolverTypeWrapper<SessionRecord>;
  CohortConnection: ResolverTypeWrapper<import('@fabrique/kit').Connection<import('../models/cohorts/schema').CohortRecord>>;
  CohortEdge: ResolverTypeWrapper<Omit<CohortEdge, 'node'> & { node: ResolversTypes['Cohort'] }>;
  ApplicationStatus: ApplicationStatus;
  Application: ResolverTypeWrapper<ApplicationRecord>;
  ApplicationStatusChange: ResolverTypeWrapper<import('../models/shared/statusChange').StatusChangeRecord<import('../models/applications/schema').ApplicationStatus>>;
  ApplicationConnection: ResolverTypeWrapper<import('@fabrique/kit').Connection<import('../models/applications/schema').ApplicationRecord>>;
  ApplicationEdge: ResolverTypeWrapper<Omit<ApplicationEdge, 'node'> & { node: ResolversTypes['Application'] }>;
  Enrolment: ResolverTypeWrapper<ApplicationRecord>;
  EnrolmentConnection: ResolverTypeWrapper<import('@fabrique/kit').Connection<import('../models/applications/schema').ApplicationRecord>>;
  EnrolmentEdge: ResolverTypeWrapper<Omit<EnrolmentEdge, 'node'> & { node: ResolversTypes['Enrolment'] }>;
  CohortSessionInput: CohortSessionInput;
  CohortSessionChangesInput: CohortSessionChangesInput;
  CreateCohortInput: CreateCohortInput;
  CohortChangesInput: CohortChangesInput;
  ApplicationInput: ApplicationInput;
  CohortFilter: CohortFilter;
  ApplicationFilter: ApplicationFilter;
  ApplicationStatusFilter: ApplicationStatusFilter;
  UpdateCohortInput: UpdateCohortInput;
  AddCohortSessionInput: AddCohortSessionInput;
  UpdateCohortSessionInput: UpdateCohortSessionInput;
  RemoveCohortSessionInput: RemoveCohortSessionInput;
  ShortlistApplicationInput: ShortlistApplicationInput;
  WaitlistApplicationInput: WaitlistApplicationInput;
  AcceptApplicationInput: AcceptApplicationInput;
  RejectApplicationInput: RejectApplicationInput;
  WithdrawApplicationInput: WithdrawApplicationInput;
  AcceptOfferInput: AcceptOfferInput;
  DeclineOfferInput: DeclineOfferInput;
  Diagnostic: ResolverTypeWrapper<DiagnosticRecord>;
  DiagnosticConnection: ResolverTypeWrapper<import('@fabrique/kit').Connection<import('../models/diagnostics/schema').DiagnosticRecord>>;
  DiagnosticEdge: ResolverTypeWrapper<Omit<DiagnosticEdge, 'node'> & { node: ResolversTypes['Diagnostic'] }>;
  CreateDiagnosticInput: CreateDiagnosticInput;
  DiagnosticChangesInput: DiagnosticChangesInput;
  DiagnosticFilter: DiagnosticFilter;
  UpdateDiagnosticInput: UpdateDiagnosticInput;
  ConventionStatusCount: ResolverTypeWrapper<ConventionStatusCount>;
  RegionConventionCount: ResolverTypeWrapper<Omit<RegionConventionCount, 'region'> & { region?: Maybe<ResolversTypes['Territory']> }>;
  ApplicationCount: ResolverTypeWrapper<Omit<ApplicationCount, 'programme'> & { programme: ResolversTypes['Programme'] }>;
  CohortFill: ResolverTypeWrapper<Awaited<ReturnType<typeof import('../domain/statistics').cohortFill>>[number]>;
  CommitmentProgressSummary: ResolverTypeWrapper<import('../domain/statistics').ConventionProgressRow['commitments'][number]>;
  ConventionProgress: ResolverTypeWrapper<Omit<ConventionProgress, 'convention' | 'commitments'> & { convention: ResolversTypes['Convention'], commitments: Array<ResolversTypes['CommitmentProgressSummary']> }>;
  ConventionProgressConnection: ResolverTypeWrapper<import('@fabrique/kit').Connection<import('../domain/statistics').ConventionProgressRow>>;
  ConventionProgressEdge: ResolverTypeWrapper<Omit<ConventionProgressEdge, 'node'> & { node: ResolversTypes['ConventionProgress'] }>;
  ConventionProgressFilter: ConventionProgressFilter;
  ConventionStatistics: ResolverTypeWrapper<StatisticsScope>;
  ConventionStatisticsFilter: ConventionStatisticsFilter;
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
  Actor: { __typename: 'Territory' | 'Organisation'; id: string };
  ID: Scalars['ID']['output'];
  Territory: { __typename?: 'Territory'; id: string };
  Organisation: { __typename?: 'Organisation'; id: string };
  Convention: ConventionRecord;
  Float: Scalars['Float']['output'];
  ConventionParty: PartyRecord;
  Signatory: SignatoryRecord;
  ConventionDocument: DocumentRecord;
  ConventionStatusChange: ConventionStatusChangeRecord;
  Commitment: CommitmentRecord;
  CommitmentProgress: import('../domain/conventions/progress').CommitmentProgress;
  Milestone: MilestoneRecord;
  Indicator: IndicatorRecord;
  IndicatorValue: IndicatorValueRecord;
  ConventionConnection: import('@fabrique/kit').Connection<import('../models/conventions/schema').ConventionRecord>;
  ConventionEdge: Omit<ConventionEdge, 'node'> & { node: ResolversParentTypes['Convention'] };
  PageInfo: PageInfo;
  DateRange: DateRange;
  ConventionFilter: ConventionFilter;
  ActorConventionFilter: ActorConventionFilter;
  ConventionPartyInput: ConventionPartyInput;
  SignatoryInput: SignatoryInput;
  ConventionDocumentInput: ConventionDocumentInput;
  MilestoneInput: MilestoneInput;
  MilestoneChangesInput: MilestoneChangesInput;
  IndicatorInput: IndicatorInput;
  CommitmentInput: CommitmentInput;
  CommitmentChangesInput: CommitmentChangesInput;
  CreateConventionInput: CreateConventionInput;
  ConventionChangesInput: ConventionChangesInput;
  Query: Record<PropertyKey, never>;
  Mutation: Record<PropertyKey, never>;
  UpdateConventionInput: UpdateConventionInput;
  ChangeConventionStatusInput: ChangeConventionStatusInput;
  AddConventionDocumentInput: AddConventionDocumentInput;
  RemoveConventionDocumentInput: RemoveConventionDocumentInput;
  AddCommitmentInput: AddCommitmentInput;
  UpdateCommitmentInput: UpdateCommitmentInput;
  AddMilestoneInput: AddMilestoneInput;
  UpdateMilestoneInput: UpdateMilestoneInput;
  AddIndicatorInput: AddIndicatorInput;
  RecordIndicatorValueInput: RecordIndicatorValueInput;
  Programme: ProgrammeRecord;
  ProgrammeRules: ProgrammeRules;
  Cohort: CohortRecord;
  CohortSession: SessionRecord;
  CohortConnection: import('@fabrique/kit').Connection<import('../models/cohorts/schema').CohortRecord>;
  CohortEdge: Omit<CohortEdge, 'node'> & { node: ResolversParentTypes['Cohort'] };
  Application: ApplicationRecord;
  ApplicationStatusChange: import('../models/shared/statusChange').StatusChangeRecord<import('../models/applications/schema').ApplicationStatus>;
  ApplicationConnection: import('@fabrique/kit').Connection<import('../models/applications/schema').ApplicationRecord>;
  ApplicationEdge: Omit<ApplicationEdge, 'node'> & { node: ResolversParentTypes['Application'] };
  Enrolment: ApplicationRecord;
  EnrolmentConnection: import('@fabrique/kit').Connection<import('../models/applications/schema').ApplicationRecord>;
  EnrolmentEdge: Omit<EnrolmentEdge, 'node'> & { node: ResolversParentTypes['Enrolment'] };
  CohortSessionInput: CohortSessionInput;
  CohortSessionChangesInput: CohortSessionChangesInput;
  CreateCohortInput: CreateCohortInput;
  CohortChangesInput: CohortChangesInput;
  ApplicationInput: ApplicationInput;
  CohortFilter: CohortFilter;
  ApplicationFilter: ApplicationFilter;
  ApplicationStatusFilter: ApplicationStatusFilter;
  UpdateCohortInput: UpdateCohortInput;
  AddCohortSessionInput: AddCohortSessionInput;
  UpdateCohortSessionInput: UpdateCohortSessionInput;
  RemoveCohortSessionInput: RemoveCohortSessionInput;
  ShortlistApplicationInput: ShortlistApplicationInput;
  WaitlistApplicationInput: WaitlistApplicationInput;
  AcceptApplicationInput: AcceptApplicationInput;
  RejectApplicationInput: RejectApplicationInput;
  WithdrawApplicationInput: WithdrawApplicationInput;
  AcceptOfferInput: AcceptOfferInput;
  DeclineOfferInput: DeclineOfferInput;
  Diagnostic: DiagnosticRecord;
  DiagnosticConnection: import('@fabrique/kit').Connection<import('../models/diagnostics/schema').DiagnosticRecord>;
  DiagnosticEdge: Omit<DiagnosticEdge, 'node'> & { node: ResolversParentTypes['Diagnostic'] };
  CreateDiagnosticInput: CreateDiagnosticInput;
  DiagnosticChangesInput: DiagnosticChangesInput;
  DiagnosticFilter: DiagnosticFilter;
  UpdateDiagnosticInput: UpdateDiagnosticInput;
  ConventionStatusCount: ConventionStatusCount;
  RegionConventionCount: Omit<RegionConventionCount, 'region'> & { region?: Maybe<ResolversParentTypes['Territory']> };
  ApplicationCount: Omit<ApplicationCount, 'programme'> & { programme: ResolversParentTypes['Programme'] };
  CohortFill: Awaited<ReturnType<typeof import('../domain/statistics').cohortFill>>[number];
  CommitmentProgressSummary: import('../domain/statistics').ConventionProgressRow['commitments'][number];
  ConventionProgress: Omit<ConventionProgress, 'convention' | 'commitments'> & { convention: ResolversParentTypes['Convention'], commitments: Array<ResolversParentTypes['CommitmentProgressSummary']> };
  ConventionProgressConnection: import('@fabrique/kit').Connection<import('../domain/statistics').ConventionProgressRow>;
  ConventionProgressEdge: Omit<ConventionProgressEdge, 'node'> & { node: ResolversParentTypes['ConventionProgress'] };
  ConventionProgressFilter: ConventionProgressFilter;
  ConventionStatistics: StatisticsScope;
  ConventionStatisticsFilter: ConventionStatisticsFilter;
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

export type CacheControlDirectiveResolver<Result, Parent, ContextType = ConventionsContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type LinkDirectiveArgs = {
  url?: Maybe<Scalars['String']['input']>;
  as?: Maybe<Scalars['String']['input']>;
  for?: Maybe<Link__Purpose>;
  import?: Maybe<Array<Maybe<Scalars['link__Import']['input']>>>;
};

export type LinkDirectiveResolver<Result, Parent, ContextType = ConventionsContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__RequiresDirectiveArgs = {
  fields: Scalars['federation__FieldSet']['input'];
};

export type Federation__RequiresDirectiveResolver<Result, Parent, ContextType = ConventionsContext, Args = Federation__RequiresDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ProvidesDirectiveArgs = {
  fields: Scalars['federation__FieldSet']['input'];
};

export type Federation__ProvidesDirectiveResolver<Result, Parent, ContextType = ConventionsContext, Args = Federation__ProvidesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ExternalDirectiveArgs = {
  reason?: Maybe<Scalars['String']['input']>;
};

export type Federation__ExternalDirectiveResolver<Result, Parent, ContextType = ConventionsContext, Args = Federation__ExternalDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__TagDirectiveArgs = {
  name: Scalars['String']['input'];
};

export type Federation__TagDirectiveResolver<Result, Parent, ContextType = ConventionsContext, Args = Federation__TagDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ExtendsDirectiveArgs = { };

export type Federation__ExtendsDirectiveResolver<Result, Parent, ContextType = ConventionsContext, Args = Federation__ExtendsDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = ConventionsContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__InaccessibleDirectiveArgs = { };

export type Federation__InaccessibleDirectiveResolver<Result, Parent, ContextType = ConventionsContext, Args = Federation__InaccessibleDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__OverrideDirectiveArgs = {
  from: Scalars['String']['input'];
  label?: Maybe<Scalars['String']['input']>;
};

export type Federation__OverrideDirectiveResolver<Result, Parent, ContextType = ConventionsContext, Args = Federation__OverrideDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__ComposeDirectiveDirectiveArgs = {
  name?: Maybe<Scalars['String']['input']>;
};

export type Federation__ComposeDirectiveDirectiveResolver<Result, Parent, ContextType = ConventionsContext, Args = Federation__ComposeDirectiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__InterfaceObjectDirectiveArgs = { };

export type Federation__InterfaceObjectDirectiveResolver<Result, Parent, ContextType = ConventionsContext, Args = Federation__InterfaceObjectDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__AuthenticatedDirectiveArgs = { };

export type Federation__AuthenticatedDirectiveResolver<Result, Parent, ContextType = ConventionsContext, Args = Federation__AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['federation__Scope']['input']>>;
};

export type Federation__RequiresScopesDirectiveResolver<Result, Parent, ContextType = ConventionsContext, Args = Federation__RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type Federation__PolicyDirectiveArgs = {
  policies: Array<Array<Scalars['federation__Policy']['input']>>;
};

export type Federation__PolicyDirectiveResolver<Result, Parent, ContextType = ConventionsContext, Args = Federation__PolicyDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActorResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor'], FederationReferenceType extends FederationReferenceTypes['Actor'] = FederationReferenceTypes['Actor']> = {
  __resolveType: TypeResolveFn<'Territory' | 'Organisation', ParentType, ContextType>;
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Actor']> | FederationReferenceType, FederationReferenceType, ContextType>;
};

export type TerritoryResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['Territory'] = ResolversParentTypes['Territory'], FederationReferenceType extends FederationReferenceTypes['Territory'] = FederationReferenceTypes['Territory']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Territory']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  conventions?: Resolver<Maybe<ResolversTypes['ConventionConnection']>, ParentType, ContextType, RequireFields<TerritoryConventionsArgs, 'first'>>;
  applications?: Resolver<Maybe<ResolversTypes['ApplicationConnection']>, ParentType, ContextType, RequireFields<TerritoryApplicationsArgs, 'first'>>;
  enrolments?: Resolver<Maybe<ResolversTypes['EnrolmentConnection']>, ParentType, ContextType, RequireFields<TerritoryEnrolmentsArgs, 'first'>>;
  diagnostics?: Resolver<Maybe<ResolversTypes['DiagnosticConnection']>, ParentType, ContextType, RequireFields<TerritoryDiagnosticsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation'], FederationReferenceType extends FederationReferenceTypes['Organisation'] = FederationReferenceTypes['Organisation']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organisation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  conventions?: Resolver<Maybe<ResolversTypes['ConventionConnection']>, ParentType, ContextType, RequireFields<OrganisationConventionsArgs, 'first'>>;
  cohorts?: Resolver<Maybe<ResolversTypes['CohortConnection']>, ParentType, ContextType, RequireFields<OrganisationCohortsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConventionResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['Convention'] = ResolversParentTypes['Convention'], FederationReferenceType extends FederationReferenceTypes['Convention'] = FederationReferenceTypes['Convention']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Convention']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ConventionStatus'], ParentType, ContextType>;
  allowedTransitions?: Resolver<Array<ResolversTypes['ConventionStatus']>, ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  startsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  endsOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['ConventionParty']>, ParentType, ContextType>;
  signatories?: Resolver<Array<ResolversTypes['Signatory']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['ConventionDocument']>, ParentType, ContextType>;
  commitments?: Resolver<Array<ResolversTypes['Commitment']>, ParentType, ContextType>;
  commitment?: Resolver<Maybe<ResolversTypes['Commitment']>, ParentType, ContextType, RequireFields<ConventionCommitmentArgs, 'number'>>;
  progress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['ConventionStatusChange']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ConventionPartyResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['ConventionParty'] = ResolversParentTypes['ConventionParty']> = {
  actor?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SignatoryResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['Signatory'] = ResolversParentTypes['Signatory']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onBehalfOf?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  signedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ConventionDocumentResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['ConventionDocument'] = ResolversParentTypes['ConventionDocument']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['URL'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DocumentKind'], ParentType, ContextType>;
  addedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ConventionStatusChangeResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['ConventionStatusChange'] = ResolversParentTypes['ConventionStatusChange']> = {
  from?: Resolver<Maybe<ResolversTypes['ConventionStatus']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ConventionStatus'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  effectiveOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CommitmentResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['Commitment'] = ResolversParentTypes['Commitment']> = {
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['CommitmentProgress'], ParentType, ContextType>;
};

export type CommitmentProgressResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['CommitmentProgress'] = ResolversParentTypes['CommitmentProgress']> = {
  milestonesTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  milestoneCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  milestonesDone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  doneMilestoneCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lateMilestones?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lateMilestoneCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  milestoneShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  indicatorCompletion?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  overall?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MilestoneResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  doneOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  baseline?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  currentValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  completion?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
};

export type IndicatorValueResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['IndicatorValue'] = ResolversParentTypes['IndicatorValue']> = {
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  measuredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConventionConnectionResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['ConventionConnection'] = ResolversParentTypes['ConventionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConventionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Convention']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConventionEdgeResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['ConventionEdge'] = ResolversParentTypes['ConventionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Convention'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  programmes?: Resolver<Maybe<Array<ResolversTypes['Programme']>>, ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['Programme']>, ParentType, ContextType, RequireFields<QueryProgrammeArgs, 'kind'>>;
  convention?: Resolver<Maybe<ResolversTypes['Convention']>, ParentType, ContextType, RequireFields<QueryConventionArgs, 'id'>>;
  conventions?: Resolver<Maybe<ResolversTypes['ConventionConnection']>, ParentType, ContextType, RequireFields<QueryConventionsArgs, 'first'>>;
  cohort?: Resolver<Maybe<ResolversTypes['Cohort']>, ParentType, ContextType, RequireFields<QueryCohortArgs, 'id'>>;
  cohorts?: Resolver<Maybe<ResolversTypes['CohortConnection']>, ParentType, ContextType, RequireFields<QueryCohortsArgs, 'first'>>;
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType, RequireFields<QueryApplicationArgs, 'id'>>;
  applications?: Resolver<Maybe<ResolversTypes['ApplicationConnection']>, ParentType, ContextType, RequireFields<QueryApplicationsArgs, 'first'>>;
  diagnostic?: Resolver<Maybe<ResolversTypes['Diagnostic']>, ParentType, ContextType, RequireFields<QueryDiagnosticArgs, 'id'>>;
  diagnostics?: Resolver<Maybe<ResolversTypes['DiagnosticConnection']>, ParentType, ContextType, RequireFields<QueryDiagnosticsArgs, 'first'>>;
  conventionStatistics?: Resolver<Maybe<ResolversTypes['ConventionStatistics']>, ParentType, ContextType, Partial<QueryConventionStatisticsArgs>>;
  _conventionsNodeTypes?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType, RequireFields<Query_ConventionsNodeTypesArgs, 'ids'>>;
};

export type MutationResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createConvention?: Resolver<ResolversTypes['Convention'], ParentType, ContextType, RequireFields<MutationCreateConventionArgs, 'input'>>;
  updateConvention?: Resolver<ResolversTypes['Convention'], ParentType, ContextType, RequireFields<MutationUpdateConventionArgs, 'input'>>;
  changeConventionStatus?: Resolver<ResolversTypes['Convention'], ParentType, ContextType, RequireFields<MutationChangeConventionStatusArgs, 'input'>>;
  addConventionDocument?: Resolver<ResolversTypes['Convention'], ParentType, ContextType, RequireFields<MutationAddConventionDocumentArgs, 'input'>>;
  removeConventionDocument?: Resolver<ResolversTypes['Convention'], ParentType, ContextType, RequireFields<MutationRemoveConventionDocumentArgs, 'input'>>;
  addCommitment?: Resolver<ResolversTypes['Convention'], ParentType, ContextType, RequireFields<MutationAddCommitmentArgs, 'input'>>;
  updateCommitment?: Resolver<ResolversTypes['Convention'], ParentType, ContextType, RequireFields<MutationUpdateCommitmentArgs, 'input'>>;
  addMilestone?: Resolver<ResolversTypes['Convention'], ParentType, ContextType, RequireFields<MutationAddMilestoneArgs, 'input'>>;
  updateMilestone?: Resolver<ResolversTypes['Convention'], ParentType, ContextType, RequireFields<MutationUpdateMilestoneArgs, 'input'>>;
  addIndicator?: Resolver<ResolversTypes['Convention'], ParentType, ContextType, RequireFields<MutationAddIndicatorArgs, 'input'>>;
  recordIndicatorValue?: Resolver<ResolversTypes['Convention'], ParentType, ContextType, RequireFields<MutationRecordIndicatorValueArgs, 'input'>>;
  createCohort?: Resolver<ResolversTypes['Cohort'], ParentType, ContextType, RequireFields<MutationCreateCohortArgs, 'input'>>;
  updateCohort?: Resolver<ResolversTypes['Cohort'], ParentType, ContextType, RequireFields<MutationUpdateCohortArgs, 'input'>>;
  addCohortSession?: Resolver<ResolversTypes['Cohort'], ParentType, ContextType, RequireFields<MutationAddCohortSessionArgs, 'input'>>;
  updateCohortSession?: Resolver<ResolversTypes['Cohort'], ParentType, ContextType, RequireFields<MutationUpdateCohortSessionArgs, 'input'>>;
  removeCohortSession?: Resolver<ResolversTypes['Cohort'], ParentType, ContextType, RequireFields<MutationRemoveCohortSessionArgs, 'input'>>;
  submitApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationSubmitApplicationArgs, 'input'>>;
  shortlistApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationShortlistApplicationArgs, 'input'>>;
  waitlistApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationWaitlistApplicationArgs, 'input'>>;
  acceptApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationAcceptApplicationArgs, 'input'>>;
  rejectApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationRejectApplicationArgs, 'input'>>;
  withdrawApplication?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationWithdrawApplicationArgs, 'input'>>;
  acceptOffer?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationAcceptOfferArgs, 'input'>>;
  declineOffer?: Resolver<ResolversTypes['Application'], ParentType, ContextType, RequireFields<MutationDeclineOfferArgs, 'input'>>;
  createDiagnostic?: Resolver<ResolversTypes['Diagnostic'], ParentType, ContextType, RequireFields<MutationCreateDiagnosticArgs, 'input'>>;
  updateDiagnostic?: Resolver<ResolversTypes['Diagnostic'], ParentType, ContextType, RequireFields<MutationUpdateDiagnosticArgs, 'input'>>;
};

export type ProgrammeResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['Programme'] = ResolversParentTypes['Programme'], FederationReferenceType extends FederationReferenceTypes['Programme'] = FederationReferenceTypes['Programme']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Programme']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProgrammeKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rules?: Resolver<ResolversTypes['ProgrammeRules'], ParentType, ContextType>;
  cohorts?: Resolver<Maybe<ResolversTypes['CohortConnection']>, ParentType, ContextType, RequireFields<ProgrammeCohortsArgs, 'first'>>;
  applications?: Resolver<Maybe<ResolversTypes['ApplicationConnection']>, ParentType, ContextType, RequireFields<ProgrammeApplicationsArgs, 'first'>>;
  enrolments?: Resolver<Maybe<ResolversTypes['EnrolmentConnection']>, ParentType, ContextType, RequireFields<ProgrammeEnrolmentsArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProgrammeRulesResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['ProgrammeRules'] = ResolversParentTypes['ProgrammeRules']> = {
  minDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  maxDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  cycleMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  cohortCapacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nationalCapacity?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CohortResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['Cohort'] = ResolversParentTypes['Cohort'], FederationReferenceType extends FederationReferenceTypes['Cohort'] = FederationReferenceTypes['Cohort']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Cohort']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  partners?: Resolver<Maybe<Array<ResolversTypes['Actor']>>, ParentType, ContextType>;
  sessions?: Resolver<Array<ResolversTypes['CohortSession']>, ParentType, ContextType>;
  trainingDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ruleIssues?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  enrolments?: Resolver<Array<ResolversTypes['Enrolment']>, ParentType, ContextType>;
  enrolledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offeredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seatsLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fillRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  waitlist?: Resolver<ResolversTypes['ApplicationConnection'], ParentType, ContextType, RequireFields<CohortWaitlistArgs, 'first'>>;
  applications?: Resolver<Maybe<ResolversTypes['ApplicationConnection']>, ParentType, ContextType, RequireFields<CohortApplicationsArgs, 'first'>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CohortSessionResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['CohortSession'] = ResolversParentTypes['CohortSession']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CohortConnectionResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['CohortConnection'] = ResolversParentTypes['CohortConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CohortEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Cohort']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CohortEdgeResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['CohortEdge'] = ResolversParentTypes['CohortEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Cohort'], ParentType, ContextType>;
};

export type ApplicationResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['Application'] = ResolversParentTypes['Application'], FederationReferenceType extends FederationReferenceTypes['Application'] = FederationReferenceTypes['Application']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Application']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  territory?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  cohort?: Resolver<Maybe<ResolversTypes['Cohort']>, ParentType, ContextType>;
  motivation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
  nextStatuses?: Resolver<Array<ResolversTypes['ApplicationStatus']>, ParentType, ContextType>;
  waitlistPosition?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  seatNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  enrolment?: Resolver<Maybe<ResolversTypes['Enrolment']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['ApplicationStatusChange']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ApplicationStatusChangeResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['ApplicationStatusChange'] = ResolversParentTypes['ApplicationStatusChange']> = {
  from?: Resolver<Maybe<ResolversTypes['ApplicationStatus']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ApplicationConnectionResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['ApplicationConnection'] = ResolversParentTypes['ApplicationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ApplicationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Application']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApplicationEdgeResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['ApplicationEdge'] = ResolversParentTypes['ApplicationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Application'], ParentType, ContextType>;
};

export type EnrolmentResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['Enrolment'] = ResolversParentTypes['Enrolment']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  territory?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  cohort?: Resolver<Maybe<ResolversTypes['Cohort']>, ParentType, ContextType>;
  seatNumber?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  enrolledAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
};

export type EnrolmentConnectionResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['EnrolmentConnection'] = ResolversParentTypes['EnrolmentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EnrolmentEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Enrolment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EnrolmentEdgeResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['EnrolmentEdge'] = ResolversParentTypes['EnrolmentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Enrolment'], ParentType, ContextType>;
};

export type DiagnosticResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['Diagnostic'] = ResolversParentTypes['Diagnostic'], FederationReferenceType extends FederationReferenceTypes['Diagnostic'] = FederationReferenceTypes['Diagnostic']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Diagnostic']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  territory?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType>;
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  application?: Resolver<Maybe<ResolversTypes['Application']>, ParentType, ContextType>;
  auditDays?: Resolver<Array<ResolversTypes['Date']>, ParentType, ContextType>;
  auditDayCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  strengths?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  weaknesses?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  recommendations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  deliveredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DiagnosticConnectionResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['DiagnosticConnection'] = ResolversParentTypes['DiagnosticConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DiagnosticEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Diagnostic']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DiagnosticEdgeResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['DiagnosticEdge'] = ResolversParentTypes['DiagnosticEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Diagnostic'], ParentType, ContextType>;
};

export type ConventionStatusCountResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['ConventionStatusCount'] = ResolversParentTypes['ConventionStatusCount']> = {
  status?: Resolver<ResolversTypes['ConventionStatus'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RegionConventionCountResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['RegionConventionCount'] = ResolversParentTypes['RegionConventionCount']> = {
  region?: Resolver<Maybe<ResolversTypes['Territory']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApplicationCountResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['ApplicationCount'] = ResolversParentTypes['ApplicationCount']> = {
  programme?: Resolver<ResolversTypes['Programme'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApplicationStatus'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CohortFillResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['CohortFill'] = ResolversParentTypes['CohortFill']> = {
  cohort?: Resolver<ResolversTypes['Cohort'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enrolled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  enrolledCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  offeredCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seatsLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fillRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type CommitmentProgressSummaryResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['CommitmentProgressSummary'] = ResolversParentTypes['CommitmentProgressSummary']> = {
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lateMilestones?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lateMilestoneCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConventionProgressResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['ConventionProgress'] = ResolversParentTypes['ConventionProgress']> = {
  convention?: Resolver<ResolversTypes['Convention'], ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  commitments?: Resolver<Array<ResolversTypes['CommitmentProgressSummary']>, ParentType, ContextType>;
};

export type ConventionProgressConnectionResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['ConventionProgressConnection'] = ResolversParentTypes['ConventionProgressConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ConventionProgressEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ConventionProgress']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConventionProgressEdgeResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['ConventionProgressEdge'] = ResolversParentTypes['ConventionProgressEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConventionProgress'], ParentType, ContextType>;
};

export type ConventionStatisticsResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['ConventionStatistics'] = ResolversParentTypes['ConventionStatistics']> = {
  conventionsByStatus?: Resolver<Array<ResolversTypes['ConventionStatusCount']>, ParentType, ContextType>;
  conventionsByRegion?: Resolver<Array<ResolversTypes['RegionConventionCount']>, ParentType, ContextType>;
  applicationsByProgramme?: Resolver<Array<ResolversTypes['ApplicationCount']>, ParentType, ContextType>;
  cohortFill?: Resolver<Array<ResolversTypes['CohortFill']>, ParentType, ContextType, RequireFields<ConventionStatisticsCohortFillArgs, 'first'>>;
  conventionProgress?: Resolver<ResolversTypes['ConventionProgressConnection'], ParentType, ContextType, RequireFields<ConventionStatisticsConventionProgressArgs, 'first'>>;
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

export type NodeResolvers<ContextType = ConventionsContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Convention' | 'Programme' | 'Cohort' | 'Application' | 'Diagnostic', ParentType, ContextType>;
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

export type Resolvers<ContextType = ConventionsContext> = {
  Actor?: ActorResolvers<ContextType>;
  Territory?: TerritoryResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  Convention?: ConventionResolvers<ContextType>;
  ConventionParty?: ConventionPartyResolvers<ContextType>;
  Signatory?: SignatoryResolvers<ContextType>;
  ConventionDocument?: ConventionDocumentResolvers<ContextType>;
  ConventionStatusChange?: ConventionStatusChangeResolvers<ContextType>;
  Commitment?: CommitmentResolvers<ContextType>;
  CommitmentProgress?: CommitmentProgressResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorValue?: IndicatorValueResolvers<ContextType>;
  ConventionConnection?: ConventionConnectionResolvers<ContextType>;
  ConventionEdge?: ConventionEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Programme?: ProgrammeResolvers<ContextType>;
  ProgrammeRules?: ProgrammeRulesResolvers<ContextType>;
  Cohort?: CohortResolvers<ContextType>;
  CohortSession?: CohortSessionResolvers<ContextType>;
  CohortConnection?: CohortConnectionResolvers<ContextType>;
  CohortEdge?: CohortEdgeResolvers<ContextType>;
  Application?: ApplicationResolvers<ContextType>;
  ApplicationStatusChange?: ApplicationStatusChangeResolvers<ContextType>;
  ApplicationConnection?: ApplicationConnectionResolvers<ContextType>;
  ApplicationEdge?: ApplicationEdgeResolvers<ContextType>;
  Enrolment?: EnrolmentResolvers<ContextType>;
  EnrolmentConnection?: EnrolmentConnectionResolvers<ContextType>;
  EnrolmentEdge?: EnrolmentEdgeResolvers<ContextType>;
  Diagnostic?: DiagnosticResolvers<ContextType>;
  DiagnosticConnection?: DiagnosticConnectionResolvers<ContextType>;
  DiagnosticEdge?: DiagnosticEdgeResolvers<ContextType>;
  ConventionStatusCount?: ConventionStatusCountResolvers<ContextType>;
  RegionConventionCount?: RegionConventionCountResolvers<ContextType>;
  ApplicationCount?: ApplicationCountResolvers<ContextType>;
  CohortFill?: CohortFillResolvers<ContextType>;
  CommitmentProgressSummary?: CommitmentProgressSummaryResolvers<ContextType>;
  ConventionProgress?: ConventionProgressResolvers<ContextType>;
  ConventionProgressConnection?: ConventionProgressConnectionResolvers<ContextType>;
  ConventionProgressEdge?: ConventionProgressEdgeResolvers<ContextType>;
  ConventionStatistics?: ConventionStatisticsResolvers<ContextType>;
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

export type DirectiveResolvers<ContextType = ConventionsContext> = {
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
