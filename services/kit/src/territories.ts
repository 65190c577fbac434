// Territory identifiers and the containment hierarchy of the official reference data
// (`@etalab/decoupage-administratif`), shared so that every subgraph can tag its records with the
// territories that contain them (a commune's experience is found from its département) without
// reading the actors subgraph's collections.

export const TERRITORY_LEVELS = ['REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE'] as const;
export type TerritoryLevel = (typeof TERRITORY_LEVELS)[number];

/** Official codes are unique within a level only, so a territory id is `<LEVEL>:<code>`. */
export function territoryId(level: TerritoryLevel, code: string): string {
  return `${level}:${code}`;
}

export function parseTerritoryId(id: string): { level: TerritoryLevel; code: string } | null {
  const separator = id.indexOf(':');
  if (separator < 0) return null;
  const level = id.slice(0, separator) as TerritoryLevel;
  const code = id.slice(separator + 1);
  return TERRITORY_LEVELS.includes(level) && /^[0-9A-Z]{2,9}$/.test(code) ? { level, code } : null;
}

interface RawCommune { code: string; type: string; departement?: string; region?: string }
interface RawEpci { code: string; membres: Array<{ code: string }> }
interface RawDepartement { code: string; region: string }
interface RawRegion { code: string }

interface TerritoryHierarchy {
  /** Whether the id names a territory of the reference data. */
  has(id: string): boolean;
  /** The ids of the territories containing this one, itself included, smallest first. */
  scopeOf(id: string): string[];
}

let hierarchy: TerritoryHierarchy | undefined;

/** Built once per process from the reference data (about 40 ms and a few MB). */
export function territoryHierarchy(): TerritoryHierarchy {
  if (hierarchy) return hierarchy;
  const parents = new Map<string, string[]>();
  const add = (child: string, parent: string) => {
    const list = parents.get(child) ?? [];
    if (!list.includes(parent)) list.push(parent);
    parents.set(child, list);
  };
  /* eslint-disable @typescript-eslint/no-require-imports */
  const regions = require('@etalab/decoupage-administratif/data/regions.json') as RawRegion[];
  const departements = require('@etalab/decoupage-administratif/data/departements.json') as RawDepartement[];
  const epcis = require('@etalab/decoupage-administratif/data/epci.json') as RawEpci[];
  const communes = require('@etalab/decoupage-administratif/data/communes.json') as RawCommune[];
  for (const r of regions) parents.set(territoryId('REGION', r.code), []);
  for (const d of departements) add(territoryId('DEPARTEMENT', d.code), territoryId('REGION', d.region));
  const communeDepartement = new Map<string, string>();
  for (const c of communes) {
    if (c.type !== 'commune-actuelle') continue;
    const id = territoryId('COMMUNE', c.code);
    parents.set(id, parents.get(id) ?? []);
    if (c.departement) {
      add(id, territoryId('DEPARTEMENT', c.departement));
      communeDepartement.set(c.code, c.departement);
    }
  }
  for (const e of epcis) {
    const id = territoryId('EPCI', e.code);
    parents.set(id, parents.get(id) ?? []);
    for (const m of e.membres) {
      add(territoryId('COMMUNE', m.code), id);
      const departement = communeDepartement.get(m.code);
      if (departement) add(id, territoryId('DEPARTEMENT', departement));
    }
  }
  const scopes = new Map<string, string[]>();
  const scopeOf = (id: string): string[] => {
    const cached = scopes.get(id);
    if (cached) return cached;
    const scope = [id];
    for (const parent of parents.get(id) ?? []) {
      // A commune is inside its EPCI, but not inside the other départements an EPCI may span.
      const above = id.startsWith('COMMUNE:') && parent.startsWith('EPCI:') ? [parent] : scopeOf(parent);
      for (const ancestor of above) if (!scope.includes(ancestor)) scope.push(ancestor);
    }
    scopes.set(id, scope);
    return scope;
  };
  hierarchy = { has: (id) => parents.has(id), scopeOf: (id) => (parents.has(id) ? scopeOf(id) : []) };
  return hierarchy;
}

/** The union of the scopes of several territories: what a record about them is filed under. */
export function territoryScope(ids: readonly string[]): string[] {
  const h = territoryHierarchy();
  return [...new Set(ids.flatMap((id) => h.scopeOf(id)))];
}

/**
 * Every territory id that some string of these records holds, each once, in the order met (records,
 * arrays and nested objects walked; dates and other values skipped). What a service's demo data
 * names, for a seed that imports only part of the reference data (see the actors seed).
 */
export function territoryIdsIn(records: unknown): string[] {
  const found = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (parseTerritoryId(value)) found.add(value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object' && !(value instanceof Date)) Object.values(value).forEach(walk);
  };
  walk(records);
  return [...found];
}

/**
 * A federation reference to an actor: territory ids have the form `<LEVEL>:<code>`, anything else
 * is an organisation id. Subgraphs return this; the gateway completes it from the actors subgraph.
 */
export function actorReference(id: string): { __typename: 'Territory' | 'Organisation'; id: string } {
  return { __typename: parseTerritoryId(id) ? 'Territory' : 'Organisation', id };
}
