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

const puyDeDome = territoryId('DEPARTEMENT', '63');
const PDD = 'puy-de-dome-2021';

export const PUY_DE_DOME_CONVENTION_ID = stableId('convention', PDD);

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
      { actorId: fabriqueAssociation, role: 'Association pour la promotion de la Fabrique des transitions' },
    ],
    signatories: [
      { name: 'Jean-Yves Gouttebel', title: 'Président du Conseil départemental du Puy-de-Dôme', actorId: puyDeDome, signedOn: '2021-02-01' },
      { name: 'Pierre Calame', title: "Président de l'association pour la promotion de la Fabrique des transitions", actorId: fabriqueAssociation, signedOn: '2021-02-01' },
    ],
    commitments: [
      commitment(
        1,
        'Un espace de réflexion collective',
        'Créer un espace de réflexion collective, de transmission du savoir et de débat entre les acteurs publics et privés du territoire départemental.',
        [
          milestone(`${PDD}/1/comite`, 'Installer le comité de pilotage partenarial', '2021-04-30', '2021-04-15'),
          milestone(`${PDD}/1/forum`, 'Tenir le premier forum départemental des transitions', '2021-10-15', '2021-10-12'),
          milestone(`${PDD}/1/synthese`, 'Publier la synthèse des débats', '2022-03-31'),
        ],
        [indicator(`${PDD}/1/participants`, 'Acteurs publics et privés ayant participé aux rencontres', 'participants', 300, [['2021-10-12', 140], ['2022-06-30', 210]])],
      ),
      commitment(
        2,
        'Analyser la mise en œuvre du Masterplan',
        "Analyser la mise en œuvre du Masterplan départemental et affiner la méthode d'accompagnement à la conduite du changement.",
        [
          milestone(`${PDD}/2/cartographie`, 'Cartographier les actions du Masterplan', '2021-06-30', '2021-07-08'),
          milestone(`${PDD}/2/analyse`, 'Analyse croisée de la mise en œuvre avec les services', '2022-06-30'),
        ],
        [indicator(`${PDD}/2/actions`, 'Actions du Masterplan analysées', 'actions', 40, [['2021-12-31', 12], ['2022-06-30', 22]])],
      ),
      commitment(
        3,
        'Sensibiliser communes et intercommunalités',
        'Sensibiliser les acteurs du territoire, notamment les échelons communaux et intercommunaux, pour créer une synergie territoriale au service des projets de transition.',
        [milestone(`${PDD}/3/cycle`, 'Cycle de sensibilisation des élus communaux et intercommunaux', '2022-06-30', '2022-06-20')],
        [indicator(`${PDD}/3/collectivites`, 'Communes et intercommunalités sensibilisées', 'collectivités', 120, [['2022-06-30', 45]])],
      ),
      commitment(
        4,
        'Une destination de « voyage apprenant »',
        'Faire du Puy-de-Dôme une destination de voyage apprenant qui inspire les autres territoires.',
        [
          milestone(`${PDD}/4/parcours`, 'Concevoir un premier parcours de voyage apprenant', '2022-09-30'),
          milestone(`${PDD}/4/delegation`, 'Accueillir une première délégation de territoires', '2023-03-31'),
        ],
        [indicator(`${PDD}/4/territoires`, 'Territoires accueillis en voyage apprenant', 'territoires', 5)],
      ),
    ],
    statusHistory: history([
      [null, 'IN_PREPARATION', '2021-01-11'],
      ['IN_PREPARATION', 'SIGNED', '2021-02-01'],
      ['SIGNED', 'ACTIVE', '2021-02-01'],
    ]),
    createdAt: new Date('2021-01-11T09:00:00Z'),
  }),
  convention({
    _id: stableId('convention', 'crestois-saillans-2021'),
    title: 'Convention de partenariat entre la Communauté de communes du Crestois et de Pays de Saillans Cœur de Drôme et la Fabrique des transitions',
    summary:
      "Convention en cours d'élaboration pour accompagner l'intercommunalité dans une démarche globale de transition (démocratie participative, alimentation, mobilités rurales). Données de démonstration : cette convention illustre les conventions en préparation, elle n'est pas un fait public.",
    status: 'IN_PREPARATION',
    signedOn: null,
    startsOn: '2022-01-01',
    endsOn: '2024-12-31',
    parties: [
      { actorId: territoryId('EPCI', '200040509'), role: 'Territoire partenaire' },
      { actorId: fabriqueAssociation, role: 'Association pour la promotion de la Fabrique des transitions' },
    ],
    signatories: [],
    commitments: [
      commitment(1, 'Un diagnostic partagé de la transition', 'Établir avec les élus, les services et les habitants un diagnostic partagé des forces et des fragilités du territoire.'),
      commitment(2, 'Une feuille de route intercommunale', 'Construire une feuille de route de transition portée par les communes et la communauté de communes.'),
      commitment(3, 'Capitaliser et partager', "Capitaliser les expériences du territoire pour les partager avec le réseau de la Fabrique."),
    ],
    statusHistory: history([[null, 'IN_PREPARATION', '2021-03-15']]),
    createdAt: new Date('2021-03-15T09:00:00Z'),
  }),
  convention({
    _id: stableId('convention', 'gers-2021'),
    title: 'Convention de partenariat entre le Département du Gers et la Fabrique des transitions',
    summary:
      "Convention en cours d'élaboration pour outiller la stratégie départementale de transition et mettre en réseau les territoires gersois engagés. Données de démonstration : cette convention illustre les conventions en préparation, elle n'est pas un fait public.",
    status: 'IN_PREPARATION',
    signedOn: null,
    startsOn: null,
    endsOn: null,
    parties: [
      { actorId: territoryId('DEPARTEMENT', '32'), role: 'Territoire partenaire' },
      { actorId: fabriqueAssociation, role: 'Association pour la promotion de la Fabrique des transitions' },
    ],
    signatories: [],
    commitments: [
      commitment(1, 'Mettre en réseau les territoires engagés', 'Réunir les intercommunalités et les communes gersoises engagées dans la transition pour échanger méthodes et résultats.'),
      commitment(2, 'Accompagner la conduite du changement', "Accompagner les services départementaux dans la conduite du changement qu'appelle la stratégie de transition."),
    ],
    statusHistory: history([[null, 'IN_PREPARATION', '2021-04-01']]),
    createdAt: new Date('2021-04-01T09:00:00Z'),
  }),
];
