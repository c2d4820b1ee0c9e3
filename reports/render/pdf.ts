/** Renders the report as PDF with pdfkit (no Electron needed), from the same blocks as the HTML. */
import PDFDocument from 'pdfkit';
import type { Report } from '../schema.js';
import { cellText, cellTone, type Block, type Cell, type RenderOptions, type Tone } from './blocks.js';
import { buildDocument } from './document.js';
import { winAnsi } from './pdf-text.js';

const M = 50;
const INK = '#1b1f24';
const MUTED = '#5b6570';
const LINE = '#c9d1d9';
const TONE: Record<Tone, { fg: string; bg: string }> = {
  bad: { fg: '#b42318', bg: '#fdecea' },
  warn: { fg: '#8a5a00', bg: '#fff4d6' },
  good: { fg: '#146c2e', bg: '#e6f4ea' },
  info: { fg: '#1d4f91', bg: '#e8f0fb' },
  muted: { fg: MUTED, bg: '#eef1f4' },
};
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';

type Doc = PDFKit.PDFDocument;

const width = (doc: Doc): number => doc.page.width - M * 2;
const bottom = (doc: Doc): number => doc.page.height - M;
const ensure = (doc: Doc, h: number): void => {
  if (doc.y + h > bottom(doc)) doc.addPage();
};

const textHeight = (doc: Doc, text: string, w: number, font: string, size: number): number => doc.font(font).fontSize(size).heightOfString(winAnsi(text), { width: w, lineGap: 1 });

const heading = (doc: Doc, b: Extract<Block, { kind: 'heading' }>): void => {
  const size = b.level === 1 ? 17 : b.level === 2 ? 12.5 : 10.5;
  const h = textHeight(doc, b.text, width(doc), BOLD, size);
  ensure(doc, h + 40); // keep a heading with the first lines after it
  if (b.level === 1 && doc.y > M + 5) doc.y += 10;
  else if (b.level > 1) doc.moveDown(0.5);
  doc.font(BOLD).fontSize(size).fillColor(INK).text(winAnsi(b.text), M, doc.y, { width: width(doc), lineGap: 1 });
  if (b.level === 1) {
    doc.moveTo(M, doc.y + 2).lineTo(M + width(doc), doc.y + 2).lineWidth(1.5).strokeColor('#1b2a3a').stroke();
    doc.y += 8;
  } else doc.y += 3;
};

const paragraph = (doc: Doc, text: string, opts: { size?: number; color?: string; font?: string; indent?: number } = {}): void => {
  const size = opts.size ?? 9.5;
  const x = M + (opts.indent ?? 0);
  const w = width(doc) - (opts.indent ?? 0);
  ensure(doc, Math.min(textHeight(doc, text, w, opts.font ?? FONT, size), 40));
  doc.font(opts.font ?? FONT).fontSize(size).fillColor(opts.color ?? INK).text(winAnsi(text), x, doc.y, { width: w, lineGap: 1 });
  doc.y += 3;
};

const callout = (doc: Doc, b: Extract<Block, { kind: 'callout' }>): void => {
  const w = width(doc) - 20;
  const h = textHeight(doc, b.title, w, BOLD, 11) + b.lines.reduce((s, l) => s + textHeight(doc, l, w, FONT, 9.5) + 2, 0) + 14;
  ensure(doc, h);
  const top = doc.y;
  const t = TONE[b.tone];
  doc.rect(M, top, width(doc), h).fill(t.bg);
  doc.rect(M, top, 4, h).fill(t.fg);
  doc.font(BOLD).fontSize(11).fillColor(INK).text(winAnsi(b.title), M + 12, top + 7, { width: w, lineGap: 1 });
  for (const line of b.lines) {
    doc.font(FONT).fontSize(9.5).fillColor(INK).text(winAnsi(line), M + 12, doc.y + 2, { width: w, lineGap: 1 });
  }
  doc.y = top + h + 6;
};

const list = (doc: Doc, b: Extract<Block, { kind: 'list' }>): void => {
  b.items.forEach((item, i) => {
    const h = textHeight(doc, item, width(doc) - 16, FONT, 9.5);
    ensure(doc, Math.min(h, 60));
    const y = doc.y;
    doc.font(FONT).fontSize(9.5).fillColor(INK).text(b.ordered ? `${i + 1}.` : '-', M + 2, y, { width: 14 });
    doc.text(winAnsi(item), M + 16, y, { width: width(doc) - 16, lineGap: 1 });
    doc.y += 2;
  });
  doc.y += 3;
};

const kv = (doc: Doc, b: Extract<Block, { kind: 'kv' }>): void => {
  const kw = Math.round(width(doc) * 0.27);
  for (const [k, v] of b.pairs) {
    const h = Math.max(textHeight(doc, k, kw - 6, FONT, 9), textHeight(doc, v, width(doc) - kw, FONT, 9));
    ensure(doc, Math.min(h, 80));
    const y = doc.y;
    doc.font(FONT).fontSize(9).fillColor(MUTED).text(winAnsi(k), M, y, { width: kw - 6, lineGap: 1 });
    const after = doc.y;
    doc.font(FONT).fontSize(9).fillColor(INK).text(winAnsi(v), M + kw, y, { width: width(doc) - kw, lineGap: 1 });
    doc.y = Math.max(after, doc.y) + 2;
  }
  doc.y += 4;
};

const PAD = 4;

/** Cuts a cell's text so a single row never exceeds a page; the full text stays in report.json. */
const fit = (doc: Doc, text: string, w: number, size: number, font: string, maxH: number): string => {
  if (textHeight(doc, text, w, font, size) <= maxH) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textHeight(doc, `${text.slice(0, mid)}... (cut; see report.json)`, w, font, size) <= maxH) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}... (cut; see report.json)`;
};

const drawRow = (doc: Doc, cells: Cell[], widths: number[], size: number, header: boolean): void => {
  const maxH = bottom(doc) - M - 60;
  const texts = cells.map((c, i) => fit(doc, winAnsi(cellText(c)), (widths[i] ?? 50) - PAD * 2, size, header || (typeof c !== 'string' && (c.bold || c.tone)) ? BOLD : FONT, maxH));
  const fonts = cells.map((c) => (header || (typeof c !== 'string' && (c.bold || c.tone)) ? BOLD : FONT));
  const h = Math.max(...texts.map((t, i) => textHeight(doc, t, (widths[i] ?? 50) - PAD * 2, fonts[i] ?? FONT, size))) + PAD * 2;
  const top = doc.y;
  let x = M;
  cells.forEach((c, i) => {
    const w = widths[i] ?? 50;
    const tone = cellTone(c);
    if (header) doc.rect(x, top, w, h).fill('#eef1f4');
    else if (tone) doc.rect(x, top, w, h).fill(TONE[tone].bg);
    doc.rect(x, top, w, h).lineWidth(0.5).strokeColor(LINE).stroke();
    doc.font(fonts[i] ?? FONT).fontSize(size).fillColor(tone ? TONE[tone].fg : INK).text(texts[i] ?? '', x + PAD, top + PAD, { width: w - PAD * 2, lineGap: 1 });
    x += w;
  });
  doc.y = top + h;
};

const rowHeight = (doc: Doc, cells: Cell[], widths: number[], size: number): number =>
  Math.min(Math.max(...cells.map((c, i) => textHeight(doc, cellText(c), (widths[i] ?? 50) - PAD * 2, typeof c !== 'string' && (c.bold || c.tone) ? BOLD : FONT, size))) + PAD * 2, bottom(doc) - M - 60);

const table = (doc: Doc, b: Extract<Block, { kind: 'table' }>): void => {
  const size = b.small ? 7.8 : 8.8;
  const widths = b.columns.map((c) => c.width * width(doc));
  const header = b.columns.map((c) => c.label);
  const headerH = rowHeight(doc, header, widths, size);
  ensure(doc, headerH + rowHeight(doc, b.rows[0] ?? [], widths, size));
  drawRow(doc, header, widths, size, true);
  for (const row of b.rows) {
    if (doc.y + rowHeight(doc, row, widths, size) > bottom(doc)) {
      doc.addPage();
      drawRow(doc, header, widths, size, true); // repeat the header on each page
    }
    drawRow(doc, row, widths, size, false);
  }
  doc.y += 8;
};

const draw = (doc: Doc, b: Block): void => {
  switch (b.kind) {
    case 'heading':
      return heading(doc, b);
    case 'paragraph':
      return paragraph(doc, b.text, { size: b.small ? 8.5 : 9.5, color: b.tone ? TONE[b.tone].fg : INK });
    case 'callout':
      return callout(doc, b);
    case 'list':
      return list(doc, b);
    case 'kv':
      return kv(doc, b);
    case 'table':
      return table(doc, b);
    case 'page-break':
      doc.addPage();
      return;
  }
};

const footers = (doc: Doc, report: Report, opts: RenderOptions): void => {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const left = winAnsi(`Practice Audit ${report.tool.version} | ${report.device.hostname} | scanned ${report.device.scanFinishedAt.slice(0, 10)}${opts.signer ? ` | signed, cert SHA-256 ${opts.signer.fingerprint.slice(0, 23)}...` : ' | not signed'}`);
    doc.page.margins.bottom = 0; // writing inside the bottom margin must not start a new page
    doc.font(FONT).fontSize(7).fillColor(MUTED).text(left, M, doc.page.height - 32, { width: width(doc) - 60, lineBreak: false });
    doc.text(`Page ${i + 1} of ${range.count}`, doc.page.width - M - 60, doc.page.height - 32, { width: 60, align: 'right', lineBreak: false });
  }
};

/** Renders the PDF; resolves with its bytes. Deterministic for the same report and options. */
export const renderPdf = (report: Report, opts: RenderOptions = {}): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const stamp = new Date(opts.renderedAt ?? report.device.scanFinishedAt);
    const doc = new PDFDocument({
      size: 'LETTER',
      margin: M,
      bufferPages: true,
      info: { Title: winAnsi(`HIPAA risk report: ${report.device.hostname}`), Author: 'Practice Audit', Creator: `practice-audit ${report.tool.version}`, CreationDate: stamp, ModDate: stamp },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    try {
      for (const b of buildDocument(report, opts)) draw(doc, b);
      footers(doc, report, opts);
      doc.end();
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
