import { stableId, territoryScope } from '@fabrique/kit';
import type { LearningJourneyRecord, RegistrationRecord } from '../models/journeys/schema';
import { seatId } from '../models/journeys/repository';
import { experienceId } from './build';

/** The Puy-de-Dôme as a "voyage apprenant" destination (the fourth commitment of its convention). */
const journeyId = stableId('learning-journey', 'puy-de-dome-2027');
const created = new Date('2025-12-01T09:00:00Z');

export const demoJourneys: LearningJourneyRecord[] = [
  {
    _id: journeyId,
    version: 1,
    title: 'Voyage apprenant dans le Puy-de-Dôme : coopérer pour la transition',
    description:
      "Trois jours pour découvrir comment le Département, les intercommunalités, les habitants et les entreprises du Puy-de-Dôme conduisent ensemble la transition : rencontres avec les porteurs de projets, visites de terrain et temps d'échange entre territoires.",
    hostTerritoryId: 'DEPARTEMENT:63',
    hostScope: territoryScope(['DEPARTEMENT:63']),
    startsOn: '2027-06-08',
    endsOn: '2027-06-10',
    capacity: 12,
    visits: [
      {
        day: '2027-06-08',
        time: '10:00',
        title: 'Accueil à l’Hôtel du Département : la stratégie de transition et le Masterplan',
        description: 'Présentation de la stratégie adoptée en 2021 et de la méthode de conduite du changement.',
        experienceId: experienceId('puy-de-dome-masterplan-conduite-du-changement'),
        placeId: 'COMMUNE:63113',
      },
      {
        day: '2027-06-08',
        time: '15:00',
        title: 'À vélo dans la métropole',
        description: 'Parcours sur le réseau cyclable avec les services de Clermont Auvergne Métropole.',
        experienceId: experienceId('clermont-metropole-plan-velo'),
        placeId: 'EPCI:246300701',
      },
      {
        day: '2027-06-09',
        time: '09:30',
        title: 'Sur les toits solaires du Livradois',
        description: 'Visite d’une école équipée et rencontre avec les sociétaires de la coopérative.',
        experienceId: experienceId('livradois-toitures-solaires-citoyennes'),
        placeId: 'COMMUNE:63430',
      },
      {
        day: '2027-06-09',
        time: '12:30',
        title: 'Déjeuner dans un collège',
        description: 'Repas préparé avec des produits du département, échange avec l’équipe de cuisine.',
        experienceId: experienceId('puy-de-dome-colleges-approvisionnement-local'),
        placeId: null,
      },
      {
        day: '2027-06-10',
        time: '10:00',
        title: 'Les tourbières du Sancy',
        description: 'Visite d’une tourbière restaurée avec les éleveurs et les scientifiques.',
        experienceId: experienceId('sancy-zones-humides'),
        placeId: 'COMMUNE:63038',
      },
    ],
    programmeId: null,
    createdAt: created,
    updatedAt: created,
    createdBy: null,
  },
];

export const demoRegistrations: RegistrationRecord[] = [
  { territory: 'DEPARTEMENT:15', participants: 4 },
  { territory: 'EPCI:200067627', participants: 3 },
].map(({ territory, participants }, i) => ({
  _id: seatId(journeyId, i + 1),
  journeyId,
  seat: i + 1,
  territoryId: territory,
  participants,
  note: null,
  registeredAt: created,
  registeredBy: null,
}));
