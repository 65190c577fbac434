import { stableId, territoryId, territoryScope } from '@fabrique/kit';
import type { ExperienceRecord } from '../models/experiences/schema';

/** Demo experiences written for the platform (facts from shared/seeds; the accounts are ours). */
const puyDeDome = territoryId('DEPARTEMENT', '63');
const at = new Date('2022-06-15T09:00:00Z');

export const demoExperiences: ExperienceRecord[] = [
  {
    _id: stableId('experience', 'puy-de-dome-masterplan-conduite-du-changement'),
    title: 'Puy-de-Dôme : mettre la transition écologique au cœur de la matrice départementale',
    summary:
      "Premier département à rejoindre la Fabrique des transitions, le Puy-de-Dôme a adossé sa stratégie de transition, adoptée en janvier 2021, à un Masterplan et à une méthode d'accompagnement du changement.",
    body: [
      '## Le point de départ',
      '',
      "Depuis 2004, le Conseil départemental du Puy-de-Dôme travaille la solidarité entre les habitants et entre les territoires. Le 11 janvier 2021, l'assemblée départementale adopte une stratégie de transition écologique qui place les enjeux environnementaux, sociaux et démocratiques au centre de ses politiques.",
      '',
      '## Ce qui a été fait',
      '',
      "- Signature d'une convention de partenariat avec l'association pour la promotion de la Fabrique des transitions, en quatre engagements.",
      "- Analyse de la mise en œuvre du Masterplan départemental, pour que la méthode de conduite du changement ne reste pas un vœu pieux.",
      "- Sensibilisation des communes et des intercommunalités, pour créer une synergie territoriale autour des projets de transition.",
      '',
      '## Ce que nous retenons',
      '',
      "Une stratégie ne change les pratiques que si elle s'accompagne d'un lieu de réflexion collective où acteurs publics et privés peuvent débattre, et d'un regard extérieur sur la manière de conduire le changement.",
    ].join('\n'),
    language: 'fr',
    status: 'PUBLISHED',
    territoryIds: [puyDeDome],
    territoryScope: territoryScope([puyDeDome]),
    publisherId: puyDeDome,
    conventionId: stableId('convention', 'puy-de-dome-2021'),
    publishedAt: at,
    version: 1,
    createdAt: at,
    updatedAt: at,
  },
];
