import { territoryId, type TerritoryLevel } from '@fabrique/kit';
import type { EpciType, TerritoryRecord } from '../../models/territories/schema';
import { nameWords, searchableName } from '../search';
import type { ReferenceData } from './referenceData';

const EPCI_TYPES: Record<string, EpciType> = {
  CC: 'COMMUNAUTE_DE_COMMUNES',
  CA: 'COMMUNAUTE_D_AGGLOMERATION',
  CU: 'COMMUNAUTE_URBAINE',
  METRO: 'METROPOLE',
  MET69: 'METROPOLE_DE_LYON',
};

type Links = Pick<TerritoryRecord, 'population' | 'parentId' | 'regionId' | 'scope'> &
  Partial<Pick<TerritoryRecord, 'epciId' | 'epciType' | 'chefLieuId'>>;

function record(level: TerritoryLevel, code: string, name: string, links: Links): TerritoryRecord {
  const searchName = searchableName(name);
  return {
    _id: territoryId(level, code),
    level,
    code,
    name,
    searchName,
    nameWords: nameWords(searchName),
    population: links.population,
    parentId: links.parentId,
    regionId: links.regionId,
    epciId: links.epciId ?? null,
    epciType: links.epciType ?? null,
    chefLieuId: links.chefLieuId ?? null,
    scope: links.scope,
    retiredIn: null,
  };
}

const chefLieu = (code?: string) => (code ? territoryId('COMMUNE', code) : null);

export interface BuildOptions {
  /**
   * Only the communes and EPCI of these départements (codes); régions and départements are always all
   * there, with their full populations. For fast tests and small demos.
   */
  departements?: readonly string[] | null;
  /** With `departements`: territories kept as well wherever they lie (the places other records name, such as the demo data's), with their containers. */
  named?: readonly string[];
}

/** Régions, départements, and the communes and EPCI that lie in one of these départements. */
export function inDepartements(codes: readonly string[]): (territory: TerritoryRecord) => boolean {
  const ids = new Set(codes.map((code) => territoryId('DEPARTEMENT', code)));
  return (t) => t.level === 'REGION' || t.level === 'DEPARTEMENT' || t.scope.some((id) => ids.has(id));
}

/**
 * What an import of part of France keeps: the territories `inDepartements` keeps, the `named` ones
 * and every territory containing them (a commune's EPCI), so that a record naming a place outside
 * the départements still finds it: the gateway answers a reference to a territory the actors
 * service lacks `null` without an error, which blanked a demo experience's places. Ids the edition
 * does not hold are ignored.
 */
export function inPartialImport(records: readonly TerritoryRecord[], codes: readonly string[], named: readonly string[] = []): (territory: TerritoryRecord) => boolean {
  const inside = inDepartements(codes);
  const byId = new Map(records.map((t) => [t._id, t]));
  const kept = new Set(named.flatMap((id) => byId.get(id)?.scope ?? []));
  return (t) => kept.has(t._id) || inside(t);
}

/**
 * The territories of an edition of the reference data, linked: commune → EPCI, département, région;
 * EPCI → its départements (the one holding most of its population is its parent) and their régions;
 * département → région; chefs-lieux. Each carries its scope: itself and every territory containing it.
 */
export function buildTerritoryRecords(data: ReferenceData): TerritoryRecord[] {
  const communes = data.communes.filter((c) => c.type === 'commune-actuelle' && c.departement && c.region);
  const regionOfDepartement = new Map(data.departements.map((d) => [d.code, d.region]));
  const totals = new Map<string, number>();
  const add = (id: string, n: number) => totals.set(id, (totals.get(id) ?? 0) + n);
  for (const c of communes) {
    add(territoryId('DEPARTEMENT', c.departement!), c.population ?? 0);
    add(territoryId('REGION', c.region!), c.population ?? 0);
  }

  const regions = data.regions.map((r) => {
    const id = territoryId('REGION', r.code);
    return record('REGION', r.code, r.nom, { population: totals.get(id) ?? 0, parentId: null, regionId: id, chefLieuId: chefLieu(r.chefLieu), scope: [id] });
  });

  const departements = data.departements.map((d) => {
    const id = territoryId('DEPARTEMENT', d.code);
    const region = territoryId('REGION', d.region);
    return record('DEPARTEMENT', d.code, d.nom, { population: totals.get(id) ?? 0, parentId: region, regionId: region, chefLieuId: chefLieu(d.chefLieu), scope: [id, region] });
  });

  const communeByCode = new Map(communes.map((c) => [c.code, c]));
  const epciOfCommune = new Map<string, string>();
  const epcis = data.epci.map((e) => {
    const id = territoryId('EPCI', e.code);
    // Départements by the population of the member communes in each, largest first.
    const shares = new Map<string, number>();
    let population = 0;
    for (const member of e.membres) {
      const commune = communeByCode.get(member.code);
      if (!commune) continue;
      epciOfCommune.set(commune.code, id);
      shares.set(commune.departement!, (shares.get(commune.departement!) ?? 0) + (commune.population ?? 0));
      population += commune.population ?? 0;
    }
    const byShare = [...shares].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([code]) => code);
    const regionCodes = [...new Set(byShare.map((code) => regionOfDepartement.get(code)!))];
    const main = byShare[0];
    return record('EPCI', e.code, e.nom, {
      population: e.populationMunicipale ?? population,
      parentId: main ? territoryId('DEPARTEMENT', main) : null,
      regionId: main ? territoryId('REGION', regionOfDepartement.get(main)!) : null,
      epciType: EPCI_TYPES[e.type] ?? null,
      scope: [id, ...byShare.map((code) => territoryId('DEPARTEMENT', code)), ...regionCodes.map((code) => territoryId('REGION', code))],
    });
  });

  const communeRecords = communes.map((c) => {
    const departement = territoryId('DEPARTEMENT', c.departement!);
    const region = territoryId('REGION', c.region!);
    const epci = epciOfCommune.get(c.code) ?? null;
    return record('COMMUNE', c.code, c.nom, {
      population: c.population ?? 0,
      parentId: departement,
      regionId: region,
      epciId: epci,
      scope: [territoryId('COMMUNE', c.code), ...(epci ? [epci] : []), departement, region],
    });
  });

  return [...regions, ...departements, ...epcis, ...communeRecords];
}
