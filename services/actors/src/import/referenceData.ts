import { territoryId, type TerritoryLevel } from '@fabrique/kit';
import type { TerritoryRecord } from '../models/territories/schema';

/** The shape of the files of @etalab/decoupage-administratif that the import reads. */
export interface ReferenceData {
  edition: string;
  regions: Array<{ code: string; nom: string; chefLieu?: string }>;
  departements: Array<{ code: string; nom: string; region: string; chefLieu?: string }>;
  communes: Array<{ code: string; nom: string; type: string; departement?: string; region?: string; population?: number }>;
}

/** Loads the edition installed in node_modules. */
export function loadReferenceData(): ReferenceData {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    edition: (require('@etalab/decoupage-administratif/package.json') as { version: string }).version,
    regions: require('@etalab/decoupage-administratif/data/regions.json'),
    departements: require('@etalab/decoupage-administratif/data/departements.json'),
    communes: require('@etalab/decoupage-administratif/data/communes.json'),
  };
}

/** Lower-case, accent-free, with hyphens and apostrophes as spaces: "Puy-de-Dôme" → "puy de dome". */
export function searchableName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function record(
  level: TerritoryLevel,
  code: string,
  name: string,
  edition: string,
  fields: Partial<Pick<TerritoryRecord, 'population' | 'parentId' | 'chefLieuId'>> & { scope: string[] },
): TerritoryRecord {
  return {
    _id: territoryId(level, code),
    level,
    code,
    name,
    searchName: searchableName(name),
    population: fields.population ?? null,
    parentId: fields.parentId ?? null,
    chefLieuId: fields.chefLieuId ?? null,
    scope: fields.scope,
    edition,
  };
}

/** Régions and départements, with populations summed from their current communes. */
export function buildTerritoryRecords(data: ReferenceData): TerritoryRecord[] {
  const totals = new Map<string, number>();
  for (const c of data.communes) {
    if (c.type !== 'commune-actuelle') continue;
    for (const key of [`region:${c.region}`, `departement:${c.departement}`]) {
      totals.set(key, (totals.get(key) ?? 0) + (c.population ?? 0));
    }
  }
  const populationOf = (key: 'departement' | 'region', code: string) => totals.get(`${key}:${code}`) ?? 0;
  const chefLieu = (code?: string) => (code ? territoryId('COMMUNE', code) : null);

  const regions = data.regions.map((r) =>
    record('REGION', r.code, r.nom, data.edition, {
      population: populationOf('region', r.code),
      chefLieuId: chefLieu(r.chefLieu),
      scope: [territoryId('REGION', r.code)],
    }),
  );
  const departements = data.departements.map((d) =>
    record('DEPARTEMENT', d.code, d.nom, data.edition, {
      population: populationOf('departement', d.code),
      parentId: territoryId('REGION', d.region),
      chefLieuId: chefLieu(d.chefLieu),
      scope: [territoryId('DEPARTEMENT', d.code), territoryId('REGION', d.region)],
    }),
  );
  return [...regions, ...departements];
}
