// The demo organisations, shared so that every subgraph's seed can refer to them by id
// (`demoOrganisationId(slug)`); the actors seed writes them. Public bodies are real and described from
// public facts; associations and companies are fictitious, and say so.

import { stableId } from './ids';

interface DemoOrganisation {
  slug: string;
  name: string;
  kind: 'ASSOCIATION' | 'COMPANY' | 'STATE_SERVICE' | 'PUBLIC_AGENCY' | 'RESEARCH' | 'NETWORK' | 'FOUNDATION';
  /** Territory id of its home, e.g. `COMMUNE:63113`. */
  homeTerritoryId: string | null;
  website: string | null;
  description: string;
}

const FICTITIOUS = ' (Organisation fictive, créée pour les données de démonstration.)';

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    slug: 'association-fabrique-des-transitions',
    name: 'Association pour la promotion de la Fabrique des transitions',
    kind: 'ASSOCIATION',
    homeTerritoryId: null,
    website: 'https://fabriquedestransitions.net',
    description: "L'association qui assure la gestion opérationnelle de la Fabrique des transitions.",
  },
  {
    slug: 'ademe',
    name: "ADEME – Agence de l'environnement et de la maîtrise de l'énergie",
    kind: 'PUBLIC_AGENCY',
    homeTerritoryId: 'COMMUNE:49007',
    website: 'https://www.ademe.fr',
    description: 'Agence publique de la transition écologique ; a construit avec la Fabrique la promotion pilote nationale.',
  },
  {
    slug: 'anct',
    name: 'Agence nationale de la cohésion des territoires',
    kind: 'PUBLIC_AGENCY',
    homeTerritoryId: 'COMMUNE:75056',
    website: 'https://agence-cohesion-territoires.gouv.fr',
    description: "Agence de l'État qui accompagne les collectivités dans leurs projets de territoire.",
  },
  {
    slug: 'cerema',
    name: 'Cerema',
    kind: 'PUBLIC_AGENCY',
    homeTerritoryId: 'COMMUNE:69029',
    website: 'https://www.cerema.fr',
    description: "Établissement public d'expertise au service de l'aménagement et de l'adaptation des territoires.",
  },
  {
    slug: 'prefecture-puy-de-dome',
    name: 'Préfecture du Puy-de-Dôme',
    kind: 'STATE_SERVICE',
    homeTerritoryId: 'COMMUNE:63113',
    website: 'https://www.puy-de-dome.gouv.fr',
    description: "Services de l'État dans le département ; co-organisent les journées d'initiation.",
  },
  {
    slug: 'dreal-auvergne-rhone-alpes',
    name: 'DREAL Auvergne-Rhône-Alpes',
    kind: 'STATE_SERVICE',
    homeTerritoryId: 'COMMUNE:69123',
    website: 'https://www.auvergne-rhone-alpes.developpement-durable.gouv.fr',
    description: "Direction régionale de l'environnement, de l'aménagement et du logement.",
  },
  {
    slug: 'collectif-transitions-domes',
    name: 'Collectif Transitions Dômes',
    kind: 'ASSOCIATION',
    homeTerritoryId: 'COMMUNE:63113',
    website: null,
    description: "Association d'habitants et d'élus qui anime des ateliers citoyens sur la transition dans les Combrailles et la chaîne des Puys." + FICTITIOUS,
  },
  {
    slug: 'reseau-territoires-en-transition',
    name: 'Réseau Territoires en transition',
    kind: 'NETWORK',
    homeTerritoryId: 'COMMUNE:35238',
    website: null,
    description: 'Réseau de chargés de mission transition de collectivités, qui partagent méthodes et retours de terrain.' + FICTITIOUS,
  },
  {
    slug: 'cooperative-energies-citoyennes-livradois',
    name: 'Coopérative Énergies citoyennes du Livradois',
    kind: 'COMPANY',
    homeTerritoryId: 'COMMUNE:63430',
    website: null,
    description: "Société coopérative qui finance et exploite des toitures solaires avec les habitants et les communes." + FICTITIOUS,
  },
  {
    slug: 'atelier-mobilites-rurales',
    name: 'Atelier Mobilités rurales',
    kind: 'COMPANY',
    homeTerritoryId: 'COMMUNE:15014',
    website: null,
    description: 'Bureau d’études spécialisé dans le covoiturage, le transport à la demande et les tiers-lieux de mobilité.' + FICTITIOUS,
  },
  {
    slug: 'fondation-terres-nourricieres',
    name: 'Fondation Terres nourricières',
    kind: 'FOUNDATION',
    homeTerritoryId: 'COMMUNE:69123',
    website: null,
    description: 'Fondation qui soutient les projets alimentaires territoriaux et la restauration collective locale.' + FICTITIOUS,
  },
  {
    slug: 'laboratoire-transitions-territoriales',
    name: 'Laboratoire Transitions territoriales',
    kind: 'RESEARCH',
    homeTerritoryId: 'COMMUNE:63113',
    website: null,
    description: "Équipe de recherche universitaire qui étudie la conduite du changement dans les collectivités." + FICTITIOUS,
  },
];

export const demoOrganisationId = (slug: string): string => stableId('organisation', slug);
