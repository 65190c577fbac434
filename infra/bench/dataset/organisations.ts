import { slug, website, nameFields, searchableName, type OrganisationKind, type OrganisationRecord } from '@fabrique/actors';
import { stableId, type RevisionRecord } from '@fabrique/kit';
import { versioned } from './bulk';
import { LAST_NAMES } from './phrases';
import type { Random } from './random';
import type { TerritoryPool } from './territories';

export const STAFF = 'bench-staff';
export const GENERATED_FROM = new Date('2021-01-20T09:00:00Z');

const TOPICS = ['énergies renouvelables', 'mobilités douces', 'alimentation durable', 'eau et rivières', 'biodiversité', 'économie circulaire', 'rénovation énergétique', 'participation citoyenne', 'sobriété', 'agroécologie'];
const CAUSES = ['la transition écologique', 'les territoires ruraux', 'une alimentation saine', 'la justice climatique', 'le vivant', 'les communs'];

/** Names by kind; `{lieu}` is the home territory's name, `{region}` its région's. */
const NAMES: Record<OrganisationKind, string[]> = {
  ASSOCIATION: ['Association {topic} de {lieu}', 'Collectif {lieu} en transition', 'Les Amis de la nature de {lieu}', 'Association pour {cause} à {lieu}', 'Maison de l’environnement de {lieu}'],
  COMPANY: ['{lieu} Énergies citoyennes', 'Coopérative {topic} de {lieu}', 'Bureau d’études {last} Environnement', 'SCIC {topic} {lieu}', '{last} et {last2} Conseil'],
  STATE_SERVICE: ['Direction départementale des territoires – {lieu}', 'Sous-préfecture de {lieu}', 'Direction départementale de l’emploi, du travail et des solidarités – {lieu}'],
  PUBLIC_AGENCY: ['Agence locale de l’énergie et du climat de {lieu}', 'Syndicat mixte de l’eau de {lieu}', 'Parc naturel régional de {lieu}', 'Agence d’urbanisme de {lieu}'],
  RESEARCH: ['Laboratoire {topic} de {lieu}', 'Institut de recherche sur {cause} – {lieu}'],
  NETWORK: ['Réseau {topic} {region}', 'Réseau des territoires en transition – {region}'],
  FOUNDATION: ['Fondation {last} pour {cause}', 'Fondation {lieu} pour {cause}'],
};

const KIND_WEIGHTS: Record<OrganisationKind, number> = { ASSOCIATION: 40, COMPANY: 25, STATE_SERVICE: 5, PUBLIC_AGENCY: 12, RESEARCH: 6, NETWORK: 6, FOUNDATION: 6 };

interface GeneratedOrganisations {
  records: OrganisationRecord[];
  revisions: Array<RevisionRecord<OrganisationRecord>>;
}

function home(kind: OrganisationKind, territories: TerritoryPool, random: Random) {
  const commune = territories.commune(random);
  if (kind === 'STATE_SERVICE') return territories.get(commune.parentId!);
  if (kind === 'NETWORK') return territories.get(commune.regionId!);
  return commune;
}

/** `count` organisations of every kind, based across the territories, each created by staff (version 1 and its revision). */
export function generateOrganisations(count: number, territories: TerritoryPool, random: Random, now: Date, collection: string): GeneratedOrganisations {
  const records: OrganisationRecord[] = [];
  const revisions: Array<RevisionRecord<OrganisationRecord>> = [];
  for (let i = 0; i < count; i++) {
    const kind = random.weighted(KIND_WEIGHTS);
    const territory = home(kind, territories, random);
    const region = territory.regionId ? territories.get(territory.regionId).name : territory.name;
    const name = random
      .pick(NAMES[kind])
      .replace('{lieu}', territory.name)
      .replace('{region}', region)
      .replace('{topic}', random.pick(TOPICS))
      .replace('{cause}', random.pick(CAUSES))
      .replace('{last}', random.pick(LAST_NAMES))
      .replace('{last2}', random.pick(LAST_NAMES));
    // Names may repeat (two "Collectif Thiers en transition"); slugs may not: the index makes them unique.
    const base = searchableName(name).replace(/ /g, '-').slice(0, 70).replace(/-+$/, '');
    const at = random.dateBetween(GENERATED_FROM, now);
    const record: OrganisationRecord = {
      _id: stableId('bench-organisation', String(i)),
      slug: slug(`${base}-${i.toString(36)}`, 'input.slug'),
      ...nameFields(name),
      kind,
      homeTerritoryId: territory._id,
      homeScope: territory.scope,
      website: random.chance(0.6) ? website(`https://${base.slice(0, 40)}.example.org`, 'input.website') : null,
      description: `${name} agit pour ${random.pick(CAUSES)} autour de ${random.pick(TOPICS)}. (Organisation fictive, générée pour les bancs d’essai.)`,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    const history = versioned(collection, record, { author: STAFF, note: null, at });
    records.push(history.record);
    revisions.push(...history.revisions);
  }
  return { records, revisions };
}
