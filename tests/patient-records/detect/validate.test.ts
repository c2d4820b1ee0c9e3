import { describe, expect, it } from 'vitest';
import { isPlaceholder, isPlausibleDate, isSsnShaped, isValidCard, isValidDea, isValidMbi, isValidNpi, isValidSsn, luhn } from '../../../checks/patient-records/detect/validate.js';

describe('isValidSsn (SSA rules for free text)', () => {
  it.each([
    ['512-47-3381', true],
    ['512473381', true],
    ['078-05-1121', true],
    ['000-12-3456', false],
    ['666-12-3456', false],
    ['912-34-5678', false],
    ['999-96-6821', false],
    ['512-00-3381', false],
    ['512-47-0000', false],
    ['078-05-1120', false],
    ['219-09-9999', false],
    ['123-45-6789', false],
    ['555-55-5555', false],
    ['51247338', false],
  ])('%s -> %s', (value, ok) => expect(isValidSsn(value)).toBe(ok));
});

describe('isSsnShaped (structure decides, validity does not)', () => {
  it.each([['999-96-6821', true], ['111-00-1234', true], ['123121234', true], ['12-3456789', false], ['1234-56-789', false]])('%s -> %s', (v, ok) =>
    expect(isSsnShaped(v)).toBe(ok),
  );
});

describe('luhn and NPI (80840 prefix)', () => {
  it.each([['79927398713', true], ['79927398710', false], ['', false], ['12a4', false]])('luhn %s -> %s', (v, ok) => expect(luhn(v)).toBe(ok));
  it.each([
    ['1245319599', true],
    ['1234567893', true],
    ['1234567890', false],
    ['9999955898', false],
    ['1111111111', false],
    ['123456789', false],
  ])('NPI %s -> %s', (v, ok) => expect(isValidNpi(v)).toBe(ok));
});

describe('isValidDea (check digit)', () => {
  it.each([['BB1388568', true], ['AB1234563', true], ['BB1388567', false], ['B1388568', false], ['bb1388568', true], ['BB-1388568', true]])('%s -> %s', (v, ok) =>
    expect(isValidDea(v)).toBe(ok),
  );
});

describe('isValidMbi (CMS positional rules)', () => {
  it.each([
    ['1EG4-TE5-MK73', true],
    ['1EG4TE5MK73', true],
    ['0EG4TE5MK73', false],
    ['1SG4TE5MK73', false],
    ['1EG4TE5MK7', false],
    ['1EGATE5MK73', false],
  ])('%s -> %s', (v, ok) => expect(isValidMbi(v)).toBe(ok));
});

describe('isValidCard', () => {
  it.each([['4111 1111 1111 1111', true], ['4111-1111-1111-1112', false], ['378282246310005', true], ['9111111111111111', false], ['0000000000000000', false]])('%s -> %s', (v, ok) =>
    expect(isValidCard(v)).toBe(ok),
  );
});

describe('isPlausibleDate', () => {
  it.each([
    ['03/15/1985', true],
    ['15/03/1985', true],
    ['6/7/81', true],
    ['1985-03-15', true],
    ['19850315', true],
    ['1985-03-15T00:00:00Z', true],
    ['March 15, 1985', true],
    ['15 March 1985', true],
    ['15-Mar-1985', true],
    ['13/13/1985', false],
    ['11111111', false],
    ['1985-13-01', false],
    ['Smarch 15, 1985', false],
    ['1/1/1700', false],
  ])('%s -> %s', (v, ok) => expect(isPlausibleDate(v)).toBe(ok));
});

describe('isPlaceholder', () => {
  it.each([['Anonymized', true], ['^^^^', true], ['N/A', true], ['', true], ['XXXX', true], ['Doe^Peter', false], ['Test^Phantom30sep', false]])('%s -> %s', (v, ok) =>
    expect(isPlaceholder(v)).toBe(ok),
  );
});
