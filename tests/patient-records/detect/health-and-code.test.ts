import { describe, expect, it } from 'vitest';
import { looksLikeCode } from '../../../checks/patient-records/detect/code-text.js';
import { scanHealthTerms } from '../../../checks/patient-records/detect/health-terms.js';
import { normalizeText } from '../../../checks/patient-records/detect/normalize.js';

describe('scanHealthTerms', () => {
  it.each<[string, string[]]>([
    ['Type 2 diabetes mellitus, on metformin', ['diabet', 'metformin']],
    ['History of present illness: chest pain', ['history of present illness', 'chest pain']],
    ['blood   pressure 130/80', ['blood pressure']],
    ['Perennial allergic rhinitis (disorder)', ['allerg', 'rhinitis', 'disorder', '(disorder)']],
    ['utility utilization tablets, CT state', []],
    ['hypertensive urgency; Hypertension', ['hypertens']],
  ])('%j -> %j', (text, terms) => expect([...scanHealthTerms(text).distinct]).toEqual(terms));

  it('stops after the cap', () => expect(scanHealthTerms('asthma '.repeat(1000), 10).counts.diagnosis).toBe(10));
});

describe('looksLikeCode', () => {
  it.each<[string, boolean]>([
    ["import { x } from './x.js';\nconst a = 1;\nfunction f() {\n  return a;\n}\n", true],
    ['def f(x):\n    return x\n\nclass A:\n    pass\nimport os\n', true],
    ['# Progress note\n\n* Asthma\n* Albuterol as needed\n* Follow-up in 3 months\nPlan: continue\n', false],
    ['Dear Dr. Tran,\nThank you for seeing Mrs. Lopez.\nShe takes apixaban.\nSincerely,\nJane\n', false],
  ])('%j -> %s', (text, code) => expect(looksLikeCode(text)).toBe(code));
});

describe('normalizeText', () => {
  it.each([
    ['197\u2212996\u22129513', '197-996-9513'],
    ['SSN\u00a0512\u201147\u20133381', 'SSN 512-47-3381'],
    ['\uff15\uff11\uff12', '512'],
    ['a\u200bb', 'ab'],
    ['Name: Click here to enter text.: Jo Roe', 'Name:  Jo Roe'],
    ['plain', 'plain'],
  ])('%j -> %j', (input, out) => expect(normalizeText(input)).toBe(out));
});
