/** A small document model both the HTML and the PDF renderers draw, so they show the same report. */

export type Tone = 'bad' | 'warn' | 'good' | 'info' | 'muted';

/** A table cell: plain text, or text with a tone (drawn as a coloured label). */
export type Cell = string | { text: string; tone?: Tone; bold?: boolean };

/** A column: its heading and its share of the table width (shares sum to 1). */
export type Column = { label: string; width: number };

/** One block of the document, drawn top to bottom. */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; id?: string }
  | { kind: 'paragraph'; text: string; tone?: Tone; small?: boolean }
  | { kind: 'callout'; tone: Tone; title: string; lines: string[] }
  | { kind: 'list'; items: string[]; ordered?: boolean }
  | { kind: 'kv'; pairs: Array<[string, string]> }
  | { kind: 'table'; columns: Column[]; rows: Cell[][]; small?: boolean }
  | { kind: 'page-break' };

/** Options every renderer takes. */
export type RenderOptions = {
  /** The signing certificate, printed so a reader can match it with `practice-audit verify`. */
  signer?: { fingerprint: string; subject: string };
  /** When the document was rendered (ISO); defaults to the scan's finish time so output is reproducible. */
  renderedAt?: string;
};

/** Cell text, whatever the cell's shape. */
export const cellText = (c: Cell): string => (typeof c === 'string' ? c : c.text);

/** Cell tone, if any. */
export const cellTone = (c: Cell): Tone | undefined => (typeof c === 'string' ? undefined : c.tone);
