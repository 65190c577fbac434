import { DEMO_ORGANISATIONS, demoOrganisationId, stableId, territoryId } from '@fabrique/kit';
import type { AllianceRecord, PersonRecord, PositionRecord } from '../models/alliances/schema';
import type { OrganisationRecord } from '../models/organisations/schema';

/** Demo data written for the platform from public facts (see shared/seeds). */
const at = new Date('2021-01-15T00:00:00Z');

export const FABRIQUE_ASSOCIATION_SLUG = 'association-fabrique-des-transitions';

/** The shared demo catalogue (services/kit/src/demo.ts), as records. */
export const demoOrganisations: OrganisationRecord[] = DEMO_ORGANISATIONS.map((o) => ({
  _id: demoOrganisationId(o.slug),
  ...o,
  version: 1,
  createdAt: at,
  updatedAt: at,
}));

const person = (name: string): PersonRecord => ({ _id: stableId('person', name), name });
export const demoPeople: PersonRecord[] = [
  person('Pierre Calame'),
  person('Jean-François Caron'),
  person('Julian Perdrigeat'),
  person('Jean-Yves Gouttebel'),
];

export const FABRIQUE_SLUG = 'fabrique-des-transitions';

export const demoAlliances: AllianceRecord[] = [
  {
    _id: stableId('alliance', FABRIQUE_SLUG),
    slug: FABRIQUE_SLUG,
    name: 'La Fabrique des transitions',
    description:
      "Alliance d'acteurs de nature très diverse (collectivités territoriales, organisations de la société civile, entreprises) " +
      'convaincus que les territoires sont des acteurs majeurs de la transition vers des sociétés durables, et qui mutualisent ' +
      'leurs expériences et leurs réflexions au service des territoires engagés dans une démarche globale de transition.',
    operatorId: demoOrganisationId(FABRIQUE_ASSOCIATION_SLUG),
    version: 1,
  },
];

const position = (name: string, role: string, holderKind: PositionRecord['holderKind'], holderId: string, since: string): PositionRecord => ({
  _id: stableId('position', `${name}/${role}/${holderId}`),
  personId: stableId('person', name),
  role,
  holderKind,
  holderId,
  since,
  until: null,
});

const fabrique = stableId('alliance', FABRIQUE_SLUG);
export const demoPositions: PositionRecord[] = [
  position('Pierre Calame', 'Président', 'ALLIANCE', fabrique, '2021-01-01'),
  position('Jean-François Caron', 'Directeur général', 'ALLIANCE', fabrique, '2021-01-01'),
  position('Julian Perdrigeat', 'Délégué', 'ALLIANCE', fabrique, '2021-01-01'),
  position('Jean-Yves Gouttebel', 'Président du Conseil départemental', 'TERRITORY', territoryId('DEPARTEMENT', '63'), '2004-03-28'),
];
