// French phrase banks for the generated experiences, one per sub-theme of the demo taxonomy, plus
// shared ones. `{lieu}` is replaced by the territory's name, `{n}` by a number. Each theme has its own
// vocabulary (méthanisation, pédibus, ripisylve...) and the shared phrases use common words
// (transition, habitants, élus), so searches find result sets of very different sizes. The theme banks
// are data: themeBanks.json.

import themeBanks from './themeBanks.json';

interface ThemeBank {
  titles: string[];
  summaries: string[];
  paragraphs: string[];
  outcomes: string[];
  lessons: string[];
}

export const THEME_BANKS: Record<string, ThemeBank> = themeBanks;

/** Paragraphs any experience may use: the common words of the corpus. */
export const SHARED_PARAGRAPHS = [
  'Le projet est né de la volonté des élus et des habitants de {lieu} de s’engager dans la transition écologique de leur territoire.',
  'La démarche a été accompagnée par la Fabrique des transitions, qui a aidé l’équipe à prendre du recul et à relier ce projet aux autres actions du territoire.',
  'Les habitants ont été associés dès le départ, lors de réunions publiques, d’ateliers et de visites de terrain.',
  'Le financement a combiné des fonds propres, des subventions de l’ADEME, de la région et du département, et des fonds européens.',
  'Un comité de suivi réunit les partenaires deux fois par an pour faire le point sur les résultats et décider des suites.',
  'Le projet a inspiré plusieurs territoires voisins, venus visiter les réalisations lors d’un voyage apprenant.',
  'Les difficultés n’ont pas manqué : délais administratifs, hausse des coûts, doutes de certains élus ; la persévérance de l’équipe a fait la différence.',
  'Ce retour d’expérience a été rédigé avec les acteurs du projet pour que d’autres territoires puissent s’en inspirer.',
];

export const SECTION_TITLES = ['Contexte', 'La démarche', 'Les acteurs', 'Résultats', 'Et après ?'];

/** Search queries the workloads send: each occurs in the generated texts (the loader checks it), from very common to rare. */
export const SEARCH_TERMS = [
  'transition',
  'habitants',
  'énergie',
  'mobilité',
  'vélo',
  'cantine bio',
  'haies bocagères',
  'méthanisation',
  'pédibus',
  'budget participatif',
  'rénovation énergétique',
  'eau potable',
  'sobriété',
  'ripisylve',
  'monnaie locale',
  'fresque du climat',
  'compostage partagé',
];

/** People's names for authors and signatories. */
export const FIRST_NAMES = ['Camille', 'Claire', 'Julien', 'Sophie', 'Nicolas', 'Élodie', 'Thomas', 'Amandine', 'Mathieu', 'Nadia', 'Karim', 'Hélène', 'Pierre', 'Laure', 'Yann', 'Marion', 'Louis', 'Chloé', 'Antoine', 'Manon', 'Rémi', 'Inès', 'François', 'Anne'];
export const LAST_NAMES = ['Martin', 'Bernard', 'Dubois', 'Durand', 'Lefebvre', 'Moreau', 'Laurent', 'Garnier', 'Chevalier', 'Roux', 'Fournier', 'Girard', 'Bonnet', 'Mercier', 'Blanc', 'Guérin', 'Faure', 'Rousseau', 'Benali', 'Nguyen', 'Lemaire', 'Perrin', 'Morel', 'Vidal'];
export const AUTHOR_ROLES = ['chargée de mission transition', 'chargé de mission transition', 'maire', 'adjointe à l’environnement', 'directeur général des services', 'animatrice du projet alimentaire territorial', 'conseiller en énergie partagé', 'présidente de l’association', 'technicien rivière'];
