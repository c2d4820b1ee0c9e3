/** Label-anchored detectors: find a label ("MRN:", "DOB:", "Patient:"), then read the value right after it. */
import type { Hit } from './types.js';
import { hasGivenName, isGivenName } from './given-names.js';
import { scanHealthTerms } from './health-terms.js';
import { isOrgName, isPersonName, isStandInName, trimName } from './names.js';
import { clinicalLine, nameBefore } from './prose-names.js';
import { isPlausibleDate } from './validate.js';

type LabelDetector = {
  id: string;
  kind: string;
  /** Case-insensitive label alternatives (regex source, no capture groups). */
  label: string;
  /** Sticky, case-sensitive value pattern read after the separator; group 1 is the value. */
  value: RegExp;
  validate: (value: string) => boolean;
  /** The label itself says the person is a patient (a care relationship is health information). */
  care?: boolean;
  /** Tidies the captured value before validation. */
  clean?: (value: string) => string;
  /** The label must open its line and the value must fill the rest of it ("Patient Jane Roe" as a flattened table row). */
  wholeLine?: boolean;
  /** The label must open its line. */
  lineStart?: boolean;
  /** The label only hints at a person: the hit is a weak (shape-found) name. */
  weak?: boolean;
  /** A care verb: the name follows it ("saw Jane Roe") or, after "was"/"is" or for "presents", comes before it. */
  careVerb?: boolean;
  /** A cue in running prose: case studies use it too, so callers drop the hit in teaching texts. */
  prose?: boolean;
  /** A lone surname: weak, and only kept (`linked`) when its line or the next two hold clinical content. */
  surname?: boolean;
  /** Separator after the label: names need a colon, ids may follow a space or a line break. */
  sep: RegExp;
};

const digitCount = (v: string): number => v.replace(/\D/g, '').length;
const ID_VALUE = /([A-Za-z0-9][A-Za-z0-9-]{1,24}[A-Za-z0-9])/y;
const LOOSE_SEP = /(?:\s*\([^)\n]{0,16}\))?[ \t]*(?:number|num|no\.?|#)?[\s:#=.*_-]{0,12}(?:(?:is|was|of|on file|on record)[ \t:]+)?/y;
// Markdown and rich-text exports wrap labels in emphasis: `**Patient:** Jane Roe`.
const COLON_SEP = /(?:\s*\([^)\n]{0,16}\))?[ \t]*[*_]{0,2}[:\t][*_]{0,2}[ \t]*/y;
// Dates as forms and letters write them: 3/4/1961, 1961-03-04, March 4th, 1961, MARCH 4 1961, the 4th of March 1961, 4-Mar-61, 19610304.
const DATE_VALUE = /(?:the )?(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th|ST|ND|RD|TH)?,? \d{4}|\d{1,2}(?:st|nd|rd|th|ST|ND|RD|TH)? (?:of )?[A-Za-z]{3,9}\.?,? \d{4}|\d{1,2}-[A-Za-z]{3}-\d{2,4}|\d{1,2} de [a-z]{4,10} (?:de |del )?\d{4}|(?:18|19|20)\d{6})(?![\d/])/y;
const NAME_VALUE = /(?:(?:Mr|Mrs|Ms|Miss|Mx)\.? )?([A-Z\u00C0-\u00D6\u00D8-\u00DE][A-Za-z\u00C0-\u00D6\u00D8-\u00DE\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F'’-]*\d{0,4}\.?(?:,? [A-Z\u00C0-\u00D6\u00D8-\u00DE][A-Za-z\u00C0-\u00D6\u00D8-\u00DE\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F'’-]*\d{0,4}\.?){1,3})(?! [a-z])/y;

// A name in running text: 1-3 capitalized words (a title lets a lone surname through), stopping at lower case.
const PROSE_NAME_VALUE = /(?:(?:Mr|Mrs|Ms|Miss|Mx)\.? )?([A-Z\u00C0-\u00D6\u00D8-\u00DE][A-Za-z\u00C0-\u017F'’-]+(?: [A-Z]\.?(?![A-Za-z]))?(?: [A-Z\u00C0-\u00D6\u00D8-\u00DE][A-Za-z\u00C0-\u017F'’-]+){0,2})/y;

// A column gap after a label cell: a tab, or two or more spaces.
const CELL_GAP = /(?:[ ]*\t|[ ]{2,})[ \t]*/y;
// After a DICOM tag: `: ` (JSON flattened, pydicom) or dcmdump's ` [value]`, maybe quoted.
const DICOM_SEP = /[ \t]*(?:[:\t=][ \t]*\[?|\[)[ \t]*/y;
// A lone surname ("Pt: Okafor    Rm 3"): one capitalized word (McDonald, O'Brien, Smith-Jones) that ends the line or a
// cell (two spaces, a tab, a comma, a bracket), never running on into prose ("Pt: Seen today").
const SURNAME_VALUE = /(?:(?:Mr|Mrs|Ms|Miss|Mx)\.? )?([A-Z\u00C0-\u00D6\u00D8-\u00DE](?:[a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F]|['’-](?=[A-Za-z])|[A-Z](?=[a-z]))+)(?=[ \t]{2,}|\t|[ \t]*(?:\r|\n|$)|[ \t]*[,;(|/]|[ \t]+[-–—][ \t])/y;
// Lower-case names (notes and texts typed without capitals): two or three words.
const LOWER_WORD = String.raw`[a-z\u00DF-\u00FF][a-z\u00DF-\u00FF'’-]+`;
const LOWER_NAME_CELL = new RegExp(String.raw`(${LOWER_WORD}(?: ${LOWER_WORD}){1,2})(?=[ \t]{2,}|\t|[ \t]*(?:\r|\n|$)|[ \t]*[,;(|])`, 'y');
const LOWER_NAME_BEFORE_ID = new RegExp(String.raw`(${LOWER_WORD}(?: ${LOWER_WORD}){1,2})(?=(?:[ \t]{2,}|\t|[ \t]*[,;|][ \t]*)(?:dob|d\.o\.b|mrn|acct|account|chart|age)\b)`, 'y');
const LOWER_INTRO = new RegExp(String.raw`(${LOWER_WORD} ${LOWER_WORD})(?=[ \t]*[,.!;:]|[ \t]*(?:\r|\n|$)|[ \t]+(?:here|again|from)\b)`, 'y');
// Words that end a texted introduction but are no surname ("it's maria again", "this is jen calling").
const INTRO_STOP = new Set('again here there back now too also calling texting writing checking lol thanks thx please sorry ok okay hi hey btw fyi'.split(' '));
const titleCase = (v: string): string => v.replace(/(^|[\s'’-])([a-z\u00DF-\u00FF])/g, (_m, a: string, b: string) => a + b.toUpperCase());
/** A lower-case name: two or three name-shaped words, no label or clinical word among them (`given`: the first must be a common given name). */
const lowerName = (v: string, given: boolean): boolean => {
  const name = titleCase(v);
  return isPersonName(name) && (!given || isGivenName(name.split(' ')[0]!)) && scanHealthTerms(v, 1).distinct.size === 0 && !isOrgName(name);
};

// Words that follow a patient label on forms and in notes, capitalized, on their own: states, not surnames.
const NOT_SURNAME = new Set(
  ('stable unstable improved improving unchanged worse worsening better well seen established new returning existing ' +
    'alert awake oriented cooperative calm anxious ambulatory alive deceased expired present absent arrived admitted ' +
    'discharged transferred registered scheduled rescheduled cancelled canceled confirmed declined refused consented ' +
    'verified identified compliant noncompliant adherent tolerated tolerating positioned prepped sedated intubated ' +
    'fasting vaccinated insured uninsured responsible balance copay paid owes adult pediatric paediatric child infant ' +
    'minor elderly geriatric inpatient outpatient resident visitor guest walkin walk-in completed complete done pending ' +
    'waiting ready called notified informed educated counseled counselled instructed advised agrees understands ' +
    'reports states denies none nobody anonymous unidentified unnamed tbd tba unassigned various multiple several ' +
    'copy original chart record file details demographics summary overview signature initials consent agreement ' +
    'positive negative normal abnormal critical urgent routine priority stat high low medium moderate severe mild ' +
    'active inactive discharge admission intake triage transfer referral follow-up followup return').split(' '),
);
// DICOM person names: `FAMILY^GIVEN^MIDDLE`, maybe quoted (pydicom dumps).
const PN_VALUE = /'?([A-Za-z][A-Za-z'’ -]{0,40}(?:\^[A-Za-z'’ .-]{0,40}){1,4})/y;

// Organizations, stand-ins ("John Doe") and clinical terms ("Name: Metformin Hydrochloride") are not people.
// "J. Alvarez" after a name label is a person too, though one token is only an initial.
const labelledName = (v: string): boolean => isPersonName(v) || (/^[A-Z]\.? [A-Z][A-Za-z'’-]+$/.test(v) && isPersonName(v.slice(v.indexOf(' ') + 1), 1));

// DICOM person names come as FAMILY^GIVEN^MIDDLE.
const cleanPn = (v: string): string => cleanName(v.replace(/\^+/g, ' ').replace(/\s+/g, ' ').trim());

export const cleanName = (v: string): string => {
  const name = isOrgName(v) ? '' : trimName(v);
  return isStandInName(name) || scanHealthTerms(name, 1).distinct.size > 0 ? '' : name;
};

/** The label detectors, in the order their labels are tried. */
export const LABEL_DETECTORS: LabelDetector[] = [
  {
    id: 'dob-label', kind: 'dob', sep: LOOSE_SEP, value: DATE_VALUE, validate: isPlausibleDate,
    label: String.raw`dob|d\.o\.b\.?|b\.(?= ?\d)|date of birth|fecha de nacimiento|fecha nac\.?|f\. ?nac\.?|data of birth|birth ?date|birthdate|born(?: on)?|birthday|bday|patient'?s? ?birth ?date`,
  },
  {
    id: 'dicom-keyword-name', kind: 'name', care: true, sep: COLON_SEP, value: PN_VALUE, validate: isPersonName, clean: cleanPn,
    label: String.raw`patientname`,
  },
  // A lab's specimen or accession number singles out one patient's sample the way a chart number does.
  {
    id: 'mrn-label', kind: 'mrn', sep: LOOSE_SEP, value: ID_VALUE, validate: (v) => digitCount(v) >= 4,
    label: String.raw`mrn|mr#|mr no|medical record(?: number| no| #)?|med rec(?: no| #)?|chart(?: number| no| #)|patient ?id|patient #|patient no|patient number|pt id|pt #|patient identifier|specimen(?: number| no| #| id)|accession(?: number| no| #)|n\.?º de expediente|n[uú]mero de expediente|expediente(?: m[eé]dico| cl[ií]nico)?|client id`,
  },
  {
    id: 'member-id-label', kind: 'member-id', sep: LOOSE_SEP, value: ID_VALUE, validate: (v) => digitCount(v) >= 3,
    label: String.raw`member id|member #|member number|subscriber id|subscriber #|subscriber number|policy id|policy #|policy number|insurance id|medicaid id|medicaid #|medicaid number|medicare id|medicare #|medicare number|health plan id|beneficiary id|hicn`,
  },
  {
    id: 'passport-label', kind: 'passport', sep: LOOSE_SEP, value: ID_VALUE, validate: (v) => digitCount(v) >= 6 && v.length <= 10,
    label: String.raw`passport(?: number| no| #)?|passportnumber`,
  },
  {
    id: 'drivers-license-label', kind: 'drivers-license', sep: LOOSE_SEP, value: ID_VALUE, validate: (v) => digitCount(v) >= 5 && v.length <= 16,
    label: String.raw`driver'?s? licen[sc]e(?: number| no| #)?|dl ?#|dl number|dln`,
  },
  {
    id: 'bank-account-label', kind: 'bank-account', sep: LOOSE_SEP, value: ID_VALUE, validate: (v) => /^\d{6,17}$/.test(v),
    label: String.raw`(?:bank|banking|checking|savings) account(?: number| no| #)?|routing(?: number| no| #)?|aba(?: number| no| #)`,
  },
  // A patient's account at a practice says the person is its patient.
  {
    id: 'patient-account-label', kind: 'account', care: true, sep: LOOSE_SEP, value: ID_VALUE, validate: (v) => digitCount(v) >= 4,
    label: String.raw`patient account(?: number| no| #)?|patient acct(?: no| #)?`,
  },
  {
    id: 'account-label', kind: 'account', sep: LOOSE_SEP, value: ID_VALUE, validate: (v) => digitCount(v) >= 4,
    label: String.raw`account(?: number| no| #)|acct(?: number| no| #)?`,
  },
  {
    id: 'patient-name-label', kind: 'name', care: true, sep: COLON_SEP, value: NAME_VALUE, clean: cleanName, validate: labelledName,
    label: String.raw`patient(?:'s)? (?:full )?name|name of patient|nombre del paciente|paciente|patient|pt name|pt|resident(?: name)?|member name|subscriber name|insured(?: name)?|beneficiary(?: name)?`,
  },
  {
    // "Pt: Okafor" reads like "Pt: Stable": a lone surname is weak, kept only next to clinical lines (scanLabelSet).
    id: 'patient-surname', kind: 'name', sep: COLON_SEP, value: SURNAME_VALUE, clean: cleanName, surname: true,
    validate: (v) => isPersonName(v, 1) && !NOT_SURNAME.has(v.toLowerCase()),
    label: String.raw`patient(?:'s)? (?:last |family |sur)?name|patient|pt name|pt`,
  },
  {
    // "pt: jamal reyes-whitfield   dob 2/9/71": notes typed all in lower case. The name must end its cell (a gap, the
    // line end, a comma) so "pt: john reports pain" is no name, and open with a common given name...
    id: 'patient-name-lower', kind: 'name', care: true, sep: COLON_SEP, value: LOWER_NAME_CELL, validate: (v) => lowerName(v, true),
    label: String.raw`patient(?:'s)? (?:full )?name|patient|pt name|pt`,
  },
  {
    // ...or be followed, past a column gap, by a date-of-birth, record or account label.
    id: 'patient-name-lower-row', kind: 'name', care: true, sep: COLON_SEP, value: LOWER_NAME_BEFORE_ID, validate: (v) => lowerName(v, false),
    label: String.raw`patient(?:'s)? (?:full )?name|patient|pt name|pt`,
  },
  {
    id: 'name-label', kind: 'name', sep: COLON_SEP, value: NAME_VALUE, clean: cleanName, validate: labelledName,
    label: String.raw`name|full name|nombre(?: completo)?|client(?: name)?|guarantor(?: name)?|employee name|child'?s name|next of kin|emergency contact|guardian|responsible party|fn|cardholder(?: name)?|applicant(?: name)?|caller(?: name)?`,
  },
  {
    // "MEMBER: JOSEPH T KRAMER" on an insurance card; only opening a line ("Staff member: ..." is not a plan member).
    id: 'member-line', kind: 'name', care: true, sep: COLON_SEP, value: NAME_VALUE, clean: cleanName, validate: isPersonName, lineStart: true,
    label: String.raw`member|subscriber|insured|enrollee`,
  },
  {
    // A person introducing themselves in a letter or email.
    id: 'self-name', kind: 'name', sep: /[ \t]+/y, value: NAME_VALUE, clean: cleanName, validate: isPersonName,
    label: String.raw`my name is|my name's`,
  },
  {
    // A flattened table row or form line: the label opens the line and a name fills the rest ("Patient   Brianna K. Hale").
    // Title lines ("Patient Education Handout") look the same: a given name, an initial or the "Last, First" form is needed.
    id: 'patient-name-line', kind: 'name', care: true, sep: /[ \t]+/y, value: NAME_VALUE, clean: cleanName, wholeLine: true,
    validate: (v) => isPersonName(v) && (hasGivenName(v) || v.includes(',') || /\s[A-Z]\.?\s/.test(v)),
    label: String.raw`patient(?: name)?|pt name|resident|client(?: name)?`,
  },
  {
    // A label cell and its value cell, as PDF text and aligned forms keep them: the label opens the line and a column
    // gap (a tab or two spaces) stands for the colon ("Patient name   Rosamund Achterberg   DOB   02/02/1944").
    id: 'patient-name-cell', kind: 'name', care: true, sep: CELL_GAP, value: NAME_VALUE, clean: cleanName, validate: labelledName, lineStart: true,
    label: String.raw`patient(?:'s)? (?:full )?name|name of patient|pt name|patient|resident(?: name)?`,
  },
  {
    id: 'name-cell', kind: 'name', sep: CELL_GAP, value: NAME_VALUE, clean: cleanName, validate: labelledName, lineStart: true,
    label: String.raw`name|full name|client name|guarantor(?: name)?|employee name|member name|subscriber name|insured name`,
  },
  {
    // "seen patient Maria Lopez today": without a colon, only a common given name makes the next words a name.
    // "my patient, Tomasz Wójcik, who ...": a comma may stand between.
    id: 'patient-name-loose', kind: 'name', care: true, sep: /,?[ \t]+/y, value: NAME_VALUE, clean: cleanName,
    validate: (v) => isPersonName(v) && isGivenName(v.split(/\s+/)[0]!),
    label: String.raw`patient|pt\.?`,
  },
  {
    // "pt R. Gutierrez back again for ...", "Pt D. Szabo": an initial and a surname after a patient word, as handoff notes write them.
    id: 'patient-initial-surname', kind: 'name', care: true, sep: /[ \t]+/y, value: /([A-Z]\. ?[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'’]+(?:-[A-Z\u00C0-\u00DE]?[a-z\u00DF-\u00FF'’]+)*)(?![A-Za-z])/y,
    validate: (v) => isPersonName(v.replace(/^[A-Z]\. ?/, ''), 1),
    label: String.raw`patient|pt\.?`,
  },
  {
    // "RE: Holiday Party" is a subject, "RE: Maria Lopez" a person: ask for a given name or the "Last, First" form.
    id: 're-label', kind: 'name', sep: COLON_SEP, value: NAME_VALUE, clean: cleanName,
    validate: (v) => isPersonName(v) && hasGivenName(v),
    label: String.raw`re`,
  },
  {
    // A care verb and the person cared for: "I saw Mrs. Rosa Delgado today", "Luis Garcia was seen", "Brandon Liu
    // presents with cough". One label for both orders: the words before the verb decide which side the name is on.
    id: 'care-verb', kind: 'name', care: true, prose: true, careVerb: true, sep: /[ \t]+(?:patient[ \t]+)?/y, value: PROSE_NAME_VALUE, clean: cleanName, validate: isPersonName,
    label: String.raw`saw|seen|examined|evaluated|treated|visited|admitted|discharged|diagnosed|referred|referring|hospitali[sz]ed|presents|presented|comes in|came in`,
  },
  {
    // "hey its danielle przybylski, sorry its so late": a texted self-introduction in lower case. Weak, as "This is" is;
    // a common given name, then a surname that ends the phrase (a comma, stop, line end or "here"/"again").
    id: 'intro-name-lower', kind: 'name', weak: true, sep: /[ \t]+/y, value: LOWER_INTRO, validate: (v) => lowerName(v, true) && !INTRO_STOP.has(v.split(' ')[1]!),
    label: String.raw`this is|it'?s|its|i'?m|im|my name is`,
  },
  {
    // "This is Ray Dunbar, ..." on the phone or in a message: only with a common given name, and weak (sales reps call too).
    id: 'this-is-name', kind: 'name', sep: /[ \t]+/y, value: NAME_VALUE, clean: cleanName, weak: true,
    validate: (v) => isPersonName(v) && isGivenName(v.split(/\s+/)[0]!),
    label: String.raw`this is`,
  },
];

/**
 * DICOM headers dumped as text: the JSON model (`00100010.Value.Alphabetic`), pydicom (`(0010, 0010) Patient's
 * Name PN:`) and dcmdump (`(0010,0010) PN [DOE^JANE]`). Their labels start with digits, so they get their own pass, run only when a tag number is in the text.
 */
export const DICOM_LABEL_DETECTORS: LabelDetector[] = [
  {
    id: 'dicom-name', kind: 'name', care: true, sep: DICOM_SEP, value: PN_VALUE, validate: isPersonName, clean: cleanPn,
    label: String.raw`(?:\d+\.)?00100010(?:\.value(?:\.\d+)?(?:\.alphabetic)?)?|\(0010, ?0010\)(?:[ \t]+patient'?s name)?(?:[ \t]+pn)?`,
  },
  {
    id: 'dicom-id', kind: 'mrn', sep: DICOM_SEP, value: ID_VALUE, validate: (v) => digitCount(v) >= 4,
    label: String.raw`(?:\d+\.)?00100020(?:\.value(?:\.\d+)?)?|\(0010, ?0020\)(?:[ \t]+patient id)?(?:[ \t]+lo)?`,
  },
  {
    id: 'dicom-dob', kind: 'dob', sep: DICOM_SEP, value: DATE_VALUE, validate: isPlausibleDate,
    label: String.raw`(?:\d+\.)?00100030(?:\.value(?:\.\d+)?)?|\(0010, ?0030\)(?:[ \t]+patient'?s birth date)?(?:[ \t]+da)?`,
  },
];

/** Splits a regex source on its top-level `|` (outside groups and character classes). */
export const splitAlternatives = (source: string): string[] => {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let cur = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      cur += c + (source[++i] ?? '');
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out;
};

/**
 * One alternation of every label, grouped by first letter (`d(?:ob|ate of birth)|m(?:rn|...)`): the regex
 * engine then tries one branch per position instead of every label, which halves the pass on prose.
 */
export const factorByFirstLetter = (alternatives: string[]): string => {
  const byLetter = new Map<string, string[]>();
  const rest: string[] = [];
  for (const a of alternatives) {
    const c = a[0]?.toLowerCase() ?? '';
    if (/[a-z]/.test(c) && !/[?*+{]/.test(a[1] ?? '')) {
      let list = byLetter.get(c);
      if (!list) byLetter.set(c, (list = []));
      list.push(a.slice(1));
    } else rest.push(a);
  }
  return [...[...byLetter].map(([c, tails]) => `${c}(?:${tails.join('|')})`), ...rest].join('|');
};

type LabelSet = { detectors: LabelDetector[]; combined: RegExp; sticky: RegExp[] };
const labelSet = (detectors: LabelDetector[], start: string): LabelSet => ({
  detectors,
  combined: new RegExp(`${start}(?:${factorByFirstLetter(detectors.flatMap((d) => splitAlternatives(d.label)))})(?![A-Za-z])`, 'gi'),
  // Each label on its own, anchored: which detectors' labels start at a match, tried in order.
  sticky: detectors.map((d) => new RegExp(`(?:${d.label})(?![A-Za-z])`, 'iy')),
});
const DICOM_TAGS = ['.Value', '(0010,'];
const WORD_LABELS = labelSet(LABEL_DETECTORS, '\\b');
// Cues of running prose (care verbs, self-introductions) matter in letters and notes, which are small; in a big
// text (an export, a log) they are read in its first megabyte only, and the labels of the rest in one lighter pass.
const PROSE_IDS = new Set(['care-verb', 'self-name', 'this-is-name', 'intro-name-lower']);
/** Prose cues are read in this many first characters of a text. */
export const PROSE_LIMIT = 1 << 20;
const CORE_LABELS = labelSet(LABEL_DETECTORS.filter((d) => !PROSE_IDS.has(d.id)), '\\b');
const PROSE_LABELS = labelSet(LABEL_DETECTORS.filter((d) => PROSE_IDS.has(d.id)), '\\b');
const DICOM_LABELS = labelSet(DICOM_LABEL_DETECTORS, '(?<![0-9A-Za-z])');

const PASSIVE = /(?:was|is|has been|had been) $/;
const INITIALS_BEFORE = /(?:^|[\s(=])([A-Z]\.[ ]?[A-Z]\.(?:[ ]?[A-Z]\.)?)[ \t]*[(,:-]?[ \t]*$/;
const NAME_FIRST_VERB = /^(?:presents|presented|comes in|came in)$/i;

// "Marcus Roe (DOB 07/07/1992) was evaluated": a short bracketed note between the name and the verb.
const BRACKET_BEFORE = /[ \t]*\([^()\n]{1,40}\)[ \t]*$/;

/** For a care verb at `index`: the name before it ("Luis Garcia was seen", "Jane Roe presents"), '' if none, null when the name should follow the verb. */
const nameBeforeVerb = (text: string, index: number, verb: string): string | null => {
  const aux = PASSIVE.exec(text.slice(Math.max(0, index - 9), index));
  if (aux) {
    const end = index - aux[0].length;
    const bracket = BRACKET_BEFORE.exec(text.slice(Math.max(0, end - 48), end));
    return nameBefore(text, bracket ? end - bracket[0].length : end);
  }
  return NAME_FIRST_VERB.test(verb) ? nameBefore(text, index) : null;
};

const atLineEnd = (text: string, i: number): boolean => {
  while (text[i] === ' ' || text[i] === '\t') i++;
  return i >= text.length || text[i] === '\n' || text[i] === '\r';
};

/** The line holding `i` and up to `n - 1` lines after it (at most 480 characters). */
const linesAfter = (text: string, i: number, n: number): string => {
  const start = text.lastIndexOf('\n', i) + 1;
  let end = start;
  for (let k = 0; k < n && end >= 0 && end < text.length; k++) end = text.indexOf('\n', end + 1);
  return text.slice(start, Math.min(end < 0 ? text.length : end, start + 480));
};

const atLineStart = (text: string, i: number): boolean => {
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r';
};

/** Reads the separator and value after a label that ends at `end`; the cleaned value, or null. */
const readValue = (d: LabelDetector, text: string, end: number): { value: string; next: number } | null => {
  d.sep.lastIndex = end;
  if (!d.sep.exec(text)) return null;
  d.value.lastIndex = d.sep.lastIndex;
  const v = d.value.exec(text);
  const raw = v?.[1]?.replace(/[.,]$/, '');
  const value = raw && d.clean ? d.clean(raw) : raw;
  if (!v || !value || !d.validate(value)) return null;
  if (d.wholeLine && !atLineEnd(text, d.sep.lastIndex + v[0].length)) return null;
  // Resume after the value, so a value that repeats its label ("MRN: MRN-123") counts once.
  return { value, next: d.sep.lastIndex + (v[0].length - v[1]!.length) + value.length };
};

/** Runs every label detector in one pass over the text (prose cues in its first `PROSE_LIMIT` characters, DICOM tag labels when a tag is there); at most `cap` hits. */
export const scanLabels = (text: string, cap = 20_000): Hit[] => {
  const hits: Hit[] = [];
  if (text.length <= PROSE_LIMIT) scanLabelSet(WORD_LABELS, text, hits, cap);
  else {
    scanLabelSet(CORE_LABELS, text, hits, cap);
    scanLabelSet(PROSE_LABELS, text.slice(0, PROSE_LIMIT), hits, cap);
  }
  if (DICOM_TAGS.some((t) => text.includes(t))) scanLabelSet(DICOM_LABELS, text, hits, cap);
  return hits;
};

const scanLabelSet = ({ detectors, combined, sticky }: LabelSet, text: string, hits: Hit[], cap: number): void => {
  const COMBINED = combined;
  COMBINED.lastIndex = 0;
  for (let m = COMBINED.exec(text); m && hits.length < cap; m = COMBINED.exec(text)) {
    for (let i = 0; i < detectors.length; i++) {
      const d = detectors[i]!;
      const label = sticky[i]!;
      label.lastIndex = m.index;
      if (!label.exec(text)) continue;
      if ((d.wholeLine || d.lineStart) && !atLineStart(text, m.index)) continue;
      const passive = d.careVerb ? nameBeforeVerb(text, m.index, m[0]) : null;
      if (passive !== null) {
        if (passive) hits.push({ kind: d.kind, value: passive, score: 0.7, strength: 'labelled', care: true, prose: true });
        break;
      }
      const found = readValue(d, text, label.lastIndex);
      if (!found) continue;
      COMBINED.lastIndex = found.next;
      if (d.surname) {
        if (clinicalLine(linesAfter(text, m.index, 3))) hits.push({ kind: d.kind, value: found.value, score: 0.4, strength: 'pattern', linked: true });
        break;
      }
      hits.push({ kind: d.kind, value: found.value, score: d.weak ? 0.4 : 0.8, strength: d.weak ? 'pattern' : 'labelled', ...(d.care ? { care: true } : {}), ...(d.prose ? { prose: true } : {}) });
      // The name right before a date of birth is the person it belongs to ("Kevin Thao (DOB 5/5/2015)").
      const owner = d.kind === 'dob' ? nameBefore(text, m.index) : '';
      const last = hits[hits.length - 2];
      if (owner && !(last?.kind === 'name' && last.value === owner)) hits.push({ kind: 'name', value: owner, score: 0.8, strength: 'labelled' });
      // "R.T. (b. 11/02/1989)": initials with a date of birth point at one person, weakly (therapy notes write clients so).
      const initials = d.kind === 'dob' && !owner ? INITIALS_BEFORE.exec(text.slice(Math.max(0, m.index - 12), m.index)) : null;
      if (initials) hits.push({ kind: 'name', value: initials[1]!, score: 0.4, strength: 'pattern' });
      break;
    }
  }
};

// Names that are not labelled: a courtesy title, or a relative's name with the relationship in brackets.
// "Mrs. K. Oyelaran": an initial between the title and the surname is passed over.
const HONORIFIC = /\b(?:M(?:rs?|s|iss)|Sr|Sra|Srta|[Ss]e[ñn]ora|[Ss]e[ñn]or)\.? (?:[A-Z]\. )?([A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'’]+(?:-[A-Z\u00C0-\u00DE]?[a-z\u00DF-\u00FF'’]+)*(?: [A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'’]+(?:-[A-Z\u00C0-\u00DE]?[a-z\u00DF-\u00FF'’]+)*)?)/g;
// "Mr. Delacroix-Moss: gums bled on probing ...": a titled name heading its own note, at a line start.
const HEADING_COLON = /^[ \t]*:/;
// "Dear Ms. Ibarra,", "Estimada señora Ibarra:": a letter's salutation; its body says what the letter is about.
const SALUTATION = /(?:\bDear|\bEstimad[ao]|\bQuerid[ao])[ \t]+$/;
const RELATIVE = /\b([A-Z][a-z'’-]+ [A-Z][a-z'’-]+) \((?:[Ww]ife|[Hh]usband|[Ss]pouse|[Ss]on|[Dd]aughter|[Mm]other|[Ff]ather|[Pp]arent|[Gg]uardian|[Bb]rother|[Ss]ister|[Pp]artner|[Cc]aregiver|[Gg]randmother|[Gg]randfather)\)/g;

// "Mr. Anselm Thistlewood is a 72-year-old gentleman", "Mrs. Ada Roe, 81 y/o": a titled person described by age, as dictations open.
const AGE_AFTER_TITLED = /,?[ \t]+(?:(?:is|was)[ \t]+)?(?:an?[ \t]+)?\(?\d{1,3}[ \t-]?(?:-?years?[ \t-]old|-?yrs?[ \t-]old|y\/?o|yo)(?![A-Za-z])/y;

/** Weak person names (titles, relatives): evidence only next to other personal identifiers; a titled name with an age is a described person. */
export const scanWeakNames = (text: string, cap = 2_000): Hit[] => {
  const hits: Hit[] = [];
  for (const re of [HONORIFIC, RELATIVE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m && hits.length < cap; m = re.exec(text)) {
      // "Mrs. Alvarez's HbA1c": the possessive ends the name.
      const value = m[1]!.replace(/['’]s(?: .*)?$/, '');
      if (!isPersonName(value, 1)) continue;
      AGE_AFTER_TITLED.lastIndex = m.index + m[0].length;
      // Only a full name counts: "Mrs. Lopez, a 66-year-old" refers back to a patient named before.
      const aged = re === HONORIFIC && value.includes(' ') && AGE_AFTER_TITLED.test(text);
      const end = m.index + m[0].length;
      const heading =
        re === HONORIFIC &&
        ((atLineStart(text, m.index) && HEADING_COLON.test(text.slice(end, end + 4))) || SALUTATION.test(text.slice(Math.max(0, m.index - 12), m.index))) &&
        clinicalLine(linesAfter(text, m.index, 4));
      hits.push(aged ? { kind: 'name', value, score: 0.7, strength: 'labelled', care: true, prose: true } : { kind: 'name', value, score: 0.4, strength: 'pattern', ...(heading ? { linked: true } : {}) });
    }
  }
  return hits;
};
