import { describe, expect, it } from 'vitest';
import { scanLabels } from '../../../checks/patient-records/detect/labels.js';
import { nameBefore, scanProseNames } from '../../../checks/patient-records/detect/prose-names.js';
import { hasGivenName, isGivenName } from '../../../checks/patient-records/detect/given-names.js';

const values = (hits: { value: string }[]) => hits.map((h) => h.value);
// Care verbs are label cues (the label pass reads them), the rest comes from the pair pass.
const scanCareNames = (text: string) => [...scanLabels(text).filter((h) => h.kind === 'name'), ...scanProseNames(text).care];

describe('scanProseNames: names tied to care (labelled)', () => {
  it.each<[string, string[]]>([
    // care verbs before or after the name
    ['I saw Mrs. Rosa Delgado (born 4 March 1961) today', ['Rosa Delgado']],
    ['Saw Mr. Arturo Vasquez at home today', ['Arturo Vasquez']],
    ['Luis Garcia was seen in our office on March 10', ['Luis Garcia']],
    ['Harriet Coleman presented with syncope', ['Harriet Coleman']],
    ['I am referring Harriet Coleman, born 4th March 1941', ['Harriet Coleman']],
    // age and sex after a name (given name or Last, First)
    ['Brandon Liu, 45 y/o M -- 04/02/2025', ['Brandon Liu']],
    ['Bed 4 - Pryce, Walter 75M - GI bleed', ['Pryce, Walter']],
    // LAST, FIRST opening a dated line
    ['DELGADO, ROSA M             03/04/1961    F/U', ['DELGADO, ROSA M']],
    ['  9:20 Castellano, Renee   06/21/1983', ['Castellano, Renee']],
    // not people
    ['The patient was admitted for pneumonia.', []],
    ['Seen Dr. Patel last week', []],
    ['Admitted Patients Report', []],
    ['Springfield, Oregon   03/04/2025', []],
    ['Suite 3, 45 M street', []],
    ['Figure 2, 12 F', []],
    ['Grandma Rose, 90 years old!', []],
  ])('%j -> %j', (text, expected) => expect(values(scanCareNames(text))).toEqual(expected));

  it('marks care verbs as a care relationship, list lines not', () => {
    expect(scanCareNames('Luis Garcia was seen today')[0]?.care).toBe(true);
    expect(scanCareNames('Luis Garcia was seen today')[0]?.prose).toBe(true);
    expect(scanCareNames('Delgado, Rosa   3/4/1961')[0]?.care).toBeUndefined();
  });
});

describe('scanProseNames: weak names', () => {
  it.each<[string, string[], boolean[]]>([
    ['3/10 9:05a  Gloria Mendez  (541) 555-0161  needs refill lisinopril 10mg', ['Gloria Mendez'], [true]],
    ['f/u with Dr. M about Alan Pruitt\'s potassium 5.9', ['Alan Pruitt'], [true]],
    // untitled greetings and bare first-last names need a clinical line
    ['Dear Michael Tran, thank you for your gift', [], []],
    // Last, First on a clinical line; places are not names
    ['WHITFIELD, HAROLD - CHF, EF 35%, on furosemide', ['WHITFIELD, HAROLD'], [true]],
    ['Springfield, Oregon - diabetes prevention program', [], []],
    ['Kendra Mills has been our lead medical assistant for six years.', [], []],
    // care givers are not patients
    ['Dr. Grace Kim started metformin', [], []],
    ['Helen Marsh, MD prescribed metformin', [], []],
    ['Dear Dr. Patel, metformin', [], []],
    ['Dear Valued Patient, flu vaccine', [], []],
    // accented given names
    ['María Santos: toma sertralina, depresión e insulin', ['María Santos'], [true]],
  ])('%j -> %j', (text, names, linked) => {
    const hits = scanProseNames(text).weak;
    expect(values(hits)).toEqual(names);
    expect(hits.map((h) => !!h.linked)).toEqual(linked);
    expect(hits.every((h) => h.strength === 'pattern')).toBe(true);
  });
});

describe('nameBefore', () => {
  it.each<[string, string]>([
    ['my son Kevin Thao (', 'Kevin Thao'],
    ['list (Eleanor Whitaker, ', 'Eleanor Whitaker'],
    ['OKONKWO, CHIAMAKA    ', 'OKONKWO, CHIAMAKA'],
    ['Re: Harold Whitfield, ', 'Harold Whitfield'],
    ['Subscriber name: ____  Subscriber ', ''],
    ["Mother's Maiden Name ", ''],
    ['Dr. Helen Marsh, ', ''],
    ['Harold Whitfield\n', ''],
  ])('%j DOB -> %j', (before, name) => expect(nameBefore(`${before}DOB 1/2/1950`, before.length)).toBe(name));
});

describe('given names', () => {
  it.each<[string, boolean]>([
    ['Rosa', true], ['María', true], ['RENEE', true], ['Chiamaka', true], ['Springfield', false], ['Max', false], ['April', false],
  ])('isGivenName %j -> %s', (w, ok) => expect(isGivenName(w)).toBe(ok));
  it.each<[string, boolean]>([
    ['Maria Lopez', true], ['Lopez, Maria', true], ['DELGADO, ROSA M', true], ['Holiday Party', false], ['Springfield, Oregon', false],
  ])('hasGivenName %j -> %s', (v, ok) => expect(hasGivenName(v)).toBe(ok));
});
