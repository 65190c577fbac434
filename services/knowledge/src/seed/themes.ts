import type { ThemeRecord } from '../models/themes/schema';

/** The theme taxonomy: the three stakes the Fabrique names (ecological, social, democratic) and their sub-themes. */
type ThemeSeed = [id: string, fr: string, en: string, description: string | null, children?: Array<[string, string, string]>];

const TAXONOMY: ThemeSeed[] = [
  ['enjeux-ecologiques', 'Enjeux écologiques', 'Ecological stakes', 'Climat, énergie, ressources et vivant : ce que le territoire consomme et ce dont il prend soin.', [
    ['energie', 'Énergie', 'Energy'],
    ['mobilite', 'Mobilités', 'Mobility'],
    ['alimentation', 'Alimentation et agriculture', 'Food and farming'],
    ['biodiversite', 'Biodiversité', 'Biodiversity'],
    ['eau', 'Eau', 'Water'],
    ['renovation-habitat', 'Rénovation et habitat', 'Housing and renovation'],
    ['dechets-economie-circulaire', 'Déchets et économie circulaire', 'Waste and circular economy'],
    ['adaptation-climat', 'Adaptation au changement climatique', 'Climate change adaptation'],
  ]],
  ['enjeux-sociaux', 'Enjeux sociaux', 'Social stakes', 'Une transition juste : personne ne reste au bord du chemin.', [
    ['inclusion-sociale', 'Inclusion sociale et solidarités', 'Social inclusion and solidarity'],
    ['economie-locale', 'Économie locale et emploi', 'Local economy and jobs'],
    ['sante-environnement', 'Santé et environnement', 'Health and environment'],
    ['education-sensibilisation', 'Éducation et sensibilisation', 'Education and awareness'],
  ]],
  ['enjeux-democratiques', 'Enjeux démocratiques', 'Democratic stakes', 'Décider ensemble : participation, coopération et conduite du changement.', [
    ['participation-citoyenne', 'Participation citoyenne', 'Citizen participation'],
    ['gouvernance-cooperation', 'Gouvernance et coopération', 'Governance and cooperation'],
    ['conduite-du-changement', 'Conduite du changement', 'Change management'],
  ]],
];

export const demoThemes: ThemeRecord[] = TAXONOMY.flatMap(([id, fr, en, description, children = []], rank) => [
  { _id: id, parentId: null, ancestorIds: [], labels: { fr, en }, descriptions: { fr: description, en: null }, rank: rank + 1 },
  ...children.map(([childId, childFr, childEn], childRank) => ({
    _id: childId,
    parentId: id,
    ancestorIds: [id],
    labels: { fr: childFr, en: childEn },
    descriptions: { fr: null, en: null },
    rank: childRank + 1,
  })),
]);
