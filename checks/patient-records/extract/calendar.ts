/**
 * iCalendar (.ics, RFC 5545), as Outlook, Google Calendar and EHR schedulers export it: folded lines joined,
 * escapes undone, and each event written as one line ("08:30 SUMMARY — DESCRIPTION — LOCATION") so the patient named
 * in the title and the date of birth or medication in the notes are read together, as they belong together. The start
 * time opens the line as on a printed schedule ("08:30 Nwosu, Ifeoma - OB 28wk"), where a name after it is a booking.
 */
import { decodeText } from './decode-text.js';
import { emptyDocument, type Extractor } from './types.js';

/** Event properties that hold what a person typed; ids, times and attendees' addresses are left out. */
const TEXT_PROPS = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'COMMENT', 'CATEGORIES']);

/** Joins folded lines: a line break followed by one space or tab continues the previous line. */
export const unfold = (text: string): string => text.replace(/\r?\n[ \t]/g, '');

/** Undoes iCalendar text escapes (`\n`, `\,`, `\;`, `\\`). */
const unescape = (value: string): string => value.replace(/\\([nN,;\\])/g, (_m, c: string) => (c === 'n' || c === 'N' ? ' / ' : c));

/** The events of a calendar as lines of text (pure). */
export const calendarText = (ics: string): string => {
  const out: string[] = [];
  let event: string[] | null = null;
  let start = '';
  for (const line of unfold(ics).split(/\r?\n/)) {
    if (/^BEGIN:(?:VEVENT|VTODO|VJOURNAL)$/i.test(line)) {
      event = [];
      start = '';
    } else if (/^END:(?:VEVENT|VTODO|VJOURNAL)$/i.test(line)) {
      if (event?.length) out.push(start + event.join(' — '));
      event = null;
    } else if (event) {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      // "SUMMARY;LANGUAGE=en-us:..." -> property SUMMARY.
      const prop = line.slice(0, colon).split(';')[0]!.toUpperCase();
      const value = unescape(line.slice(colon + 1)).trim();
      if (TEXT_PROPS.has(prop) && value) event.push(value);
      // "DTSTART;TZID=America/New_York:20250715T083000" -> "08:30 "; all-day events have no time.
      const time = prop === 'DTSTART' ? /T(\d{2})(\d{2})/.exec(value) : null;
      if (time) start = `${time[1]}:${time[2]} `;
    }
  }
  return out.join('\n');
};

/** Extracts a calendar file: one line of text per event. */
export const extractCalendar: Extractor = async (input) => [{ ...emptyDocument('ics', input), text: calendarText(decodeText(input.buffer)) }];
