/**
 * Names in prose and lists, without a "Name:" label: a care verb next to a name ("I saw Mrs. Rosa Delgado",
 * "Luis Garcia was seen"), a name just before its date of birth, "LAST, FIRST" opening a dated list line,
 * "Dear ..." and a common given name followed by a surname. No NER: each rule is anchored on a literal cue.
 */
import type { Hit } from './types.js';
import { hasGivenName, isGivenName } from './given-names.js';
import { scanHealthTerms } from './health-terms.js';
import { isOrgName, isPersonName, isStandInName, trimName } from './names.js';

const TITLE = String.raw`(?:Mr|Mrs|Ms|Miss|Mx)\.?`;
const TOKEN = String.raw`[A-Z\u00C0-\u00D6\u00D8-\u00DE][A-Za-z\u00C0-\u00D6\u00D8-\u00DE\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F'’-]+`;
// 1-3 capitalized words, an optional middle initial; the title (group 1) lets a lone surname count.
const NAME = String.raw`(?:(${TITLE}) )?(${TOKEN}(?: [A-Z]\.?(?![A-Za-z]))?(?: ${TOKEN}){0,2})`;

// "saw Mrs. Rosa Delgado", "seen Arturo Vasquez at home", "admitted Jane Roe".
const VERB_BEFORE = new RegExp(String.raw`\b(?:[Ss]aw|[Ss]een|[Ee]xamined|[Ee]valuated|[Tt]reated|[Vv]isited|[Aa]dmitted|[Dd]ischarged|[Rr]eferred|[Rr]eferring)[ \t]+(?:patient[ \t]+)?${NAME}`, 'g');
// "... was seen", "... presented": found from the verb, the name is read backwards from it.
const VERB_AFTER = /[ \t]+(?:(?:was|is|has been|had been) (?:seen|examined|admitted|discharged|diagnosed|treated|evaluated|referred|hospitali[sz]ed)|presents|presented|comes in|came in)\b/g;
const NAME_AT_END = new RegExp(String.raw`(?:(${TITLE}) )?(${TOKEN}(?:,? ${TOKEN}| [A-Z]\.?(?![A-Za-z])){0,3})$`);
// "Kevin Thao (DOB 5/5/2015)", "Eleanor Whitaker, born 2/14/1938", "OKONKWO, CHIAMAKA    DOB 17 June 1996".
const BEFORE_DOB_SEP = /[ \t]*[,(:-]?[ \t]*$/;
// "DELGADO, ROSA M        03/04/1961", "Delgado, Rosa   3/4/1961 ..." opening a line (optionally after a time or bullet).
const LIST_LINE = /^[ \t]*(?:[-*•]|\d{1,2}[:.]\d{2}(?: ?[ap]m?)?)?[ \t]*([A-Z\u00C0-\u00D6\u00D8-\u00DE][A-Za-z\u00C0-\u00D6\u00D8-\u00DE\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F'’-]+, [A-Z\u00C0-\u00D6\u00D8-\u00DE][A-Za-z\u00C0-\u00D6\u00D8-\u00DE\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F'’-]+(?: [A-Z\u00C0-\u00D6\u00D8-\u00DE][A-Za-z\u00C0-\u00D6\u00D8-\u00DE\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F'’-]*\.?)?)[ \t]+(?=\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}[ -][A-Z][a-z]{2})/gm;
// "Brandon Liu, 45 y/o M", "Pryce, Walter 75M", "Mrs. Jane Roe (62F)": a person described by age and sex.
const AGE_SEX = /(?<![\d.:/-])\d{1,3}[ \t-]?(?:y\/?o|yo|yrs?(?: old)?|years? old|year-old|[MF])(?![A-Za-z])/g;
const DEAR = new RegExp(String.raw`\bDear ${NAME}`, 'g');
// A common given name and a surname: checked against the given-name list before it counts.
const GIVEN_FIRST = /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00DE\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F])([A-Z\u00C0-\u00D6\u00D8-\u00DE][a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F]{1,12}) ((?:[A-Z]\. )?[A-Z\u00C0-\u00D6\u00D8-\u00DE][a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F'’]{1,20}(?:-[A-Z][a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F'’]{1,20})?)(?![A-Za-z\u00C0-\u00D6\u00D8-\u00DE\u00DF-\u00F6\u00F8-\u00FF\u0100-\u017F])/g;
// Care givers: "Dr. Grace Kim", "Helen Marsh, MD", "Sam Park NP".
const PROVIDER_BEFORE = /(?:\b(?:dr|doctor|nurse|therapist|provider|physician|prof)\.?[ \t]*)$/i;
const PROVIDER_AFTER = /^,?[ \t]*(?:MD|M\.D\.|DO|NP|PA|PA-C|RN|LPN|LCSW|LPC|DDS|DMD|PhD|DPT|PT|CMA|FNP|APRN|CNM|MA|RDH|OD)(?![A-Za-z])/;
const SPECIFIC_HEALTH = ['diagnosis', 'medication', 'lab', 'procedure'];

const lineAround = (text: string, start: number, end: number): string => {
  const a = text.lastIndexOf('\n', start);
  const b = text.indexOf('\n', end);
  return text.slice(Math.max(a + 1, start - 160), b < 0 ? Math.min(text.length, end + 160) : Math.min(b, end + 160));
};

/** A person's name, cleaned; '' when it is a label, an organization, a stand-in or too short (`titled`: a lone surname is enough). */
const personName = (raw: string, titled: boolean): string => {
  const name = trimName(raw.replace(/,$/, ''));
  if (!name || isOrgName(name) || isStandInName(name)) return '';
  return isPersonName(name, titled ? 1 : 2) ? name : '';
};

const isProvider = (text: string, start: number, end: number): boolean =>
  PROVIDER_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || PROVIDER_AFTER.test(text.slice(end, end + 8));

/** The name that ends right before `index` on the same line ("Kevin Thao (" before "DOB"), or ''. */
export const nameBefore = (text: string, index: number): string => {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const before = text.slice(Math.max(lineStart, index - 64), index).replace(BEFORE_DOB_SEP, '');
  const m = NAME_AT_END.exec(before);
  if (!m || isProvider(before, m.index, before.length)) return '';
  return personName(m[2]!, !!m[1]);
};

/** True when a line holds a diagnosis, medication, lab or procedure term. */
const clinicalLine = (line: string): boolean => {
  const scan = scanHealthTerms(line, 4);
  return SPECIFIC_HEALTH.some((k) => (scan.counts[k] ?? 0) > 0);
};

/**
 * Names tied to care by a verb ("saw", "was seen") or opening a dated list line: labelled names (care verbs
 * also record a care relationship). Callers drop them in texts that present cases as examples.
 */
export const scanCareNames = (text: string, cap = 2_000): Hit[] => {
  const hits: Hit[] = [];
  const push = (value: string, care: boolean) => {
    if (value && hits.length < cap) hits.push({ kind: 'name', value, score: 0.7, strength: 'labelled', ...(care ? { care: true } : {}) });
  };
  VERB_BEFORE.lastIndex = 0;
  for (let m = VERB_BEFORE.exec(text); m && hits.length < cap; m = VERB_BEFORE.exec(text)) push(personName(m[2]!, false), true);
  VERB_AFTER.lastIndex = 0;
  for (let m = VERB_AFTER.exec(text); m && hits.length < cap; m = VERB_AFTER.exec(text)) push(nameBefore(text, m.index), true);
  AGE_SEX.lastIndex = 0;
  for (let m = AGE_SEX.exec(text); m && hits.length < cap; m = AGE_SEX.exec(text)) {
    const name = nameBefore(text, m.index);
    // A given name or the "Last, First" form: "Suite 3, 45 M" or "Figure 2, 12 F" are not people.
    if (name && (hasGivenName(name) || name.includes(','))) push(name, false);
  }
  LIST_LINE.lastIndex = 0;
  for (let m = LIST_LINE.exec(text); m && hits.length < cap; m = LIST_LINE.exec(text)) {
    if (hasGivenName(m[1]!)) push(personName(m[1]!, false), false);
  }
  return hits;
};

/**
 * Weak names in prose: "Dear Mrs. Yates", and a common given name with a surname on a line with a diagnosis,
 * medication, lab or procedure ("Gloria Mendez ... refill lisinopril"), care givers left out. A name on such a
 * line is `linked` to that care.
 */
export const scanProseNames = (text: string, cap = 2_000): Hit[] => {
  const hits: Hit[] = [];
  let linkChecks = 0;
  // `needsLink`: a bare "First Last" (staff, authors, newsletters) counts only on a clinical line.
  const push = (value: string, start: number, end: number, needsLink = false) => {
    if (!value || hits.length >= cap) return;
    const linked = linkChecks < 200 && (linkChecks++, clinicalLine(lineAround(text, start, end)));
    if (needsLink && !linked) return;
    hits.push({ kind: 'name', value, score: 0.4, strength: 'pattern', ...(linked ? { linked: true } : {}) });
  };
  DEAR.lastIndex = 0;
  // "Dear Mrs. Yates" addresses a person; an untitled "Dear Michael Tran" (donors, vendors) needs a clinical line.
  for (let m = DEAR.exec(text); m && hits.length < cap; m = DEAR.exec(text)) push(personName(m[2]!, !!m[1]), m.index, m.index + m[0].length, !m[1]);
  GIVEN_FIRST.lastIndex = 0;
  for (let m = GIVEN_FIRST.exec(text); m && hits.length < cap; m = GIVEN_FIRST.exec(text)) {
    if (!isGivenName(m[1]!)) {
      // The surname may be the next pair's given name ("Visit Maria Lopez"): retry from the second word.
      GIVEN_FIRST.lastIndex = m.index + m[1]!.length + 1;
      continue;
    }
    const end = m.index + m[0].length;
    if (isProvider(text, m.index, end)) continue;
    push(personName(m[0], false), m.index, end, true);
  }
  return hits;
};
