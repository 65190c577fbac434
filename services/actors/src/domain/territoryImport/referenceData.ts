/** The files of @etalab/decoupage-administratif that the import reads, as they are shaped there. */
export interface ReferenceData {
  /** Edition (the package version), recorded on territories that a later edition no longer lists. */
  edition: string;
  regions: Array<{ code: string; nom: string; chefLieu?: string }>;
  departements: Array<{ code: string; nom: string; region: string; chefLieu?: string }>;
  epci: Array<{ code: string; nom: string; type: string; populationMunicipale?: number; membres: Array<{ code: string }> }>;
  /** Every commune row; only `commune-actuelle` rows are territories (the others are communes déléguées...). */
  communes: Array<{ code: string; nom: string; type: string; departement?: string; region?: string; population?: number }>;
}

/** Loads the edition installed in node_modules. */
export function loadReferenceData(): ReferenceData {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    edition: (require('@etalab/decoupage-administratif/package.json') as { version: string }).version,
    regions: require('@etalab/decoupage-administratif/data/regions.json'),
    departements: require('@etalab/decoupage-administratif/data/departements.json'),
    epci: require('@etalab/decoupage-administratif/data/epci.json'),
    communes: require('@etalab/decoupage-administratif/data/communes.json'),
  };
}
