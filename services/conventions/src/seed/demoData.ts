import { stableId, territoryId, territoryScope } from '@fabrique/kit';
import type { ConventionRecord } from '../models/conventions/schema';
import type { ProgrammeRecord } from '../models/programmes/schema';

/** Demo data written for the platform from public facts (see shared/seeds). */
const programme = (p: Omit<ProgrammeRecord, '_id'>): ProgrammeRecord => ({ _id: stableId('programme', p.kind), ...p });
const noRules = { minDays: null, maxDays: null, cycleMonths: null, cohortCapacity: null, nationalCapacity: null };

export const demoProgrammes: ProgrammeRecord[] = [
  programme({
    kind: 'INITIATION_DAY',
    rank: 1,
    name: "Journée d'initiation",
    description: "Une journée d'initiation aux contenus de la Fabrique, co-organisée avec les services de l'État.",
    rules: { ...noRules, minDays: 1, maxDays: 1 },
  }),
  programme({
    kind: 'SHORT_DIAGNOSTIC',
    rank: 2,
    name: 'Diagnostic court',
    description:
      "Un audit de 3 à 5 jours qui identifie les points forts et les points faibles du territoire et l'aide, par des recommandations, à structurer et positionner la suite.",
    rules: { ...noRules, minDays: 3, maxDays: 5 },
  }),
  programme({
    kind: 'PILOT_COHORT',
    rank: 3,
    name: 'Promotion pilote nationale',
    description:
      "Une première promotion à l'échelle française, construite avec l'ADEME : 10 territoires sur un cycle d'un an de 5 à 8 journées de formation et de travail collectif.",
    rules: { ...noRules, minDays: 5, maxDays: 8, cycleMonths: 12, cohortCapacity: 10 },
  }),
  programme({
    kind: 'EXPERIMENTAL_SUPPORT',
    rank: 4,
    name: 'Accompagnement expérimental',
    description:
      "Un accompagnement sur mesure, beaucoup plus poussé, qui mobilise les moyens de la Fabrique et de ses alliés pour construire avec les territoires des réponses nouvelles. Seuls 4 ou 5 territoires peuvent en bénéficier à l'échelle nationale.",
    rules: { ...noRules, nationalCapacity: 5 },
  }),
];

const puyDeDome = territoryId('DEPARTEMENT', '63');
const fabriqueAssociation = stableId('organisation', 'association-fabrique-des-transitions');
const at = new Date('2021-02-01T00:00:00Z');

export const demoConventions: ConventionRecord[] = [
  {
    _id: stableId('convention', 'puy-de-dome-2021'),
    title: 'Convention de partenariat entre le Département du Puy-de-Dôme et la Fabrique des transitions',
    summary:
      "Premier département de France à intégrer la Fabrique des transitions, le Puy-de-Dôme s'engage à capitaliser ses expériences de transition pour les transmettre ; il reçoit en retour l'expertise d'un centre de ressources, un réseau et des retours d'expérience.",
    status: 'ACTIVE',
    signedOn: '2021-02-01',
    parties: [
      { actorId: puyDeDome, role: 'Territoire partenaire' },
      { actorId: fabriqueAssociation, role: 'Association pour la promotion de la Fabrique des transitions' },
    ],
    territoryScope: territoryScope([puyDeDome]),
    organisationIds: [fabriqueAssociation],
    commitments: [
      {
        number: 1,
        title: 'Un espace de réflexion collective',
        description: 'Créer un espace de réflexion collective, de transmission du savoir et de débat entre les acteurs publics et privés du territoire départemental.',
      },
      {
        number: 2,
        title: 'Analyser la mise en œuvre du Masterplan',
        description: "Analyser la mise en œuvre du Masterplan départemental et affiner la méthode d'accompagnement à la conduite du changement.",
      },
      {
        number: 3,
        title: 'Sensibiliser communes et intercommunalités',
        description: 'Sensibiliser les acteurs du territoire, notamment les échelons communaux et intercommunaux, pour créer une synergie territoriale au service des projets de transition.',
      },
      {
        number: 4,
        title: 'Une destination de « voyage apprenant »',
        description: 'Faire du Puy-de-Dôme une destination de voyage apprenant qui inspire les autres territoires.',
      },
    ],
    version: 1,
    createdAt: at,
    updatedAt: at,
  },
];
