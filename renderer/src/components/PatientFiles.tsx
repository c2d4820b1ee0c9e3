/** The patient-record files the scan found, largest exposure first, with "Show in folder". */
import { useState } from 'react';
import { api, type PatientRecordFile, type Report } from '../api.js';
import { baseName, describeIdentifiers, folderOf, formatBytes, plural } from '../format.js';

const SHOWN = 25;

/** Table of files; only masked samples exist in the report, and none are shown here. */
export const PatientFiles = ({ reportId, records }: { reportId: string; records: NonNullable<Report['patientRecords']> }) => {
  const [all, setAll] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const files = [...records.files].sort((a, b) => Number(a.encrypted) - Number(b.encrypted) || b.estimatedPatients - a.estimatedPatients);
  const visible = all ? files : files.slice(0, SHOWN);

  const reveal = async (file: PatientRecordFile) => {
    const { shown } = await api().showInFolder(reportId, file.path);
    setStatus(shown ? `Opened the folder holding ${baseName(file.path)}.` : 'That file is not part of this scan.');
  };

  if (files.length === 0) {
    return <p className="empty">No files with patient information were found in {records.roots.join(', ') || 'the folders searched'}.</p>;
  }
  return (
    <>
      <p>
        {plural(records.totals.phiFiles, 'file')} with patient health information and {plural(records.totals.piiFiles, 'file')} with other personal
        identifiers, about {plural(records.totals.estimatedPatients, 'patient')} in all. {plural(records.totals.filesInspected, 'file')} inspected.
      </p>
      <div className="table-wrap">
        <table>
          <caption className="sr-only">Files with patient information</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Contains</th>
              <th scope="col">Patients</th>
              <th scope="col">Protected</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((f) => (
              <tr key={`${f.path}#${f.member ?? ''}`}>
                <td>
                  <strong>{baseName(f.path)}</strong>
                  {f.member && <span className="hint"> (inside: {f.member})</span>}
                  <span className="hint block path-line">
                    {folderOf(f.path)} · {f.format.toUpperCase()} · {formatBytes(f.sizeBytes)}
                  </span>
                </td>
                <td>
                  <span className={`pill kind-${f.category}`}>{f.category === 'phi' ? 'Health info' : 'Personal IDs'}</span>
                  <span className="hint block">{describeIdentifiers(f.identifiers)}</span>
                </td>
                <td className="num">{f.estimatedPatients.toLocaleString('en-US')}</td>
                <td>{f.encrypted ? <span className="pill status-pass">Encrypted file</span> : <span className="pill status-fail">Not encrypted</span>}</td>
                <td>
                  <button type="button" className="link-button" onClick={() => void reveal(f)} aria-label={`Show in folder: ${baseName(f.path)}`}>
                    Show in folder
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {files.length > SHOWN && (
        <button type="button" className="link-button" onClick={() => setAll((a) => !a)}>
          {all ? 'Show fewer' : `Show all ${files.length} files`}
        </button>
      )}
      <p role="status" className="hint">
        {status}
      </p>
    </>
  );
};
