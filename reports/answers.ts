/** People's answers to the checklist: parse the answers file, apply it, write its template (pure). */
import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import { checklistQuestions, type ChecklistQuestion } from './data/checklist-questions.js';
import type { ChecklistItem, Report } from './schema.js';

export const ANSWER_VALUES = ['yes', 'no', 'partial', 'unknown', 'not-applicable'] as const;
export type AnswerValue = (typeof ANSWER_VALUES)[number];

/** One attested answer, with the line it came from (for error messages). */
export type Answer = { id: string; answer?: AnswerValue; value?: number; comment?: string; line: number };

/** An answers file: who attests, when, and their answers. */
export type Answers = { attestedBy: string; attestedAt: string; answers: Answer[] };

/** A mistake in an answers file; `problems` name the line and question id. The CLI exits 2. */
export class AnswersError extends Error {
  constructor(readonly problems: string[]) {
    super(`answers file has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n  ${problems.join('\n  ')}`);
  }
}

const KNOWN_TOP = ['attestedBy', 'attestedAt', 'answers'];
const KNOWN_ENTRY = ['answer', 'value', 'comment'];

const nearest = (id: string): string | undefined => {
  const ids = checklistQuestions.map((q) => q.id);
  const shared = (a: string, b: string) => a.split('-').filter((w) => b.split('-').includes(w)).length;
  return ids.filter((x) => shared(x, id) > 0).sort((a, b) => shared(b, id) - shared(a, id))[0];
};

const toAnswer = (raw: unknown): AnswerValue | undefined => {
  if (raw === true) return 'yes';
  if (raw === false) return 'no';
  if (typeof raw !== 'string') return undefined;
  const v = raw.trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (v === 'n/a' || v === 'na') return 'not-applicable';
  return (ANSWER_VALUES as readonly string[]).includes(v) ? (v as AnswerValue) : undefined;
};

/** Parses and validates an answers file. Throws AnswersError naming every bad line and id. */
export const parseAnswersYaml = (text: string): Answers => {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  if (doc.errors.length > 0) throw new AnswersError(doc.errors.map((e) => `line ${e.linePos?.[0].line ?? '?'}: not valid YAML: ${e.message.split('\n')[0]}`));
  const lineOf = (node: YamlNode | Pair | null | undefined): number => {
    const range = node && 'range' in node ? node.range : node && 'key' in node && isScalar(node.key) ? node.key.range : undefined;
    return range ? lc.linePos(range[0]).line : 0;
  };
  const problems: string[] = [];
  if (!isMap(doc.contents)) throw new AnswersError(['line 1: the file must be a mapping with attestedBy, attestedAt and answers (see `practice-audit answers --template`)']);
  const top = doc.contents;
  for (const pair of top.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!KNOWN_TOP.includes(key)) problems.push(`line ${lineOf(pair.key as YamlNode)}: unknown setting "${key}" (expected ${KNOWN_TOP.join(', ')})`);
  }
  const str = (key: string): string | undefined => {
    const node = top.get(key, true) as YamlNode | undefined;
    const v: unknown = node && isScalar(node) ? node.value : node ? (node as YamlNode).toJSON() : undefined;
    if (v === undefined || v === null || v === '') {
      problems.push(`${key} is missing: say who answers (name and role) and when, e.g. ${key === 'attestedBy' ? 'attestedBy: "Jane Doe, Office Manager"' : 'attestedAt: 2026-11-20'}`);
      return undefined;
    }
    if (typeof v !== 'string' && typeof v !== 'number') {
      problems.push(`line ${lineOf(top.get(key, true) as YamlNode)}: ${key} must be text`);
      return undefined;
    }
    return String(v).trim();
  };
  const attestedBy = str('attestedBy');
  const attestedAt = str('attestedAt');
  if (attestedAt && Number.isNaN(Date.parse(attestedAt))) problems.push(`line ${lineOf(top.get('attestedAt', true) as YamlNode)}: attestedAt must be a date like 2026-11-20 (got "${attestedAt}")`);

  const answers: Answer[] = [];
  const list = top.get('answers', true);
  if (list !== undefined && list !== null && !isMap(list)) problems.push(`line ${lineOf(list as YamlNode)}: answers must be a mapping of question id to answer`);
  if (isMap(list)) {
    for (const pair of list.items) {
      const id = isScalar(pair.key) ? String(pair.key.value) : '';
      const line = lineOf(pair.key as YamlNode);
      const q = checklistQuestions.find((x) => x.id === id);
      if (!q) {
        const hint = nearest(id);
        problems.push(`line ${line}: unknown question id "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}`);
        continue;
      }
      if (answers.some((a) => a.id === id)) {
        problems.push(`line ${line}: ${id} is answered twice`);
        continue;
      }
      const parsed = parseEntry(q, pair.value === null ? null : (pair.value as YamlNode).toJSON(), line, problems);
      if (parsed) answers.push(parsed);
    }
  }
  // Who attests matters only once something is attested.
  if (answers.length === 0) for (const key of ['attestedBy', 'attestedAt']) {
    const i = problems.findIndex((p) => p.startsWith(`${key} is missing`));
    if (i >= 0) problems.splice(i, 1);
  }
  if (problems.length > 0) throw new AnswersError(problems);
  return { attestedBy: attestedBy ?? '', attestedAt: attestedAt ?? '', answers };
};

const parseEntry = (q: ChecklistQuestion, raw: unknown, line: number, problems: string[]): Answer | undefined => {
  if (raw === null || raw === undefined || raw === '') return undefined; // left blank in the template
  const entry = typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : q.answerType === 'count' ? { value: raw } : { answer: raw };
  for (const k of Object.keys(entry)) if (!KNOWN_ENTRY.includes(k)) problems.push(`line ${line}: ${q.id}: unknown field "${k}" (expected ${KNOWN_ENTRY.join(', ')})`);
  const out: Answer = { id: q.id, line };
  if (entry.comment !== undefined) {
    if (typeof entry.comment !== 'string') problems.push(`line ${line}: ${q.id}: comment must be text`);
    else out.comment = entry.comment;
  }
  if (q.answerType === 'count') {
    const n = typeof entry.value === 'string' ? Number(entry.value.replace(/,/g, '')) : entry.value;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) problems.push(`line ${line}: ${q.id} takes a whole number of records (got ${JSON.stringify(entry.value)})`);
    else out.value = n;
    return out;
  }
  if (entry.value !== undefined) problems.push(`line ${line}: ${q.id} takes an answer, not a value`);
  const answer = toAnswer(entry.answer);
  if (!answer) problems.push(`line ${line}: ${q.id}: answer must be one of ${ANSWER_VALUES.join(', ')} (got ${JSON.stringify(entry.answer ?? null)})`);
  else out.answer = answer;
  return out;
};

const attest = (item: ChecklistItem, a: Answer, who: Pick<Answers, 'attestedBy' | 'attestedAt'>): ChecklistItem => {
  const scanAnswer = item.basis === 'attested' ? (item.scanAnswer ?? null) : item.answer;
  const scanBasis = item.basis;
  const next: ChecklistItem = { ...item, basis: 'attested', attestedBy: who.attestedBy, attestedAt: who.attestedAt, scanAnswer };
  delete next.conflict;
  if (a.comment !== undefined) next.comment = a.comment;
  else delete next.comment;
  if (a.value !== undefined) next.value = a.value;
  if (a.answer !== undefined) next.answer = a.answer;
  // An attestation that contradicts what the scan proved is shown, never hidden (Travelers v. ICS).
  if (scanBasis === 'evidence' && scanAnswer && a.answer && scanAnswer !== a.answer) next.conflict = `The scan found evidence for "${scanAnswer}" on this device; the attested answer is "${a.answer}".`;
  return next;
};

/** Applies a person's answers to the checklist; returns a new report (safeguards are rebuilt by the caller). */
export const applyAnswerItems = (report: Report, answers: Answers): Report => ({
  ...report,
  checklist: report.checklist.map((item) => {
    const a = answers.answers.find((x) => x.id === item.id);
    return a ? attest(item, a, answers) : item;
  }),
});

/** Renders a commented answers file: every question, what the scan found, and a blank to fill. */
export const renderAnswersTemplate = (report: Report | undefined, today: string): string => {
  const lines = [
    '# Practice Audit: answers to the cyber-insurance checklist.',
    '# Fill in what only a person can confirm, then run:',
    '#   practice-audit report --from report.json --answers answers.yaml',
    `# Answers: ${ANSWER_VALUES.join(', ')}. Leave a line blank to skip it.`,
    '# Your answers are shown in the report as attested by you, with the date.',
    '',
    'attestedBy: ""   # your name and role, e.g. "Jane Doe, Office Manager"',
    `attestedAt: ${today}`,
    'answers:',
  ];
  for (const q of checklistQuestions) {
    const item = report?.checklist.find((c) => c.id === q.id);
    lines.push('', `  # ${q.question}`, `  # Source: ${q.source}`, `  # ${q.hint}`);
    if (item && item.basis !== 'needs-person') lines.push(`  # The scan: ${item.answer ?? (item.value !== undefined ? item.value : 'no answer')} (${item.basis === 'evidence' ? 'from evidence' : item.basis === 'indicated' ? 'indicated; confirm' : 'attested'})`);
    if (q.answerType === 'count') lines.push(`  ${q.id}:   # a whole number`);
    else lines.push(`  ${q.id}:`);
  }
  return `${lines.join('\n')}\n`;
};
