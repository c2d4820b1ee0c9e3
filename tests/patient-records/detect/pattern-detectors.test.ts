import { describe, expect, it } from 'vitest';
import * as d from '../../../checks/patient-records/detect/pattern-detectors.js';
import { PATTERN_DETECTORS, setDetectorEnabled } from '../../../checks/patient-records/detect/index.js';
import { enabledDetectors } from '../../../checks/patient-records/detect/registry.js';
import { runDetector } from '../../../checks/patient-records/detect/scan-text.js';
import type { PatternDetector } from '../../../checks/patient-records/detect/types.js';

const count = (det: PatternDetector, text: string) => runDetector(det, text).length;

describe.each<[string, PatternDetector, [string, number][]]>([
  ['ssn-formatted', d.ssnFormatted, [
    ['SSN: 512-47-3381', 1],
    ['social security number 512 47 3381', 1],
    ['Name\tSSN\tDOB\nAna Ruiz\t...\nlater rows far below the header line, far enough away from the word: 512-47-3381', 1],
    ['part no 512-47-3381', 0],
    ['Order 512-47-3381 shipped', 0],
    ['SSN: 999-96-6821', 0],
    ['SSN: 078-05-1120', 0],
    ['SSN: 512-47-3381x', 1],
    ['serial 512-47-3381 in a document without the word', 0],
    ['ssn 512-47 3381', 0],
  ]],
  ['ssn-unformatted', d.ssnUnformatted, [
    ['my ssn is 512473381', 1],
    ['social security number 512473381', 1],
    ['invoice 512473381', 0],
    ['ssn appears here but the number is much further along the sentence: 512473381', 0],
    ['ssn 5124733810', 0],
  ]],
  ['ssn-spaced', d.ssnSpaced, [['SSN gender birthdate\n172 - 32 - \n1176 m', 1], ['172 - 32 - 1176 with no context', 0]]],
  ['ssn-split', d.ssnSplit, [['SSN\n172-321176', 1], ['ref 172-321176', 0]]],
  ['phone-formatted', d.phoneFormatted, [
    ['call (425) 882-9090', 1],
    ['425-882-9090', 1],
    ['+1 425.882.9090', 1],
    ['012-882-9090', 0],
    ['SSN 425-882-9090', 0],
  ]],
  ['phone-unformatted', d.phoneUnformatted, [['phone: 4258829090', 1], ['ts 1514038530000', 0], ['id 4258829090', 0]]],
  ['npi', d.npi, [['NPI: 1245319599', 1], ['provider 1234567893', 1], ['NPI: 1234567890', 0], ['1245319599 with nothing around', 0], ['NPI 9999955898', 0]]],
  ['dea', d.dea, [['DEA# BB1388568', 1], ['DEA BB1388567', 0], ['code BB1388568', 0], ['DEA bb1388568', 0]]],
  ['mbi', d.mbi, [['Medicare ID 1EG4-TE5-MK73', 1], ['MBI: 1EG4TE5MK73', 1], ['licence key 1EG4TE5MK73', 0], ['MBI: 1SG4TE5MK73', 0]]],
  ['credit-card', d.creditCard, [['card 4111 1111 1111 1111', 1], ['visa 4111-1111-1111-1111', 1], ['card 4111 1111 1111 1112', 0], ['order 4111111111111111', 0]]],
  ['address', d.address, [['lives at 123 Main Street, Boston', 1], ['4469 Sherman Street', 1], ['309 63rd St.', 1], ['room 12 main street', 0]]],
  ['icd10', d.icd10, [['Dx: E11.9 type 2 diabetes', 1], ['ICD-10 S72.001A', 1], ['version E11.9', 0]]],
  ['icd10-bare', d.icd10Bare, [['diagnosis code I10', 1], ['Dx E119', 1], ['room I10', 0]]],
  ['cpt', d.cpt, [['CPT 99213', 1], ['procedure code 3074F', 1], ['zip 99213', 0], ['CPT $99213', 0]]],
])('%s', (_id, det, cases) => {
  it.each(cases)('%j -> %i hit(s)', (text, n) => expect(count(det, text)).toBe(n));
});

describe('registry', () => {
  it('lists unique ids and can switch a detector off and on', () => {
    const ids = PATTERN_DETECTORS.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    setDetectorEnabled('address', false);
    expect(enabledDetectors().some((x) => x.id === 'address')).toBe(false);
    setDetectorEnabled('address', true);
    expect(enabledDetectors().some((x) => x.id === 'address')).toBe(true);
    expect(() => setDetectorEnabled('nope', false)).toThrow(/unknown detector/);
  });

  it('runs every pattern in linear time on adversarial input', () => {
    const evil = `${'1-'.repeat(50_000)}${'9'.repeat(50_000)} ${'A1'.repeat(50_000)} ${'Aa '.repeat(30_000)}`;
    const t0 = performance.now();
    for (const det of PATTERN_DETECTORS) runDetector({ ...det, score: 1 }, evil);
    expect(performance.now() - t0).toBeLessThan(3_000);
  });
});
