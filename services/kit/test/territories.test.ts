import { actorReference, parseTerritoryId, territoryHierarchy, territoryIdsIn, territoryScope } from '../src';

describe('territory hierarchy', () => {
  it('files a commune under its EPCI, département and région', () => {
    expect(territoryHierarchy().scopeOf('COMMUNE:63113')).toEqual(['COMMUNE:63113', 'DEPARTEMENT:63', 'REGION:84', 'EPCI:246300701']);
  });

  it('keeps same codes of different levels apart', () => {
    expect(territoryScope(['DEPARTEMENT:84'])).toEqual(['DEPARTEMENT:84', 'REGION:93']);
    expect(territoryScope(['REGION:84'])).toEqual(['REGION:84']);
  });

  it('knows nothing of unknown ids', () => {
    expect(territoryHierarchy().has('COMMUNE:99999')).toBe(false);
    expect(territoryScope(['COMMUNE:99999'])).toEqual([]);
  });

  it('parses ids and tells actors apart', () => {
    expect(parseTerritoryId('EPCI:246300701')).toEqual({ level: 'EPCI', code: '246300701' });
    expect(parseTerritoryId('d4c9a10cb8fa326de0860a43')).toBeNull();
    expect(actorReference('DEPARTEMENT:63').__typename).toBe('Territory');
    expect(actorReference('d4c9a10cb8fa326de0860a43').__typename).toBe('Organisation');
  });
});

describe('territory ids held by records', () => {
  it('finds them at any depth, once each, and nothing else', () => {
    const records = [
      { _id: 'd4c9a10cb8fa326de0860a43', parties: [{ actorId: 'DEPARTEMENT:63', role: 'Signataire' }, { actorId: 'd4c9a10cb8fa326de0860a44' }] },
      { territoryIds: ['COMMUNE:68343', 'DEPARTEMENT:63'], host: { id: 'EPCI:200040509' }, at: new Date(0), count: 3, note: 'COMMUNE:63113 is named in a sentence' },
      null,
    ];
    expect(territoryIdsIn(records)).toEqual(['DEPARTEMENT:63', 'COMMUNE:68343', 'EPCI:200040509']);
  });
});

describe('scope of a commune in an EPCI spanning several départements', () => {
  it('holds its EPCI but not the other départements of that EPCI', () => {
    const scope = territoryHierarchy().scopeOf('COMMUNE:01010');
    expect(scope).toContain('DEPARTEMENT:01');
    expect(scope.some((id) => id.startsWith('EPCI:'))).toBe(true);
    expect(scope).not.toContain('DEPARTEMENT:74');
  });
});
