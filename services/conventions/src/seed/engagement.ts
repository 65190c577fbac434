import { demoOrganisationId, stableId, territoryScope } from '@fabrique/kit';
import { holdsSeat } from '../domain/applications/workflow';
import { seatId } from '../domain/applications/seats';
import type { ApplicationRecord, ApplicationStatus } from '../models/applications/schema';
import type { ClaimRecord } from '../models/claims/schema';
import type { CohortRecord } from '../models/cohorts/schema';
import type { DiagnosticRecord } from '../models/diagnostics/schema';
import type { ProgrammeKind } from '../models/programmes/schema';

/**
 * The national pilot cohort built with ADEME (10 territories, a one-year cycle of training days), a
 * few applications and one diagnostic. The cohort is a public fact; which territories make it up,
 * its calendar, the applications and the diagnostic are demo data with real territories, and say so.
 */
const programmeId = (kind: ProgrammeKind) => stableId('programme', kind);
const day = (date: string) => new Date(`${date}T09:00:00Z`);

export const PILOT_COHORT_ID = stableId('cohort', 'promotion-pilote-2021');

const session = (date: string, topic: string, place: string) => ({ id: stableId('session', `promotion-pilote-2021/${date}`), date, topic, place });

export const demoCohorts: CohortRecord[] = [
  {
    _id: PILOT_COHORT_ID,
    programmeId: programmeId('PILOT_COHORT'),
    name: 'Promotion pilote nationale 2021-2022',
    description:
      "Première promotion à l'échelle française, construite avec l'ADEME : dix territoires sur un cycle d'un an de journées de formation et de travail collectif. Composition et calendrier : données de démonstration.",
    startsOn: '2021-09-01',
    endsOn: '2022-08-31',
    capacity: 10,
    partnerIds: [demoOrganisationId('ademe'), demoOrganisationId('association-fabrique-des-transitions')],
    sessions: [
      session('2021-09-23', 'Lancement de la promotion : une vision systémique de la transition', 'Paris'),
      session('2021-11-18', 'Gouvernance et conduite du changement', 'Loos-en-Gohelle'),
      session('2022-01-20', 'Mobiliser les habitants et les acteurs du territoire', 'Kingersheim'),
      session('2022-03-17', 'Construire une stratégie et une feuille de route de transition', 'Crest'),
      session('2022-05-19', 'Évaluer et capitaliser les expériences', 'Clermont-Ferrand'),
      session('2022-07-07', 'Restitution collective et suites du cycle', 'Paris'),
    ],
    version: 1,
    createdAt: day('2021-04-15'),
    updatedAt: day('2021-04-15'),
  },
];

/** The ten territories of the pilot cohort (demo data: real territories known for their transition work). */
const PILOT_TERRITORIES = [
  'COMMUNE:62528', // Loos-en-Gohelle
  'COMMUNE:68166', // Kingersheim
  'EPCI:242600252', // CC du Val de Drôme en Biovallée
  'COMMUNE:59271', // Grande-Synthe
  'COMMUNE:76402', // Malaunay
  'COMMUNE:06084', // Mouans-Sartoux
  'COMMUNE:22046', // Le Mené
  'EPCI:200030658', // CC du Trièves
  'COMMUNE:46102', // Figeac
  'EPCI:200070712', // CC Thiers Dore et Montagne
];

interface SeededApplication {
  key: string;
  territoryId: string;
  programme: ProgrammeKind;
  cohortId?: string;
  motivation: string;
  /** Statuses after SUBMITTED, with their dates. */
  steps: Array<[ApplicationStatus, string]>;
  submittedOn: string;
  seatNumber?: number;
}

function application(a: SeededApplication): ApplicationRecord {
  const target = a.cohortId ?? programmeId(a.programme);
  let status: ApplicationStatus = 'SUBMITTED';
  const history: ApplicationRecord['history'] = [{ from: null, to: 'SUBMITTED', at: day(a.submittedOn), by: null, note: null }];
  for (const [to, on] of a.steps) {
    history.push({ from: status, to, at: day(on), by: null, note: null });
    status = to;
  }
  const last = history.at(-1)!.at;
  return {
    _id: stableId('application', a.key),
    territoryId: a.territoryId,
    territoryScope: territoryScope([a.territoryId]),
    programmeId: programmeId(a.programme),
    cohortId: a.cohortId ?? null,
    targetId: target,
    motivation: a.motivation,
    status,
    seatId: a.seatNumber && holdsSeat(status) ? seatId(target, a.seatNumber) : null,
    waitlistedAt: history.find((h) => h.to === 'WAITLISTED')?.at ?? null,
    enrolledAt: status === 'ACCEPTED' ? last : null,
    history,
    version: 1,
    createdAt: day(a.submittedOn),
    updatedAt: last,
  };
}

const DEMO = ' (Candidature de démonstration.)';

export const demoApplications: ApplicationRecord[] = [
  ...PILOT_TERRITORIES.map((territoryId, i) =>
    application({
      key: `promotion-pilote-2021/${territoryId}`,
      territoryId,
      programme: 'PILOT_COHORT',
      cohortId: PILOT_COHORT_ID,
      motivation: "Partager notre démarche de transition avec d'autres territoires et structurer notre stratégie sur un cycle d'un an." + DEMO,
      submittedOn: '2021-05-10',
      steps: [['ACCEPTED', '2021-07-01']],
      seatNumber: i + 1,
    }),
  ),
  application({
    key: 'promotion-pilote-2021/COMMUNE:05107',
    territoryId: 'COMMUNE:05107', // Puy-Saint-André
    programme: 'PILOT_COHORT',
    cohortId: PILOT_COHORT_ID,
    motivation: "Une petite commune de montagne engagée dans l'énergie citoyenne, qui veut apprendre des autres territoires." + DEMO,
    submittedOn: '2021-05-20',
    steps: [['WAITLISTED', '2021-07-01']],
  }),
  application({
    key: 'accompagnement-experimental/COMMUNE:68343',
    territoryId: 'COMMUNE:68343', // Ungersheim
    programme: 'EXPERIMENTAL_SUPPORT',
    motivation: 'Aller plus loin dans la transition alimentaire et énergétique avec un accompagnement sur mesure.' + DEMO,
    submittedOn: '2021-09-15',
    steps: [],
  }),
  application({
    key: 'accompagnement-experimental/EPCI:200069169',
    territoryId: 'EPCI:200069169', // CC Dômes Sancy Artense
    programme: 'EXPERIMENTAL_SUPPORT',
    motivation: 'Expérimenter une gouvernance partagée de la transition entre communes rurales de moyenne montagne.' + DEMO,
    submittedOn: '2021-09-20',
    steps: [['SHORTLISTED', '2021-10-05']],
  }),
  application({
    key: 'diagnostic-court/COMMUNE:19272',
    territoryId: 'COMMUNE:19272', // Tulle
    programme: 'SHORT_DIAGNOSTIC',
    motivation: 'Identifier nos points forts et nos fragilités avant de lancer notre plan de transition.' + DEMO,
    submittedOn: '2021-10-01',
    steps: [],
  }),
  application({
    key: 'diagnostic-court/EPCI:200071215',
    territoryId: 'EPCI:200071215', // CC Chavanon Combrailles et Volcans
    programme: 'SHORT_DIAGNOSTIC',
    motivation: 'Structurer la suite de notre démarche de transition sur la base de recommandations.' + DEMO,
    submittedOn: '2021-06-01',
    steps: [['ACCEPTED', '2021-07-15']],
  }),
];

/** The claims matching the applications: seats of those holding one, and each open application's slot. */
export const demoClaims: ClaimRecord[] = demoApplications.flatMap((a) => {
  const claims: ClaimRecord[] = [];
  if (a.seatId) {
    claims.push({ _id: a.seatId, scope: a.targetId, number: Number(a.seatId.split('-').at(-1)), holderId: a._id, heldSince: a.enrolledAt ?? a.updatedAt, version: 1 });
  }
  claims.push({ _id: `apply:${a.targetId}:${a.territoryId}`, scope: 'apply', number: 0, holderId: a._id, heldSince: a.createdAt, version: 1 });
  return claims;
});

export const demoDiagnostics: DiagnosticRecord[] = [
  {
    _id: stableId('diagnostic', 'EPCI:200071215/2021'),
    territoryId: 'EPCI:200071215',
    territoryScope: territoryScope(['EPCI:200071215']),
    programmeId: programmeId('SHORT_DIAGNOSTIC'),
    applicationId: stableId('application', 'diagnostic-court/EPCI:200071215'),
    auditDays: ['2021-10-04', '2021-10-05', '2021-10-06', '2021-10-07'],
    summary:
      "Un territoire rural très mobilisé sur l'eau et la forêt, à qui manque une stratégie partagée entre communes. Diagnostic de démonstration.",
    strengths: [
      'Des élus communaux engagés et un tissu associatif actif.',
      "Des projets concrets déjà lancés sur la gestion de l'eau et la filière bois.",
    ],
    weaknesses: [
      'Pas de vision partagée de la transition à l’échelle intercommunale.',
      'Une ingénierie interne réduite, dispersée entre les communes.',
    ],
    recommendations: [
      'Construire une feuille de route intercommunale de transition avec les habitants.',
      'Mutualiser un poste de chargé de mission transition entre les communes.',
      'Rejoindre une promotion de la Fabrique pour capitaliser et partager les expériences.',
    ],
    deliveredOn: '2021-11-15',
    version: 1,
    createdAt: day('2021-10-08'),
    updatedAt: day('2021-11-15'),
  },
];
