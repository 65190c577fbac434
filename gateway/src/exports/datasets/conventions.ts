import { defined, joined, territoryColumns, type Dataset } from '../dataset';

interface Party {
  role: string;
  actor: { __typename: string; id: string; name: string; code?: string; level?: string } | null;
}

interface Convention {
  id: string;
  title: string;
  status: string;
  signedOn: string | null;
  startsOn: string | null;
  endsOn: string | null;
  progress: number | null;
  updatedAt: string;
  programme: { kind: string; name: string } | null;
  parties: Party[];
  commitments: Array<{ number: number }>;
}

const territoryParties = (c: Convention) =>
  c.parties.flatMap(({ actor }) => (actor?.__typename === 'Territory' ? [{ id: actor.id, code: actor.code!, level: actor.level!, name: actor.name }] : []));
/** The API's DateRange of two optional bounds; none given, no range (an empty one would still ask for signed conventions). */
const range = (from: unknown, to: unknown) => (from === undefined && to === undefined ? undefined : defined({ from, to }));
const organisationParties = (c: Convention) => c.parties.filter(({ actor }) => actor?.__typename === 'Organisation');

/** Conventions the Fabrique signs with territories (public). */
export const conventions: Dataset<Convention> = {
  name: 'conventions',
  title: 'Conventions',
  description: 'Conventions between the Fabrique and territories (and their partners), newest first, with their parties and status.',
  operation: { name: 'ExportConventions', file: 'exports/ExportConventions.graphql' },
  parameters: [
    { name: 'statuses', argument: 'filter.statuses', description: 'Statuses to list (comma-separated: IN_PREPARATION, SIGNED, ACTIVE, ENDED, TERMINATED); all by default.' },
    { name: 'territory', argument: 'filter.territory', description: 'Only conventions with a party in this territory or inside it (a territory id, e.g. `DEPARTEMENT:63`).' },
    { name: 'party', argument: 'filter.party', description: 'Only conventions to which this actor (territory or organisation id) is itself a party.' },
    { name: 'programme', argument: 'filter.programme', description: 'Only conventions carrying out this programme (PILOT_COHORT...).' },
    { name: 'signedFrom', type: 'Date', argument: 'filter.signed.from', description: 'Only conventions signed on or after this date (YYYY-MM-DD).' },
    { name: 'signedTo', type: 'Date', argument: 'filter.signed.to', description: 'Only conventions signed on or before this date (YYYY-MM-DD).' },
    { name: 'inForceFrom', type: 'Date', argument: 'filter.inForce.from', description: 'Only conventions in force at some point on or after this date (YYYY-MM-DD).' },
    { name: 'inForceTo', type: 'Date', argument: 'filter.inForce.to', description: 'Only conventions in force at some point on or before this date (YYYY-MM-DD).' },
  ],
  variables: ({ statuses, territory, party, programme, signedFrom, signedTo, inForceFrom, inForceTo }) =>
    defined({ statuses, territory, party, programme, signed: range(signedFrom, signedTo), inForce: range(inForceFrom, inForceTo) }),
  page: (data) => data.conventions,
  columns: [
    { name: 'id', type: 'string', description: 'Convention id.', value: (c) => c.id },
    { name: 'title', type: 'string', description: 'Title.', value: (c) => c.title },
    { name: 'status', type: 'string', description: 'Status: IN_PREPARATION, SIGNED, ACTIVE, ENDED or TERMINATED.', value: (c) => c.status },
    { name: 'signed_on', type: 'date', description: 'Signature date (ISO 8601).', value: (c) => c.signedOn },
    { name: 'starts_on', type: 'date', description: 'Start date (ISO 8601).', value: (c) => c.startsOn },
    { name: 'ends_on', type: 'date', description: 'End date (ISO 8601).', value: (c) => c.endsOn },
    { name: 'programme_kind', type: 'string', description: 'Programme it carries out, if any.', value: (c) => c.programme?.kind ?? null },
    { name: 'programme_name', type: 'string', description: 'Name of that programme.', value: (c) => c.programme?.name ?? null },
    ...territoryColumns<Convention>('territory', 'the territories party to it', territoryParties, true),
    { name: 'organisation_ids', type: 'string', description: 'Ids of the organisations party to it, joined by " | ".', value: (c) => joined(organisationParties(c).map((p) => p.actor!.id)) },
    { name: 'organisation_names', type: 'string', description: 'Names of those organisations, joined by " | " in the same order.', value: (c) => joined(organisationParties(c).map((p) => p.actor!.name)) },
    { name: 'party_roles', type: 'string', description: 'Every party as "name (role)", joined by " | ".', value: (c) => joined(c.parties.map((p) => `${p.actor?.name ?? '?'} (${p.role})`)) },
    { name: 'commitment_count', type: 'integer', description: 'Number of commitments.', value: (c) => c.commitments.length },
    { name: 'progress', type: 'number', description: 'Mean progress of its measurable commitments (0 to 1); empty when none can be measured.', value: (c) => c.progress },
    { name: 'updated_at', type: 'datetime', description: 'Last change (ISO 8601, UTC).', value: (c) => c.updatedAt },
  ],
};
