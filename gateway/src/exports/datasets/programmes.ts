import { defined, joined, territoryColumns, type Dataset } from '../dataset';

interface CohortRow {
  id: string;
  name: string;
  startsOn: string;
  endsOn: string;
  trainingDays: number;
  capacity: number;
  enrolledCount: number;
  offeredCount: number;
  seatsLeft: number;
  fillRate: number;
  programme: { kind: string; name: string; enrolments: { totalCount: number } | null };
  partners: Array<{ __typename: string; id: string; name: string }> | null;
  waitlist: { totalCount: number };
  enrolments: Array<{ territory: { id: string; code: string; level: string; name: string } | null }>;
}

/** The programmes' cohorts: how full each is, its waitlist, the territories enrolled. */
export const programmes: Dataset<CohortRow> = {
  name: 'programmes',
  title: 'Programmes et cohortes',
  description:
    'One row per cohort of the Fabrique\'s programmes, latest cycle first: its programme, dates, capacity and fill, waitlist and the territories enrolled. Programmes are national: filter them by programme or partner.',
  operation: { name: 'ExportProgrammes', file: 'exports/ExportProgrammes.graphql' },
  parameters: [
    { name: 'programme', argument: 'filter.programme', description: 'Only cohorts of this programme (INITIATION_DAY, SHORT_DIAGNOSTIC, PILOT_COHORT...).' },
    { name: 'partner', argument: 'filter.partner', description: 'Only cohorts built with this partner (an organisation or territory id).' },
  ],
  variables: ({ programme, partner }) => defined({ programme, partner }),
  page: (data) => data.cohorts,
  columns: [
    { name: 'programme_kind', type: 'string', description: 'Programme (INITIATION_DAY, SHORT_DIAGNOSTIC, PILOT_COHORT...).', value: (c) => c.programme.kind },
    { name: 'programme_name', type: 'string', description: 'Name of the programme.', value: (c) => c.programme.name },
    { name: 'programme_enrolment_count', type: 'integer', description: 'Territories enrolled in the programme, all cohorts together.', value: (c) => c.programme.enrolments?.totalCount ?? null },
    { name: 'cohort_id', type: 'string', description: 'Cohort id.', value: (c) => c.id },
    { name: 'cohort_name', type: 'string', description: 'Name of the cohort.', value: (c) => c.name },
    { name: 'starts_on', type: 'date', description: 'First day of the cycle (ISO 8601).', value: (c) => c.startsOn },
    { name: 'ends_on', type: 'date', description: 'Last day of the cycle (ISO 8601).', value: (c) => c.endsOn },
    { name: 'training_days', type: 'integer', description: 'Training days of the cycle.', value: (c) => c.trainingDays },
    { name: 'capacity', type: 'integer', description: 'Territories the cohort holds at most.', value: (c) => c.capacity },
    { name: 'enrolled_count', type: 'integer', description: 'Territories enrolled.', value: (c) => c.enrolledCount },
    { name: 'offered_count', type: 'integer', description: 'Places offered to a waitlisted territory that has not answered yet.', value: (c) => c.offeredCount },
    { name: 'seats_left', type: 'integer', description: 'Places left.', value: (c) => c.seatsLeft },
    { name: 'fill_rate', type: 'number', description: 'Share of the capacity taken (0 to 1).', value: (c) => c.fillRate },
    { name: 'waitlist_count', type: 'integer', description: 'Applications on the waitlist the caller may see (none for an anonymous caller: applications are private).', value: (c) => c.waitlist.totalCount },
    { name: 'partner_names', type: 'string', description: 'Organisations or territories building the cohort with the Fabrique, joined by " | ".', value: (c) => joined((c.partners ?? []).map((p) => p.name)) },
    ...territoryColumns<CohortRow>('enrolled_territory', 'the territories enrolled, in enrolment order', (c) => c.enrolments.flatMap((e) => (e.territory ? [e.territory] : [])), true),
  ],
};
