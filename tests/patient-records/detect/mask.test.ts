import { describe, expect, it } from 'vitest';
import { maskValue } from '../../../checks/patient-records/detect/index.js';

describe('maskValue', () => {
  it.each([
    ['ssn', '512-47-3381', '***-**-3381'],
    ['ssn', '512473381', '***-**-3381'],
    ['name', 'John Ortega', 'J*** O*****'],
    ['name', 'Doe^Peter', 'D** P****'],
    ['dob', '03/15/1985', '**/**/1985'],
    ['dob', '19850315', '**/**/1985'],
    ['dob', 'soon', '**/**/****'],
    ['phone', '(617) 555-1234', '(***) ***-1234'],
    ['credit-card', '4111 1111 1111 1111', '**** **** **** 1111'],
    ['email', 'john.smith@example.com', 'j***@***.com'],
    ['mrn', 'MRN-12345-ABC', '***-****5-ABC'],
    ['mrn', '12345', '***45'],
    ['mrn', '1234', '****'],
    ['address', '123 Main Street', '*** M*** S*****'],
  ])('%s %s -> %s', (kind, value, masked) => expect(maskValue(kind, value)).toBe(masked));

  it.each([
    ['ssn', '512-47-3381'],
    ['name', 'Robert Aragon'],
    ['mrn', 'A1234567'],
    ['member-id', 'XYZ998877665'],
    ['email', 'ashley.borden@mail.example'],
  ])('never returns the raw %s', (kind, value) => {
    const masked = maskValue(kind, value);
    expect(masked).not.toBe(value);
    expect(masked).toContain('*');
  });
});
