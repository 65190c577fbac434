import { badTerritoryId, checkActorId, checkProgrammeId, checkRecordId, checkTerritoryId, programmeIdOf, unknownReference } from '../src';

const refusal = (check: () => unknown) => {
  try {
    check();
  } catch (error) {
    const { message, extensions } = error as { message: string; extensions: Record<string, unknown> };
    return { message, code: extensions.code, field: extensions.field };
  }
  throw new Error('expected a refusal');
};

describe('references (ids naming other records)', () => {
  it('words each mistake once; the code says whether a list argument or a write named it', () => {
    const unknown = 'Territory "DEPARTEMENT:999" does not exist.';
    expect(refusal(() => checkTerritoryId('territory', 'DEPARTEMENT:999'))).toEqual({ message: unknown, code: 'NOT_FOUND', field: 'territory' });
    expect(refusal(() => checkTerritoryId('input.territoryId', 'DEPARTEMENT:999', 'input'))).toEqual({ message: unknown, code: 'BAD_USER_INPUT', field: 'input.territoryId' });
    expect(refusal(() => checkTerritoryId('within', 'Puy-de-Dôme'))).toEqual({
      message: 'within must be a territory id such as "DEPARTEMENT:63" or "COMMUNE:63113".',
      code: 'BAD_USER_INPUT',
      field: 'within',
    });
    expect(unknownReference('parent', 'Theme', 'x').extensions).toMatchObject({ code: 'NOT_FOUND', field: 'parent', id: 'x' });
  });

  it('words a bad territory id one way, whoever refuses it (badTerritoryId, checkTerritoryId, checkActorId)', () => {
    const wording = (error: { message: string; extensions: Record<string, unknown> }) => ({ message: error.message, code: error.extensions.code, field: error.extensions.field });
    for (const [value, use] of [['Puy-de-Dôme', 'input'], ['DEPARTEMENT:999', 'input'], ['63', 'argument'], ['REGION:99', 'argument']] as const) {
      const one = wording(badTerritoryId('f', value, use) as never);
      expect(refusal(() => checkTerritoryId('f', value, use))).toEqual(one);
      if (value.includes(':')) expect(refusal(() => checkActorId('f', value, use))).toEqual(one);
    }
    expect(wording(badTerritoryId('id', '63') as never).message).toBe('id must be a territory id such as "DEPARTEMENT:63" or "COMMUNE:63113".');
    expect(wording(badTerritoryId('input.holderId', 'COMMUNE:99999', 'input') as never)).toEqual({ message: 'Territory "COMMUNE:99999" does not exist.', code: 'BAD_USER_INPUT', field: 'input.holderId' });
  });

  it('knows territories and programmes from the reference data, organisations by their form', () => {
    expect(checkTerritoryId('t', 'COMMUNE:63113')).toBe('COMMUNE:63113');
    expect(checkActorId('a', 'REGION:84')).toBe('REGION:84');
    expect(checkActorId('a', 'ffffffffffffffffffffffff')).toBe('ffffffffffffffffffffffff');
    expect(refusal(() => checkActorId('a', 'REGION:99'))).toMatchObject({ code: 'NOT_FOUND', field: 'a' });
    expect(refusal(() => checkActorId('a', 'ademe'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'a' });
    expect(checkProgrammeId('p', programmeIdOf('PILOT_COHORT'))).toBe(programmeIdOf('PILOT_COHORT'));
    expect(refusal(() => checkProgrammeId('p', 'f'.repeat(24)))).toMatchObject({ code: 'NOT_FOUND', field: 'p' });
    expect(refusal(() => checkRecordId('c', 'F'.repeat(24)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'c' });
  });
});
