/**
 * Names in prose and lists, without a "Name:" label: a name just before its date of birth or a care verb
 * (`nameBefore`, used by the label pass, which also finds "I saw Mrs. Rosa Delgado"), a name with age and sex,
 * "LAST, FIRST" opening a dated list line, and a common given name followed by a surname. No NER.
 */
import type { Hit } from './types.js';
import { hasGivenName, isGivenName } from './given-names.js';
import { scanHealthTerms } from './health-terms.js';
import { isOrgName, isPersonName, isStandInName, trimName } from './names.js';

const UP = String.raw`A-Z\u00C0-\u00D6\u00D8-\u00DE`;
const LOW = String.raw`a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F`;
const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Mx)\.?`;
const TOKEN = String.raw`[${UP}][${UP}${LOW}'’-]+`;
const NAME_AT_END = new RegExp(String.raw`(?:(${TITLE}) )?(${TOKEN}(?:,? ${TOKEN}| [A-Z]\.?(?![A-Za-z])){0,3})$`);
// "Kevin Thao (DOB 5/5/2015)", "Eleanor Whitaker, born 2/14/1938", "OKONKWO, CHIAMAKA    DOB 17 June 1996".
const BEFORE_DOB_SEP = /[ \t]*[,(:-]?[ \t]*$/;
// "Marisol Etxeberria, 43 (DOB ...)": an age between the name and its date of birth.
const AGE_BEFORE_DOB = /,[ \t]*\d{1,3}(?:[ \t]?(?:y\/?o|yo|yrs?|years?(?: old)?|[MF]))?$/;
// Two capitalized words ("Gloria Mendez", "DELGADO, ROSA"); what follows decides what they are.
const PAIR = new RegExp(String.raw`(?<![${UP}${LOW}])(${TOKEN})(,?) ((?:[A-Z]\. )?${TOKEN})`, 'g');
const MIDDLE = new RegExp(String.raw`(?: [A-Z][${UP}${LOW}'’-]*\.?(?![${UP}${LOW}]))?`, 'y');
// "Brandon Liu, 45 y/o M", "Pryce, Walter 75M", "Jane Roe (62F)": a person described by age and sex.
const AGE_SEX = /[ \t]*[,(-]?[ \t]*(?:(?:is|was)[ \t]+)?(?:an?[ \t]+)?\d{1,3}[ \t-]?(?:y\/?o|yo|yrs?(?: old)?|years? old|-?year-old|[MF])(?![A-Za-z])/y;
// "DELGADO, ROSA M        03/04/1961": a dated line opened by the name (maybe after a time or bullet).
const DATE_AFTER = /[ \t]+(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}[ -][A-Z][a-z]{2})/y;
const LINE_OPENING = /^[ \t]*(?:[-*•]|\d{1,2}[:.]\d{2}(?: ?[ap]m?)?)?[ \t]*$/;
// "8:40  Dwayne Kowalczyk    knee pain, x-ray": a schedule line opened by a time, the name set off by a column gap.
const TIME_OPENING = /^[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]+$/;
const COLUMN_GAP = /(?:[ ]*\t|[ ]{2,}|[ \t]+[-–—|][ \t])/y;
// "15:00 INTAKE 90791 - Tou Yang (14)": a booking whose service comes first, the name after a dash, then an age,
// a dash or the end of the title.
const SERVICE_OPENING = /^[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]+[^\n]{1,30}?[ \t][-–—][ \t]$/;
const AFTER_BOOKED_NAME = /(?:[ \t]*\(\d{1,2}\)|[ \t]+[-–—|][ \t]|[ ]{2,}|\t|[ \t]*$)/my;
// Care givers: "Dr. Grace Kim", "Helen Marsh, MD", "Sam Park NP".
const PROVIDER_BEFORE = /(?:\b(?:dr|doctor|nurse|therapist|provider|physician|prof)\.?[ \t]*)$/i;
const PROVIDER_AFTER = /^,?[ \t]*(?:MD|M\.D\.|DO|NP|PA|PA-C|RN|LPN|LCSW|LPC|DDS|DMD|PhD|DPT|PT|CMA|FNP|APRN|CNM|MA|RDH|OD)(?![A-Za-z])/;
const SPECIFIC_HEALTH = ['diagnosis', 'medication', 'lab', 'procedure'];

/** True when the pair at `start..end` sits on a schedule line: a time opens the line (maybe with the service before a dash) and a column gap, dash or age follows the name (looks back 48 characters only). */
const onScheduleLine = (text: string, start: number, end: number): boolean => {
  const from = Math.max(0, start - 48);
  const window = text.slice(from, start);
  const nl = window.lastIndexOf('\n');
  if (nl < 0 && from > 0) return false;
  const opening = nl < 0 ? window : window.slice(nl + 1);
  return (TIME_OPENING.test(opening) && sticky(COLUMN_GAP, text, end) >= 0) || (SERVICE_OPENING.test(opening) && sticky(AFTER_BOOKED_NAME, text, end) >= 0);
};

const lineAround = (text: string, start: number, end: number): string => {
  const a = text.lastIndexOf('\n', start);
  const b = text.indexOf('\n', end);
  return text.slice(Math.max(a + 1, start - 160), b < 0 ? Math.min(text.length, end + 160) : Math.min(b, end + 160));
};

/** A person's name, cleaned; '' when it is a label, an organization, a stand-in or too short (`titled`: a lone surname is enough). */
const personName = (raw: string, titled: boolean): string => {
  const name = trimName(raw.replace(/,$/, '').replace(/['’]s$/, ''));
  if (!name || isOrgName(name) || isStandInName(name)) return '';
  return isPersonName(name, titled ? 1 : 2) ? name : '';
};

const isProvider = (text: string, start: number, end: number): boolean =>
  PROVIDER_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || PROVIDER_AFTER.test(text.slice(end, end + 8));

// "St. Charles Bend", "Mt. Hood", "Fort Collins": a place, not a person.
const PLACE_BEFORE = /\b(?:St|Ste|Saint|Mt|Mount|Ft|Fort)\.?[ \t]+$/;

/** The name that ends right before `index` on the same line ("Kevin Thao (" before "DOB"), or ''. */
export const nameBefore = (text: string, index: number): string => {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const before = text.slice(Math.max(lineStart, index - 64), index).replace(BEFORE_DOB_SEP, '').replace(AGE_BEFORE_DOB, '');
  const m = NAME_AT_END.exec(before);
  if (!m || isProvider(before, m.index, before.length)) return '';
  const name = personName(m[2]!, !!m[1]);
  if (name || m[1]) return name;
  // A heading may run into the name ("PROGRESS NOTE ZELLWEGER, OTTOLINE"): drop leading words while two are left.
  const tokens = m[2]!.split(' ');
  for (let i = 1; tokens.length - i >= 2; i++) {
    const rest = personName(tokens.slice(i).join(' '), false);
    if (rest) return rest;
  }
  return '';
};

/** True when a line holds a diagnosis, medication, lab or procedure term. */
export const clinicalLine = (line: string): boolean => {
  const scan = scanHealthTerms(line, 4);
  return SPECIFIC_HEALTH.some((k) => (scan.counts[k] ?? 0) > 0);
};

const sticky = (re: RegExp, text: string, at: number): number => {
  re.lastIndex = at;
  return re.exec(text) ? re.lastIndex : -1;
};

/** Names found in prose: `care` ones are tied to care or described as a person (labelled); `weak` ones only hint. */
export type ProseNames = { care: Hit[]; weak: Hit[] };

/**
 * Capitalized word pairs that are names, in one pass. Labelled (`care`): a name with age and sex ("Brandon Liu,
 * 45 y/o M"), "LAST, FIRST" opening a dated line. Weak: a common given name with a surname on a line with a
 * diagnosis, medication, lab or procedure ("Gloria Mendez ... refill lisinopril"), `linked` to it; elsewhere
 * (staff, authors, greetings of donors) such names are not kept. Care givers are left out. Callers drop `care`
 * names in texts that present cases as examples.
 */
export const scanProseNames = (text: string, cap = 2_000): ProseNames => {
  const care: Hit[] = [];
  const weak: Hit[] = [];
  let linkChecks = 0;
  const pushCare = (value: string, isCare: boolean) => {
    if (value && care.length < cap) care.push({ kind: 'name', value, score: 0.7, strength: 'labelled', ...(isCare ? { care: true } : {}) });
  };
  const pushLinked = (value: string, start: number, end: number) => {
    if (!value || weak.length >= cap || linkChecks++ >= 200 || !clinicalLine(lineAround(text, start, end))) return;
    weak.push({ kind: 'name', value, score: 0.4, strength: 'pattern', linked: true });
  };
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(text); m && care.length + weak.length < cap; m = PAIR.exec(text)) {
    const comma = m[2] === ',';
    const name = `${m[1]}${m[2]} ${m[3]}`;
    if (!(comma ? hasGivenName(name) : isGivenName(m[1]!)) && !onScheduleLine(text, m.index, m.index + m[0].length)) {
      // The second word may open the next pair ("Visit Maria Lopez"): retry from it.
      PAIR.lastIndex = m.index + m[1]!.length + m[2]!.length + 1;
      continue;
    }
    let end = m.index + m[0].length;
    const full = comma ? text.slice(m.index, (end = sticky(MIDDLE, text, end))) : name;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (sticky(AGE_SEX, text, end) >= 0) pushCare(personName(full, false), false);
    else if (comma && sticky(DATE_AFTER, text, end) >= 0 && LINE_OPENING.test(text.slice(lineStart, m.index))) pushCare(personName(full, false), false);
    // "WHITFIELD, HAROLD - CHF, EF 35%" or "Gloria Mendez ... refill lisinopril": a name on a clinical line.
    else if (!isProvider(text, m.index, end) && !PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) pushLinked(personName(full, false), m.index, end);
    PAIR.lastIndex = end;
  }
  return { care, weak };
};
