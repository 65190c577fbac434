// Demo conventions. The Puy-de-Dôme's is written from public facts (shared/seeds): its parties,
// signatories and four commitments; the progress of its commitments (milestones, indicator values)
// is illustrative and says so. The two conventions in preparation are demo data with real
// territories, and say so in their summary.
import { demoOrganisationId, parseTerritoryId, stableId, territoryId, territoryScope } from '@fabrique/kit';
import type { CommitmentRecord, ConventionParty, ConventionRecord, ConventionStatusChange, IndicatorRecord, MilestoneRecord } from '../models/conventions/schema';

const fabriqueAssociation = demoOrganisationId('association-fabrique-des-transitions');
const DEMO_VALUE = 'Valeur de démonstration.';

function milestone(key: string, title: string, dueOn: string, doneOn: string | null = null): MilestoneRecord {
  return { id: stableId('milestone', key), title, dueOn, doneOn };
}

function indicator(key: string, label: string, unit: string, target: number, values: Array<[measuredOn: string, value: number]> = []): IndicatorRecord {
  return {
    id: stableId('indicator', key),
    label,
    unit,
    baseline: 0,
    target,
    values: values.map(([measuredOn, value]) => ({ value, measuredOn, recordedAt: new Date(`${measuredOn}T12:00:00Z`), recordedBy: null, note: DEMO_VALUE })),
  };
}

const commitment = (number: number, title: string, description: string, milestones: MilestoneRecord[] = [], indicators: IndicatorRecord[] = []): CommitmentRecord => ({
  number,
  title,
  description,
  milestones,
  indicators,
});

function history(steps: Array<[from: ConventionStatusChange['from'], to: ConventionStatusChange['to'], on: string]>): ConventionStatusChange[] {
  return steps.map(([from, to, on]) => ({ from, to, at: new Date(`${on}T09:00:00Z`), effectiveOn: from ? on : null, by: null, note: null }));
}

function convention(record: Omit<ConventionRecord, 'partyIds' | 'territoryScope' | 'organisationIds' | 'version' | 'updatedAt' | 'programmeId' | 'documents'>): ConventionRecord {
  const actorIds = record.parties.map((p: ConventionParty) => p.actorId);
  return {
    ...record,
    programmeId: null,
    documents: [],
    partyIds: actorIds,
    territoryScope: territoryScope(actorIds.filter((id) => parseTerritoryId(id))),
    organisationIds: actorIds.filter((id) => !parseTerritoryId(id)),
    version: 1,
    updatedAt: record.createdAt,
  };
}

const FABRIQUE_PARTY: ConventionParty = { actorId: fabriqueAssociation, role: 'Association pour la promotion de la Fabrique des transitions' };

/** A demo convention in preparation since `on`, between one territory and the Fabrique: no signatory yet. */
function inPreparation(key: string, territory: string, on: string, own: Pick<ConventionRecord, 'title' | 'summary' | 'startsOn' | 'endsOn' | 'commitments'>): ConventionRecord {
  return convention({
    _id: stableId('convention', key),
    title: own.title,
    summary: own.summary,
    status: 'IN_PREPARATION',
    signedOn: null,
    startsOn: own.startsOn,
    endsOn: own.endsOn,
    parties: [{ actorId: territory, role: 'Territoire partenaire' }, FABRIQUE_PARTY],
    signatories: [],
    commitments: own.commitments,
    statusHistory: history([[null, 'IN_PREPARATION', on]]),
    createdAt: new Date(`${on}T09:00:00Z`),
  });
}

const puyDeDome = territoryId('DEPARTEMENT', '63');
const PDD = 'puy-de-dome-2021';

export const PUY_DE_DOME_CONVENTION_ID = stableId('convention', PDD);

type MilestoneSeed = [title: string, dueOn: string, doneOn?: string];
type IndicatorSeed = [label: string, unit: string, target: number, values?: Array<[measuredOn: string, value: number]>];

/** A commitment of the Puy-de-Dôme's convention: its milestones and indicators, keyed `<convention>/<number>/<key>`. */
function pddCommitment(number: number, title: string, description: string, milestones: Record<string, MilestoneSeed>, indicators: Record<string, IndicatorSeed>): CommitmentRecord {
  const key = (name: string) => `${PDD}/${number}/${name}`;
  return commitment(
    number,
    title,
    description,
    Object.entries(milestones).map(([name, [label, dueOn, doneOn]]) => milestone(key(name), label, dueOn, doneOn ?? null)),
    Object.entries(indicators).map(([name, [label, unit, target, values]]) => indicator(key(name), label, unit, target, values)),
  );
}

export const demoConventions: ConventionRecord[] = [
  convention({
    _id: PUY_DE_DOME_CONVENTION_ID,
    title: 'Convention de partenariat entre le Département du Puy-de-Dôme et la Fabrique des transitions',
    summary:
      "Premier département de France à intégrer la Fabrique des transitions, le Puy-de-Dôme s'engage à capitaliser ses expériences de transition pour les transmettre ; il reçoit en retour l'expertise d'un centre de ressources, un réseau et des retours d'expérience.",
    status: 'ACTIVE',
    signedOn: '2021-02-01',
    startsOn: '2021-02-01',
    endsOn: null,
    parties: [
      { actorId: puyDeDome, role: 'Territoire partenaire' },
      FABRIQUE_PARTY,
    ],
    signatories: [
      { name: 'Jean-Yves Gouttebel', title: 'Président du Conseil départemental du Puy-de-Dôme', actorId: puyDeDome, signedOn: '2021-02-01' },
      { name: 'Pierre Calame', title: "Président de l'association pour la promotion de la Fabrique des transitions", actorId: fabriqueAssociation, signedOn: '2021-02-01' },
    ],
    commitments: [
      pddCommitment(1, 'Un espace de réflexion collective', 'Créer un espace de réflexion collective, de transmission du savoir et de débat entre les acteurs publics et privés du territoire départemental.', {
        comite: ['Installer le comité de pilotage partenarial', '2021-04-30', '2021-04-15'],
        forum: ['Tenir le premier forum départemental des transitions', '2021-10-15', '2021-10-12'],
        synthese: ['Publier la synthèse des débats', '2022-03-31'],
      }, { participants: ['Acteurs publics et privés ayant participé aux rencontres', 'participants', 300, [['2021-10-12', 140], ['2022-06-30', 210]]] }),
      pddCommitment(2, 'Analyser la mise en œuvre du Masterplan', "Analyser la mise en œuvre du Masterplan départemental et affiner la méthode d'accompagnement à la conduite du changement.", {
        cartographie: ['Cartographier les actions du Masterplan', '2021-06-30', '2021-07-08'],
        analyse: ['Analyse croisée de la mise en œuvre avec les services', '2022-06-30'],
      }, { actions: ['Actions du Masterplan analysées', 'actions', 40, [['2021-12-31', 12], ['2022-06-30', 22]]] }),
      pddCommitment(3, 'Sensibiliser communes et intercommunalités', 'Sensibiliser les acteurs du territoire, notamment les échelons communaux et intercommunaux, pour créer une synergie territoriale au service des projets de transition.', {
        cycle: ['Cycle de sensibilisation des élus communaux et intercommunaux', '2022-06-30', '2022-06-20'],
      }, { collectivites: ['Communes et intercommunalités sensibilisées', 'collectivités', 120, [['2022-06-30', 45]]] }),
      pddCommitment(4, 'Une destination de « voyage apprenant »', 'Faire du Puy-de-Dôme une destination de voyage apprenant qui inspire les autres territoires.', {
        parcours: ['Concevoir un premier parcours de voyage apprenant', '2022-09-30'],
        delegation: ['Accueillir une première délégation de territoires', '2023-03-31'],
      }, { territoires: ['Territoires accueillis en voyage apprenant', 'territoires', 5] }),
    ],
    statusHistory: history([
      [null, 'IN_PREPARATION', '2021-01-11'],
      ['IN_PREPARATION', 'SIGNED', '2021-02-01'],
      ['SIGNED', 'ACTIVE', '2021-02-01'],
    ]),
    createdAt: new Date('2021-01-11T09:00:00Z'),
  }),
  inPreparation('crestois-saillans-2021', territoryId('EPCI', '200040509'), '2021-03-15', {
    title: 'Convention de partenariat entre la Communauté de communes du Crestois et de Pays de Saillans Cœur de Drôme et la Fabrique des transitions',
    summary:
      "Convention en cours d'élaboration pour accompagner l'intercommunalité dans une démarche globale de transition (démocratie participative, alimentation, mobilités rurales). Données de démonstration : cette convention illustre les conventions en préparation, elle n'est pas un fait public.",
    startsOn: '2022-01-01',
    endsOn: '2024-12-31',
    commitments: [
      commitment(1, 'Un diagnostic partagé de la transition', 'Établir avec les élus, les services et les habitants un diagnostic partagé des forces et des fragilités du territoire.'),
      commitment(2, 'Une feuille de route intercommunale', 'Construire une feuille de route de transition portée par les communes et la communauté de communes.'),
      commitment(3, 'Capitaliser et partager', "Capitaliser les expériences du territoire pour les partager avec le réseau de la Fabrique."),
    ],
  }),
  inPreparation('gers-2021', territoryId('DEPARTEMENT', '32'), '2021-04-01', {
    title: 'Convention de partenariat entre le Département du Gers et la Fabrique des transitions',
    summary:
      "Convention en cours d'élaboration pour outiller la stratégie départementale de transition et mettre en réseau les territoires gersois engagés. Données de démonstration : cette convention illustre les conventions en préparation, elle n'est pas un fait public.",
    startsOn: null,
    endsOn: null,
    commitments: [
      commitment(1, 'Mettre en réseau les territoires engagés', 'Réunir les intercommunalités et les communes gersoises engagées dans la transition pour échanger méthodes et résultats.'),
      commitment(2, 'Accompagner la conduite du changement', "Accompagner les services départementaux dans la conduite du changement qu'appelle la stratégie de transition."),
    ],
  }),
];
