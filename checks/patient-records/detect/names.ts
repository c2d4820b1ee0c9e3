/** Person-name judgement without NER: capitalized tokens, not label words, not organizations. */

// Words that follow a "Name:" label on blank forms or in prose, and words of organization names.
const NOT_NAME = new Set(
  ('date birth dob address phone male female sex gender age click enter here text type unknown none signature sign print ' +
    'the and of for to with yes no see same above below not applicable self home work patient name first last middle number ' +
    'id mrn ssn insurance provider doctor physician dr md rn np pa inc llc ltd co corp company hospital clinic center centre ' +
    'medical health healthcare care department street st ave road city state zip email mail fax tel mobile information info ' +
    'form page report summary note notes history diagnosis visit time today monday tuesday wednesday thursday friday saturday ' +
    'sunday january february march april june july august september october november december re fw fwd meeting update ' +
    'request question follow up appointment schedule results result lab test order invoice payment account statement claim ' +
    'policy plan member group services service team staff office practice new your our my his her their this that please ' +
    'thank thanks hi hello dear regards attached attachment all none n/a na of in on at by from as is are was be university ' +
    'school bank pharmacy associates group foundation institute laboratory labs labcorp system systems solutions department ' +
    'county general community memorial regional national american international global sample example demo copy total ' +
    'description value field code status active inactive pending approved denied employer emergency contact ' +
    'relationship spouse guardian mother father other single married divorced widowed english spanish ' +
    'valued customer colleague friend sir madam everyone hiring manager week month year day morning afternoon evening ' +
    'tonight tomorrow yesterday education portal instructions handout survey registration questionnaire checklist ' +
    'template sheet list reminder reminders alert welcome dept unit room floor ward bed maiden')
    .split(' '),
);

const ORG = /\b(?:hospital|health|healthcare|clinic|medical|centre|center|surgery|surgical|endoscopy|care|services?|pharmacy|practice|group|associates|inc|llc|ltd|pty|corp|company|university|college|laborator(?:y|ies)|labs|imaging|radiology|rehabilitation|nursing|private|district|community|memorial|regional|general|institute|foundation|insurance|bank|partners|department|ministry|government|server|software|gateway|platform|endpoint|portal|interface|api)\b/i;

// Names that stand in for "anybody" on forms, slides and training material.
const STAND_IN = /^(?:john|jane|baby|richard|joe)\s+(?:[a-z]\.?\s+)?(?:doe|roe|public|bloggs|sample|example|test)$|^(?:doe|roe),\s+(?:john|jane)/i;

// Words of the charts devices and EHRs keep for testing ("QC, MODEL EYE", "DEMO PATIENT", "ZZTEST, INTERFACE").
// (HL7's example patients EVERYMAN^ADAM and EVERYWOMAN^EVE are not among them: the shared sample corpus lists their
// messages as patient data, which a message copied into a real feed would be.)
const TEST_WORD = /^(?:demo|qc|zz\w*|phantom|dummy)$/i;
// "Test" and "Sample" are surnames too (pydicom's "Test^S R" is a listed sample): a chart word must stand beside them.
const MAYBE_TEST = /^(?:test|tester|sample|training)$/i;
const CHART_WORD = /^(?:patient|person|pt|one|two|three|four|chart|interface|user|case|record|account|baby|child|adult|male|female|\d+)$/i;

/** True for placeholder names like "John Doe", "Jane Q. Public", "QC, Model Eye", "Demo Patient" or "TEST^PATIENT^ONE". */
export const isStandInName = (value: string): boolean => {
  if (STAND_IN.test(value.trim())) return true;
  const tokens = value.split(/[\s,^_-]+/).filter(Boolean);
  return tokens.some((t) => TEST_WORD.test(t)) || (tokens.some((t) => MAYBE_TEST.test(t)) && tokens.some((t) => CHART_WORD.test(t)));
};

// The names training slides and handouts put on a sample form; a real patient may bear one, so only teaching texts drop them.
const EXAMPLE = /^(?:john|jane|mary)\s+(?:[a-z]\.?\s+)?(?:smith|doe|roe|public)$|^(?:smith|doe|roe),\s+(?:john|jane|mary)$/i;

/** True for the names that training material uses as examples ("John Smith"); callers drop them only in teaching texts. */
export const isExampleName = (value: string): boolean => EXAMPLE.test(value.trim());

/** True when a value names an organization rather than a person. */
export const isOrgName = (value: string): boolean => ORG.test(value);

/** Drops label words trailing a captured name ("John Smith DOB" -> "John Smith"). */
export const trimName = (value: string): string => {
  const tokens = value.trim().split(/\s+/);
  while (tokens.length && NOT_NAME.has(tokens[tokens.length - 1]!.replace(/[.,:\d]/g, '').toLowerCase())) tokens.pop();
  return tokens.join(' ').replace(/,$/, '');
};

// Synthea writes names with digit suffixes ("Alfred550"); codes like "PCP512" have no lower case.
const TOKEN = /^(?:[A-Z\u00C0-\u00D6\u00D8-\u00DE][A-Za-z\u00C0-\u00D6\u00D8-\u00DE\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F'’-]*\.?|[A-Z][a-z'’-]+\d{1,4}|[A-Z]\.)$/;

// "Patients", "Notes", "Results": plurals of label words are label words too.
const isLabelWord = (token: string): boolean => {
  const w = token.replace(/[.\d]/g, '').replace(/['’]s$/, '').toLowerCase();
  return NOT_NAME.has(w) || (w.length > 3 && w.endsWith('s') && NOT_NAME.has(w.slice(0, -1)));
};

/** True when a value reads like a person's name: 1-4 capitalized tokens, none of them a label or organization word. */
export const isPersonName = (value: string, minTokens = 2): boolean => {
  const tokens = value.trim().replace(/^(?:mr|mrs|ms|miss|mx)\.?\s+/i, '').split(/[\s,]+/).filter(Boolean);
  if (tokens.length < minTokens || tokens.length > 4) return false;
  let letters = 0;
  for (const t of tokens) {
    if (!TOKEN.test(t) || isLabelWord(t)) return false;
    if (t.replace(/[^A-Za-z\u00C0-\u017F]/g, '').length >= 2) letters++;
  }
  return letters >= Math.min(2, minTokens);
};

/** A name column cell: "Last, First", "First Last", or one given/family name (capitalized or upper case). */
export const isNameCell = (value: string): boolean => {
  // A note in brackets after the name ("Juno Delacroix (mom of Kasimir)") says who the person is, not what.
  const v = value.trim().replace(/\s*\([^()]{1,40}\)$/, '');
  if (!v || v.length > 60 || /[@\d]{3}|[[\]()/]/.test(v) || isOrgName(v) || isStandInName(v)) return false;
  const titled = v.toUpperCase() === v ? v.toLowerCase().replace(/(^|[\s,'-])([a-z])/g, (_m, a: string, b: string) => a + b.toUpperCase()) : v;
  return isPersonName(titled, 1);
};
