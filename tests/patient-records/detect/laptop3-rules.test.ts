/** Unit tests for the rules added for the third practice-laptop corpus (tests/fixtures/patient-records/laptop3/). */
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../../checks/patient-records/extracted.js';
import { inspectDocument } from '../../../checks/patient-records/detect/index.js';
import { scanLabels } from '../../../checks/patient-records/detect/labels.js';
import { isPlausibleDate } from '../../../checks/patient-records/detect/validate.js';
import { calendarText, unfold } from '../../../checks/patient-records/extract/calendar.js';
import { sniff } from '../../../checks/patient-records/extract/sniff.js';

const doc = (text: string): ExtractedDocument => ({ format: 'txt', encrypted: false, text, tables: [], fields: [], capped: false });
const category = (text: string) => inspectDocument(doc(text)).category;
const kinds = (text: string) => scanLabels(text).map((h) => h.kind);

describe('Spanish letters', () => {
  it.each<[string, boolean]>([
    ['14 de marzo de 1983', true],
    ['1 de septiembre del 2001', true],
    ['30 de setiembre de 1950', true],
    ['14 de marcha de 1983', false],
    ['45 de marzo de 1983', false],
    ['14 de marzo de 1683', false],
  ])('%s is a date of birth: %s', (value, ok) => expect(isPlausibleDate(value)).toBe(ok));

  it('reads a Spanish date of birth and record number after their labels', () => {
    expect(kinds('Fecha de nacimiento: 14 de marzo de 1983 N.º de expediente: 0097420')).toEqual(['dob', 'mrn']);
    expect(kinds('Número de expediente 0097420')).toEqual(['mrn']);
    // "expediente" alone needs digits after it.
    expect(kinds('Su expediente está completo.')).toEqual([]);
  });

  it('lists a results letter to Sr. name with a Spanish date of birth, not a letter with no patient', () => {
    const letter = (who: string) =>
      `7 de junio de 2024\n${who}\n318 Calle Walnut, Apt. 2\nFecha de nacimiento: 14 de marzo de 1983\n` +
      'Su hemoglobina A1c fue de 6.1 %, lo que indica prediabetes. Su colesterol LDL fue de 162 mg/dL.';
    expect(category(letter('Sr. Mateo Echeverría Solís'))).toBe('phi');
    expect(category('Estimado paciente:\nLa prediabetes se puede prevenir. Revise su colesterol y su hemoglobina A1c cada año.')).toBeNull();
  });
});

describe('a name, a bracketed date of birth, then a care verb', () => {
  it('takes "Name (DOB ...) was evaluated" as a patient with health information', () => {
    const note = 'To whom it may concern:\nMarcus Delgado-Finch (DOB 07/07/1992) was evaluated in our office on 06/04/2024 for an acute lumbar strain.';
    const v = inspectDocument(doc(note));
    expect(v.category).toBe('phi');
    // A care verb in prose: counted apart from patient labels, and as care because the line is clinical.
    expect(v.healthContext['care-prose']).toBeGreaterThan(0);
  });

  it('does not reach past a long aside or into another line', () => {
    const far = 'Marcus Delgado-Finch (who called twice last week about the parking validation problem) was evaluated';
    expect(scanLabels(far).filter((h) => h.care)).toEqual([]);
  });
});

describe('iCalendar exports', () => {
  const ics = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:1', 'DTSTART:20240611T084500',
    'SUMMARY;LANGUAGE=en-us:Excision L forearm lesion - Quentin Harfield (exam 4', ' )',
    'DESCRIPTION:DOB 4/19/1979. consent signed 5/30. takes aspirin 81 - ok to co', ' ntinue\\nper Dr Y\\, cell 717-555-0161',
    'ATTENDEE;CN=Front Desk:mailto:frontdesk@example.org', 'END:VEVENT',
    'BEGIN:VEVENT', 'SUMMARY:Staff meeting', 'DESCRIPTION:break room', 'END:VEVENT', 'END:VCALENDAR', '',
  ].join('\r\n');

  it('unfolds lines, undoes escapes and writes one line per event', () => {
    expect(unfold('A:one\r\n two\r\n\tthree')).toBe('A:onetwothree');
    expect(calendarText(ics).split('\n')).toEqual([
      '08:45 Excision L forearm lesion - Quentin Harfield (exam 4) — DOB 4/19/1979. consent signed 5/30. takes aspirin 81 - ok to continue / per Dr Y, cell 717-555-0161',
      'Staff meeting — break room',
    ]);
  });

  it('is recognized by extension and by content', () => {
    expect(sniff(Buffer.from(ics), 'calendar.ics')).toBe('calendar');
    expect(sniff(Buffer.from(ics), 'export')).toBe('calendar');
    expect(sniff(Buffer.from('BEGIN:VCARD\r\nFN:Ann Lee\r\nEND:VCARD\r\n'), 'contacts.vcf')).toBe('text');
  });

  it('lists a procedure calendar with patients, not a calendar of meetings', () => {
    expect(category(calendarText(ics))).toBe('phi');
    expect(category(calendarText(ics.replace(/BEGIN:VEVENT\r\nUID:1[\s\S]*?END:VEVENT\r\n/, '')))).toBeNull();
  });
});

describe('schedules: patients by time slot, staff rotas and programmes', () => {
  it('takes names on time-opened lines with a column gap as patients when the reasons are clinical', () => {
    const list = 'Patient list for Dr. Alvarez - Monday\n8:00  Jorge Medina        f/u HTN\n8:20  Priscilla Yoon      annual physical\n8:40  Dwayne Kowalczyk    knee pain, x-ray\n';
    expect(category(list)).toBe('phi');
    // Uncommon given names too: the layout says they are names.
    expect(category('Mon 3/3\n09:00 AM\tOriel Fenwick-Ash\tRA, adalimumab refill\n09:30 AM\tAnselm Thistlewood\tCOPD, spirometry\n')).toBe('phi');
  });

  it('does not list a rota or an event programme whose lines name staff and topics', () => {
    expect(category('Clinic coverage - Saturday\n8:00   Maria Lopez      front desk\n8:00   Kevin Brandt     lab draws / specimen pickup\n9:00   Tanya Welch      vaccine clinic (flu boosters)\n')).toBeNull();
    expect(category('CME conference agenda\n8:00   Dr. Alice Wong     Diabetes update: insulin pumps\n9:30   Mark Feldman       Hypertension guidelines 2024\n')).toBeNull();
    // A line with a time but no column gap is prose, not a schedule row.
    expect(category('At 8:40 Dwayne Kowalczyk arrived with the knee brace order.')).toBeNull();
  });

  it('stays linear on a long line of capitalized words after a time', () => {
    const text = `8:00  ${'Alpha Beta  '.repeat(40_000)}`;
    const t = performance.now();
    inspectDocument(doc(text));
    expect(performance.now() - t).toBeLessThan(5_000);
  });
});

describe('care verbs without anything clinical', () => {
  it('does not list a name after a care verb when nothing else is about health', () => {
    expect(category('I saw Robert Diaz at the copier about the contract renewal.')).toBeNull();
    expect(category('I saw Robert Diaz today about his knee pain; x-ray ordered.')).toBe('phi');
  });
});
