/** Export: choose formats and a folder; the files written are listed. */
import { useState } from 'react';
import { api, type ExportFormat, type ExportResult, type ReportView } from '../api.js';
import { baseName } from '../format.js';

const FORMATS: { id: ExportFormat; label: string; hint: string; always?: true }[] = [
  { id: 'pdf', label: 'PDF report', hint: 'To print, file, or send to your insurer or compliance adviser.' },
  { id: 'html', label: 'Web page (HTML)', hint: 'Opens in any browser; same content as the PDF.' },
  { id: 'json', label: 'Data file (JSON) with signature', hint: 'Always saved: the signature proves the reports were not changed. For your IT company or a later comparison.', always: true },
  { id: 'csv', label: 'Spreadsheets (CSV)', hint: 'The findings and the list of patient files, to open in Excel.' },
];

/** The export screen for one saved scan. */
export const ExportScreen = ({ view }: { view: ReportView }) => {
  const [formats, setFormats] = useState<ExportFormat[]>(['pdf']);
  const [redact, setRedact] = useState(false);
  const [result, setResult] = useState<ExportResult>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const toggle = (f: ExportFormat) => setFormats((all) => (all.includes(f) ? all.filter((x) => x !== f) : [...all, f]));

  const run = async () => {
    setBusy(true);
    setStatus('Writing the reports…');
    try {
      const written = await api().exportReport(view.id, ['json', ...formats], { redactPaths: redact });
      setResult(written);
      setStatus(written ? 'Done. The reports are saved.' : 'Export cancelled; nothing was written.');
    } catch (err) {
      setStatus(`Could not export: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(false);
    }
  };

  const attested = view.report.checklist.filter((c) => c.basis === 'attested').length;
  return (
    <section aria-labelledby="export-title" className="screen">
      <h1 id="export-title" tabIndex={-1}>
        Export the reports
      </h1>
      <p className="lead">
        The reports include the findings, the HIPAA risk register, the insurance checklist
        {attested > 0 ? ` with your ${attested} answers` : ''} and this computer's details. They never include the names or numbers found inside patient files.
      </p>
      <fieldset className="card">
        <legend>Formats</legend>
        {FORMATS.map((f) => (
          <label key={f.id} className="check-row">
            <input type="checkbox" checked={f.always || formats.includes(f.id)} disabled={f.always} onChange={() => toggle(f.id)} />
            <span>
              <strong>{f.label}</strong>
              <span className="hint block">{f.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="card">
        <legend>Sharing</legend>
        <label className="check-row">
          <input type="checkbox" checked={redact} onChange={() => setRedact((r) => !r)} />
          <span>
            <strong>Hide folder and file names</strong>
            <span className="hint block">Choose this when the reports go outside the practice: file names can contain patient names.</span>
          </span>
        </label>
      </fieldset>
      <button type="button" className="primary large" disabled={busy} onClick={() => void run()}>
        {busy ? 'Exporting…' : 'Choose a folder and export'}
      </button>
      <p role="status" className="status-line">
        {status}
      </p>
      {result && (
        <div className="card">
          <h2>Saved in</h2>
          <p>
            <code>{result.folder}</code>
          </p>
          <ul className="plain-list">
            {result.files.map((f) => (
              <li key={f}>{baseName(f)}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
};
