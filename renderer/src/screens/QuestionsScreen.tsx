/** Questionnaire: the checklist questions a scan cannot answer; answers are saved as attested. */
import { useEffect, useMemo, useState } from 'react';
import { api, type ChecklistAnswer, type ChecklistItem, type QuestionInfo, type ReportView } from '../api.js';
import { formatDate, plural } from '../format.js';

const CHOICES = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'partial', label: 'Partly' },
  { value: 'not-applicable', label: 'Does not apply' },
] as const;

const SCAN_SAYS: Record<string, string> = { yes: 'yes', no: 'no', partial: 'partly', unknown: 'not sure', 'not-applicable': 'does not apply' };

type Draft = Record<string, ChecklistAnswer>;

const draftFrom = (items: readonly ChecklistItem[]): Draft =>
  Object.fromEntries(
    items
      .filter((i) => i.basis === 'attested' && i.answer !== null && i.answer !== 'unknown')
      .map((i) => [i.id, { id: i.id, answer: i.answer as ChecklistAnswer['answer'], ...(i.value !== undefined ? { value: i.value } : {}), ...(i.comment ? { comment: i.comment } : {}) }]),
  );

type Props = { view: ReportView; onSaved: (view: ReportView) => void };

/** The questions that need a person, with a name field for the attestation. */
export const QuestionsScreen = ({ view, onSaved }: Props) => {
  const [questions, setQuestions] = useState<QuestionInfo[]>([]);
  const [draft, setDraft] = useState<Draft>(() => draftFrom(view.report.checklist));
  const [name, setName] = useState(() => view.report.checklist.find((i) => i.attestedBy)?.attestedBy ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void api().getQuestions().then(setQuestions);
  }, []);

  const items = useMemo(() => view.report.checklist.filter((i) => i.basis !== 'evidence'), [view.report.checklist]);
  const answeredByScan = view.report.checklist.filter((i) => i.basis === 'evidence');
  const infoOf = (id: string) => questions.find((q) => q.id === id);
  const set = (id: string, patch: Partial<ChecklistAnswer>) =>
    setDraft((d) => ({ ...d, [id]: { id, answer: d[id]?.answer ?? 'yes', ...d[id], ...patch } }));

  const save = async () => {
    setSaving(true);
    setStatus(null);
    try {
      const saved = await api().saveAnswers(view.id, Object.values(draft), name.trim());
      onSaved(saved);
      setStatus(`Saved ${plural(Object.keys(draft).length, 'answer')}, signed by ${name.trim()} on ${formatDate(new Date().toISOString())}.`);
    } catch (err) {
      setStatus(`Could not save: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="questions-title" className="screen">
      <h1 id="questions-title" tabIndex={-1}>
        Questions the scan cannot answer
      </h1>
      <p className="lead">
        Insurers ask these about the whole practice, not just this computer. Answer what you know; your answers are recorded in the report with your name and
        today's date. Skip any you are not sure about.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <ol className="question-list">
          {items.map((item) => {
            const info = infoOf(item.id);
            const current = draft[item.id];
            return (
              <li key={item.id} className="card question">
                <fieldset>
                  <legend>
                    {item.question}
                    {item.declineRisk && <span className="pill decline">Insurers often decline over this</span>}
                  </legend>
                  {info?.hint && <p className="hint">{info.hint}</p>}
                  {item.basis === 'indicated' && item.answer && (
                    <p className="scan-says">
                      This scan suggests: <strong>{SCAN_SAYS[item.answer] ?? item.answer}</strong>
                      {item.evidence[0] ? ` (${item.evidence[0]})` : ''}. Please confirm.
                    </p>
                  )}
                  {info?.answerType === 'count' ? (
                    <label className="inline-field">
                      Number
                      <input
                        type="number"
                        min={0}
                        inputMode="numeric"
                        value={current?.value ?? ''}
                        onChange={(e) => set(item.id, { answer: 'yes', value: e.target.value === '' ? undefined : Math.max(0, Math.round(Number(e.target.value))) })}
                      />
                    </label>
                  ) : (
                    <div className="choices">
                      {CHOICES.map((c) => (
                        <label key={c.value} className="choice">
                          <input type="radio" name={`q-${item.id}`} value={c.value} checked={current?.answer === c.value} onChange={() => set(item.id, { answer: c.value })} />
                          {c.label}
                        </label>
                      ))}
                    </div>
                  )}
                  {item.basis === 'attested' && item.attestedBy && (
                    <p className="hint">
                      Answered by {item.attestedBy}
                      {item.attestedAt ? ` on ${formatDate(item.attestedAt)}` : ''}.
                    </p>
                  )}
                  {item.conflict && <p className="warning">{item.conflict}</p>}
                </fieldset>
              </li>
            );
          })}
        </ol>
        <div className="card sign-row">
          <label className="inline-field">
            Your name (recorded with the answers)
            <input type="text" required autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="submit" className="primary" disabled={saving || name.trim() === '' || Object.keys(draft).length === 0}>
            {saving ? 'Saving…' : 'Save answers'}
          </button>
          <div className="sign-status">
            <span className="hint">
              {Object.keys(draft).length} of {items.length} answered
            </span>
            <p role="status" className="status-line">
              {status}
            </p>
          </div>
        </div>
      </form>
      {answeredByScan.length > 0 && (
        <details className="card">
          <summary>Answered by the scan ({answeredByScan.length})</summary>
          <ul className="plain-list">
            {answeredByScan.map((i) => (
              <li key={i.id}>
                {i.question} <strong>{SCAN_SAYS[i.answer ?? 'unknown']}</strong>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
};
