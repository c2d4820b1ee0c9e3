/** pdf.js text items joined into visual lines: same baseline (y) = one line, items in x order, gaps become spaces. */

/** The parts of a pdf.js TextItem used here (`transform` = [a, b, c, d, x, y]). */
export type PdfTextItem = { str?: string; hasEOL?: boolean; transform?: number[]; width?: number; height?: number };

type Placed = { str: string; x: number; y: number; end: number; size: number; space: boolean };
/** A run of items on one line without a column gap. */
type Cell = { text: string; x: number; end: number };
type Line = { y: number; size: number; cells: Cell[] };

/** Items grouped into lines (top to bottom) of cells (left to right). */
const toLines = (items: PdfTextItem[]): Line[] => {
  const placed: Placed[] = [];
  for (const i of items) {
    const str = i.str ?? '';
    if (!str || !i.transform) continue;
    const [a = 0, b = 0, , , x = 0, y = 0] = i.transform;
    const size = Math.max(1, Math.hypot(a, b) || i.height || 10);
    // Whitespace items only say "a space here"; their width would hide a column gap.
    placed.push({ str, x, y, end: x + (i.width ?? 0), size, space: !str.trim() });
  }
  placed.sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Placed[][] = [];
  for (const p of placed) {
    const line = groups[groups.length - 1];
    const ref = line?.[0];
    // Same line when the baselines are within half the smaller font size (superscripts, mixed fonts).
    if (line && ref && Math.abs(ref.y - p.y) <= 0.5 * Math.min(ref.size, p.size)) line.push(p);
    else groups.push([p]);
  }
  return groups.map((group) => {
    group.sort((p, q) => p.x - q.x);
    const cells: Cell[] = [];
    let spaced = false;
    for (const p of group) {
      if (p.space) {
        spaced = true;
        continue;
      }
      const cell = cells[cells.length - 1];
      const gap = cell ? p.x - cell.end : Infinity;
      if (cell && gap <= 1.5 * p.size) {
        cell.text += (spaced || gap > 0.15 * p.size ? ' ' : '') + p.str;
        cell.end = Math.max(cell.end, p.end);
      } else cells.push({ text: p.str, x: p.x, end: p.end });
      spaced = false;
    }
    return { y: group[0]?.y ?? 0, size: group[0]?.size ?? 10, cells: cells.map((c) => ({ ...c, text: c.text.trim() })).filter((c) => c.text) };
  });
};

const labelCell = (c: Cell): boolean => !/\d/.test(c.text) && c.text.length <= 40;
const labelLine = (l: Line): boolean => l.cells.length >= 2 && l.cells.every(labelCell);
// A row holding two or more label-like cells starts a new group of labels.
const startsLabels = (l: Line): boolean => l.cells.filter(labelCell).length >= 2;
const overlap = (a: Cell, b: Cell): number => Math.min(a.end, b.end) - Math.max(a.x, b.x);

/**
 * Form layouts print a row of labels with the values in boxes just below (lab reports, claim forms).
 * Each value within three font sizes below a label row is paired with the label its box overlaps
 * most (or the closest one, at most three font sizes away), as `Label: value` lines, the way AcroForm
 * values are read. The next label row ends the search; a row read as values is not a label row.
 */
const formPairs = (lines: Line[]): string[] => {
  const out: string[] = [];
  const used = new Set<Line>();
  lines.forEach((labels, i) => {
    // A row already read as values is not a row of labels.
    if (used.has(labels) || !labelLine(labels)) return;
    for (let j = i + 1; j < lines.length; j++) {
      const values = lines[j] as Line;
      if (labels.y - values.y > 3 * labels.size || (j > i + 1 && startsLabels(values))) break;
      used.add(values);
      for (const v of values.cells) {
        const best = labels.cells.reduce((a, b) => (overlap(b, v) > overlap(a, v) ? b : a));
        if (overlap(best, v) > -3 * labels.size) out.push(`${best.text.replace(/:$/, '')}: ${v.text}`);
      }
    }
  });
  return out;
};

/**
 * Page text with items grouped into lines by y (top to bottom) and sorted by x (pure). pdf.js returns
 * items in content-stream order, which in form-like layouts puts a label and its value in different
 * blocks; joined by position, "Patient Name: X" reads as one line. A column gap becomes three spaces
 * so column layouts still read as aligned tables; label-above-value rows are also given as
 * `Label: value` lines after the page text. Items without a position keep stream order.
 */
export const joinTextItems = (items: PdfTextItem[]): string => {
  if (!items.some((i) => i.transform)) return items.map((i) => (i.str ?? '') + (i.hasEOL ? '\n' : ' ')).join('');
  const lines = toLines(items).filter((l) => l.cells.length);
  const text = lines.map((l) => l.cells.map((c) => c.text).join('   '));
  const pairs = formPairs(lines);
  return [...text, ...(pairs.length ? ['', ...pairs] : [])].join('\n');
};
