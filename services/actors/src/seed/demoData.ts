// Demo data written for the platform from public facts (see shared/seeds): the Fabrique, its
// governance since January 2021, the Puy-de-Dôme as its first département member and the president of
// its Conseil départemental at the time. The other memberships and people are illustrative, and their
// notes or organisations say so.
import { DEMO_ORGANISATIONS, demoOrganisationId, stableId, territoryId } from '@fabrique/kit';
import { nameFields } from '../domain/search';
import type { AllianceRecord } from '../models/alliances/schema';
import { openKeyOf } from '../models/memberships/repository';
import type { MembershipRecord, MembershipRole } from '../models/memberships/schema';
import type { OrganisationRecord } from '../models/organisations/schema';
import type { PersonRecord } from '../models/people/schema';
import type { PositionRecord } from '../models/positions/schema';

export const DEMO_DATE = new Date('2021-01-15T00:00:00Z');
const stamps = { version: 1, createdAt: DEMO_DATE, updatedAt: DEMO_DATE };

const FABRIQUE_ASSOCIATION_SLUG = 'association-fabrique-des-transitions';
const FABRIQUE_SLUG = 'fabrique-des-transitions';
const fabrique = stableId('alliance', FABRIQUE_SLUG);

/** The shared demo catalogue (services/kit/src/demo.ts), as records; `scopeOf` gives a home territory's scope. */
export const demoOrganisations = (scopeOf: (territoryId: string) => string[]): OrganisationRecord[] =>
  DEMO_ORGANISATIONS.map((o) => ({
    _id: demoOrganisationId(o.slug),
    ...o,
    ...nameFields(o.name),
    homeScope: o.homeTerritoryId ? scopeOf(o.homeTerritoryId) : [],
    ...stamps,
  }));

const personId = (name: string) => stableId('person', name);
const person = (name: string): PersonRecord => ({ _id: personId(name), ...nameFields(name), ...stamps });

export const demoPeople: PersonRecord[] = [
  person('Pierre Calame'),
  person('Jean-François Caron'),
  person('Julian Perdrigeat'),
  person('Jean-Yves Gouttebel'),
  // Illustrative people of the fictitious organisations of the catalogue.
  person('Claire Vernet'),
  person('Marc Delorme'),
  person('Sophie Garnier'),
  person('Hugo Lemaire'),
  person('Nadia Benali'),
];

export const demoAlliances: AllianceRecord[] = [
  {
    _id: fabrique,
    slug: FABRIQUE_SLUG,
    ...(({ nameWords: _words, ...fields }) => fields)(nameFields('La Fabrique des transitions')),
    description:
      "Alliance d'acteurs de nature très diverse (collectivités territoriales, organisations de la société civile, entreprises) " +
      'convaincus que les territoires sont des acteurs majeurs de la transition vers des sociétés durables, et qui mutualisent ' +
      'leurs expériences et leurs réflexions au service des territoires engagés dans une démarche globale de transition.',
    website: 'https://fabriquedestransitions.net',
    operatorId: demoOrganisationId(FABRIQUE_ASSOCIATION_SLUG),
    ...stamps,
  },
];

type Holder = Pick<PositionRecord, 'holderKind' | 'holderId'>;
const inAlliance: Holder = { holderKind: 'ALLIANCE', holderId: fabrique };
const inOrganisation = (slug: string): Holder => ({ holderKind: 'ORGANISATION', holderId: demoOrganisationId(slug) });

const position = (name: string, role: string, holder: Holder, since: string, until: string | null = null): PositionRecord => ({
  _id: stableId('position', `${name}/${role}/${holder.holderId}`),
  personId: personId(name),
  role,
  ...holder,
  since,
  until,
  ...stamps,
});

export const demoPositions: PositionRecord[] = [
  position('Pierre Calame', 'Président', inAlliance, '2021-01-01'),
  position('Jean-François Caron', 'Directeur général', inAlliance, '2021-01-01'),
  position('Julian Perdrigeat', 'Délégué', inAlliance, '2021-01-01'),
  position('Jean-Yves Gouttebel', 'Président du Conseil départemental', { holderKind: 'TERRITORY', holderId: territoryId('DEPARTEMENT', '63') }, '2004-03-28'),
  position('Claire Vernet', 'Présidente', inOrganisation('collectif-transitions-domes'), '2019-05-01'),
  position('Marc Delorme', 'Gérant', inOrganisation('cooperative-energies-citoyennes-livradois'), '2018-01-01'),
  position('Sophie Garnier', 'Directrice', inOrganisation('laboratoire-transitions-territoriales'), '2020-09-01'),
  position('Hugo Lemaire', 'Coordinateur national', inOrganisation('reseau-territoires-en-transition'), '2021-01-01'),
  position('Nadia Benali', 'Directrice', inOrganisation('atelier-mobilites-rurales'), '2019-03-01', '2024-07-01'),
];

const ILLUSTRATIVE = 'Adhésion illustrative (données de démonstration).';

function membership(actorId: string, role: MembershipRole, since: string, note: string | null, until: string | null = null): MembershipRecord {
  const record = {
    _id: stableId('membership', `${FABRIQUE_SLUG}/${actorId}/${since}`),
    allianceId: fabrique,
    actorId,
    actorType: actorId.includes(':') ? ('TERRITORY' as const) : ('ORGANISATION' as const),
    role,
    since,
    until,
    note,
  };
  return { ...record, openKey: openKeyOf(record), ...stamps };
}

const organisation = demoOrganisationId;

/** The Fabrique's members: the Puy-de-Dôme first, then illustrative territories and the demo organisations. */
export const demoMemberships: MembershipRecord[] = [
  membership(territoryId('DEPARTEMENT', '63'), 'MEMBER', '2021-02-01', 'Premier département à rejoindre la Fabrique, par une convention de partenariat en quatre engagements.'),
  membership(territoryId('COMMUNE', '62528'), 'FOUNDING_MEMBER', '2019-06-01', ILLUSTRATIVE),
  membership(territoryId('EPCI', '246300701'), 'MEMBER', '2022-03-15', ILLUSTRATIVE),
  membership(territoryId('EPCI', '200070761'), 'MEMBER', '2022-09-01', ILLUSTRATIVE),
  membership(territoryId('COMMUNE', '15014'), 'MEMBER', '2023-01-10', ILLUSTRATIVE),
  membership(territoryId('COMMUNE', '43157'), 'MEMBER', '2021-06-01', ILLUSTRATIVE, '2023-07-01'),
  membership(organisation('ademe'), 'PARTNER', '2021-01-01', 'A construit avec la Fabrique la promotion pilote nationale de 10 territoires.'),
  membership(organisation('prefecture-puy-de-dome'), 'PARTNER', '2021-02-01', "Co-organise les journées d'initiation avec la Fabrique."),
  membership(organisation('anct'), 'PARTNER', '2021-06-01', ILLUSTRATIVE),
  membership(organisation('cerema'), 'PARTNER', '2022-01-01', ILLUSTRATIVE),
  membership(organisation('dreal-auvergne-rhone-alpes'), 'PARTNER', '2021-09-01', ILLUSTRATIVE),
  membership(organisation('reseau-territoires-en-transition'), 'FOUNDING_MEMBER', '2019-06-01', ILLUSTRATIVE),
  membership(organisation('fondation-terres-nourricieres'), 'FUNDER', '2021-01-15', ILLUSTRATIVE),
  membership(organisation('collectif-transitions-domes'), 'MEMBER', '2021-04-01', ILLUSTRATIVE),
  membership(organisation('cooperative-energies-citoyennes-livradois'), 'MEMBER', '2022-05-01', ILLUSTRATIVE),
  membership(organisation('laboratoire-transitions-territoriales'), 'MEMBER', '2021-10-01', ILLUSTRATIVE),
  membership(organisation('atelier-mobilites-rurales'), 'MEMBER', '2021-03-01', ILLUSTRATIVE, '2024-01-01'),
];
