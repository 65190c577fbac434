// French words for the API's enums, dates and numbers.
import type { ApplicationStatus, ConventionStatus, EpciType, ProgrammeKind, ResourceKind, TerritoryLevel } from './gql/graphql';

export const CONVENTION_STATUS: Record<ConventionStatus, string> = {
  IN_PREPARATION: 'En préparation',
  SIGNED: 'Signée',
  ACTIVE: 'En cours',
  ENDED: 'Terminée',
  TERMINATED: 'Résiliée',
};

export const APPLICATION_STATUS: Record<ApplicationStatus, string> = {
  SUBMITTED: 'Déposée',
  SHORTLISTED: 'Présélectionnée',
  WAITLISTED: 'En liste d’attente',
  OFFERED: 'Place proposée',
  ACCEPTED: 'Acceptée',
  REJECTED: 'Refusée',
  WITHDRAWN: 'Retirée',
  DECLINED: 'Déclinée',
};

export const LEVEL: Record<TerritoryLevel, string> = {
  REGION: 'Région',
  DEPARTEMENT: 'Département',
  EPCI: 'Intercommunalité',
  COMMUNE: 'Commune',
};

export const EPCI_TYPE: Record<EpciType, string> = {
  COMMUNAUTE_DE_COMMUNES: 'Communauté de communes',
  COMMUNAUTE_D_AGGLOMERATION: 'Communauté d’agglomération',
  COMMUNAUTE_URBAINE: 'Communauté urbaine',
  METROPOLE: 'Métropole',
  METROPOLE_DE_LYON: 'Métropole de Lyon',
};

export const PROGRAMME: Record<ProgrammeKind, string> = {
  INITIATION_DAY: 'Journée d’initiation',
  SHORT_DIAGNOSTIC: 'Diagnostic court',
  PILOT_COHORT: 'Promotion pilote',
  EXPERIMENTAL_SUPPORT: 'Accompagnement expérimental',
};

const NUMBER = new Intl.NumberFormat('fr-FR');
const PERCENT = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });
const DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('fr-FR', { month: 'short', year: 'numeric', timeZone: 'UTC' });

export const formatNumber = (n: number) => NUMBER.format(n);
export const formatPercent = (share: number | null | undefined) => (share == null ? '—' : PERCENT.format(share));
export const formatDate = (iso: string | null | undefined) => (iso ? DATE.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso)) : '—');
/** "2024-03" → "mars 2024". */
export const formatMonth = (month: string) => MONTH.format(new Date(`${month}-01T00:00:00Z`));

export function plural(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n > 1 ? many : one}`;
}

/** The route of a territory's page. */
export const territoryPath = (id: string) => `/territoires/${encodeURIComponent(id)}`;
export const experiencePath = (id: string) => `/experiences/${encodeURIComponent(id)}`;

export const RESOURCE_KIND: Record<ResourceKind, string> = {
  GUIDE: 'Guide',
  METHOD: 'Méthode',
  TOOL: 'Outil',
  REPORT: 'Rapport',
  VIDEO: 'Vidéo',
  TRAINING_MATERIAL: 'Support de formation',
};
