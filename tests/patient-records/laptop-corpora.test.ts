/**
 * The practice-laptop corpora in binary and mixed formats (tests/fixtures/patient-records/laptopN/, labels in each
 * LABELS.tsv): every file goes through the real extractors and detectors (extractFile -> judgeDocuments) and must
 * come out with its label; no planted raw value may appear in the verdict, and every sample must be masked.
 *  - laptop2: Word, Excel, ODF, RTF, Word/Excel 97, PDFs, zips and mail made with LibreOffice and Python (make-corpus.py).
 *  - laptop3: written by a helper who did not read the detectors: messy text, EHR exports, HL7/FHIR/C-CDA, mail,
 *    UTF-16, RTF escapes, iCalendar, hand-made docx/xlsx and LibreOffice PDFs (make-corpus3.py).
 *  - laptop4: written the same way for other specialties (dental, behavioral health, pediatrics...), mostly binary
 *    and container formats (make-corpus4.py).
 *  - laptop5: written the same way for precision: staff, business, reference and personal files with names, numbers
 *    and medical words but no patient, plus a few hidden positives (make-corpus5-*.py).
 *  - laptop6: written the same way from EHR and practice-management exports: fixed-width printouts, odd CSV headers,
 *    vendor XML, API JSON, NDJSON, SQL dumps, SQLite, X12 837/835, PDF reports (make-corpus6-*.py).
 *  - laptop7: written the same way in prose: handoff notes, texts, voicemails, letters, mail chains with attachments
 *    (make-corpus7-*.py).
 *  - laptop8: a quick round from urgent-care, occupational-health and podiatry offices (make-corpus8-*.py).
 *  - laptop9: OB/GYN, midwifery and physical therapy sharing one office manager's laptop (make-corpus9-*.py).
 *  - laptop10: rural internal medicine and cardiology, its billing files and the owner's personal files, in
 *    subfolders (make-corpus10-*.py).
 *  - laptop11: pediatrics sharing a laptop with a child & family therapy group (make-corpus11-*.py).
 *  - laptop12: the IT consultant of three practices: interface logs, FHIR bulk exports, SQL, scripts, configs, device
 *    exports, tickets; mostly harmless technical files (make-corpus12-*.py).
 *  - laptop13: the office manager of a family medicine and urgent care practice: Office files, mail merges, EOBs,
 *    card payment logs, quality decks (make-corpus13-*.py).
 *  - laptop14: health-data formats and encodings: HL7 batches, CDA, FHIR JSON/NDJSON/XML, X12 27x/837, UTF-16,
 *    Windows-1252, Mac-Roman, quoted-printable mail, nested zips, vCards (make-corpus14-*.py).
 *  - laptop15: home health and hospice with an opioid-treatment program: visit notes, aide schedules, EVV exports,
 *    dosing logs, Part 2 consents (make-corpus15-*.py).
 *  - laptop16: the owner's MacBook: WhatsApp/Telegram/iMessage/Zoom/Slack exports, Apple Mail .emlx, Notes, Keep,
 *    vCards and personal files (make-corpus16-*.py).
 * (The round-1 corpus, laptop/, wraps text files into binary formats first: laptop-corpus.test.ts.)
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectVerdict, readLabels, type LabelRow } from './helpers/corpus.js';

type Corpus = { dir: string; title: string; minRows: number; minNone: number; gaps: string[] };

// Known gaps, kept labelled as they should be and expected to fail until a rule covers them:
// - laptop7/condolence_card_draft_Pruitt.rtf: the card names only "Frank" and his cancer; the surname stands in a
//   staff note at the end ("card goes to the Pruitt house, 56 Birch Hollow Rd"), with no title, label or given name
//   next to it. Linking a family name in one paragraph to a first name in another needs coreference, not patterns.
// - laptop15/Desktop/oncall_handoff_texts_0913.txt: texts name patients by first name and a street fragment only
//   ("walt (22 birch hollow)", "comfort kit used"); no surname, date of birth or record number to anchor a person.
// - laptop15/Documents/MAT/IOP/IOP_group_signin_2025-09-11.md: a Markdown sign-in of first names and last initials
//   ("Ryan K.") whose only known column is "Name (first + last initial)"; a pipe table needs two, and a first name
//   with an initial is too weak alone (the health fact is the group itself: intensive outpatient treatment).
// - laptop16 (added at the end of session 4, not yet worked on): a child's field-trip form read as phi (false
//   positive); a voice-memo transcript with a spoken DOB and a spelled-out surname; a Zoom chat naming the patient only
//   in "From X to Everyone" lines; a journal entry with a bolded name, age and MS; a WhatsApp chat (in a zip) whose
//   only identifier is a name.

const CORPORA: Corpus[] = [
  { dir: 'laptop2', title: 'round 2 (binary documents)', minRows: 50, minNone: 18, gaps: [] },
  { dir: 'laptop3', title: 'round 3 (written without reading the detectors)', minRows: 45, minNone: 15, gaps: [] },
  { dir: 'laptop4', title: 'round 4 (other specialties, written without reading the detectors)', minRows: 40, minNone: 15, gaps: [] },
  { dir: 'laptop5', title: 'round 5 (harmless files that look dangerous, written without reading the detectors)', minRows: 36, minNone: 26, gaps: [] },
  { dir: 'laptop6', title: 'round 6 (EHR and practice-management exports, written without reading the detectors)', minRows: 37, minNone: 14, gaps: [] },
  { dir: 'laptop7', title: 'round 7 (prose: letters, notes, messages and mail, written without reading the detectors)', minRows: 31, minNone: 13, gaps: ['condolence_card_draft_Pruitt.rtf'] },
  { dir: 'laptop8', title: 'round 8 (urgent care, occupational health, podiatry; written without reading the detectors)', minRows: 23, minNone: 10, gaps: [] },
  { dir: 'laptop10', title: 'round 10 (internal medicine and cardiology, billing, personal files; written without reading the detectors)', minRows: 41, minNone: 17, gaps: [] },
  { dir: 'laptop11', title: 'round 11 (pediatrics and child & family therapy; written without reading the detectors)', minRows: 40, minNone: 19, gaps: [] },
  { dir: 'laptop12', title: "round 12 (an IT consultant's laptop: interfaces, exports, scripts, logs; written without reading the detectors)", minRows: 42, minNone: 25, gaps: [] },
  { dir: 'laptop13', title: "round 13 (a family medicine and urgent care office manager's Office files; written without reading the detectors)", minRows: 36, minNone: 15, gaps: [] },
  { dir: 'laptop14', title: 'round 14 (health-data formats and text encodings; written without reading the detectors)', minRows: 37, minNone: 9, gaps: [] },
  { dir: 'laptop15', title: 'round 15 (home health, hospice and an opioid-treatment program; written without reading the detectors)', minRows: 29, minNone: 10, gaps: ['Desktop/oncall_handoff_texts_0913.txt', 'Documents/MAT/IOP/IOP_group_signin_2025-09-11.md'] },
  { dir: 'laptop16', title: "round 16 (the owner's MacBook: chat exports, Apple Mail, Notes, Slack, personal files; written without reading the detectors)", minRows: 27, minNone: 12, gaps: ['Documents/Kids/Port Alder Elementary - field trip permission (Theo).txt', 'Documents/Voice Memos transcripts/New Recording 14.txt', 'Documents/Zoom/2025-09-16 10.00.02 Telehealth - Dr. Moreau/meeting_saved_chat.txt', 'Documents/journal/2025-09.md', 'Downloads/WhatsApp Chat - Marisol Ayala.zip'] },
  { dir: 'laptop9', title: 'round 9 (OB/GYN, midwifery and physical therapy; written without reading the detectors)', minRows: 40, minNone: 18, gaps: [] },
];

for (const corpus of CORPORA) {
  const dir = `tests/fixtures/patient-records/${corpus.dir}/`;
  describe(`practice-laptop corpus, ${corpus.title}`, () => {
    const rows = existsSync(`${dir}LABELS.tsv`) ? readLabels(dir) : [];
    // Misses left on purpose, labelled as they should be and expected to fail until a rule covers them.
    const gaps = new Set(corpus.gaps);
    it('labels every file in the folder', () => {
      expect(rows.length).toBeGreaterThanOrEqual(corpus.minRows);
      expect(rows.filter((r) => r[1] === 'none').length).toBeGreaterThanOrEqual(corpus.minNone);
    });
    const check = (file: string, want: string, planted: string) => expectVerdict(dir + file, file, want, planted);
    const known = rows.filter((r: LabelRow) => !gaps.has(r[0]));
    const missing = rows.filter((r: LabelRow) => gaps.has(r[0]));
    if (known.length) it.each(known)('%s -> %s', check, 60_000);
    if (missing.length) it.fails.each(missing)('%s -> %s (known gap)', check, 60_000);
  });
}
