/**
 * Text of Word, PowerPoint and OpenDocument XML parts (pure). Word and ODF split a word into several runs
 * wherever formatting, spell-check marks or edit ids change ("Rosa" + "lind"), so runs are joined without a
 * space; only paragraphs, cells, tabs and breaks separate text. Field codes, drawing positions and the
 * fallback copy of text boxes (`mc:Fallback`) are not document text and are dropped.
 */
import { decodeEntities } from './markup.js';

/** Word (`w:`) and DrawingML (`a:`) tokens: text runs, and the marks that separate them. */
const OOXML_TOKEN = /<(w:t|w:delText|a:t)(?:\s[^>]*)?>([^<]*)<\/\1>|<(\/w:p|\/a:p|\/w:tc|\/a:tc|w:tab|w:br|w:cr|a:br|w:txbxContent|w:noBreakHyphen|w:softHyphen)\b[^>]*>/g;
const OOXML_MARK: Record<string, string> = { '/w:p': '\n', '/a:p': '\n', '/w:tc': '\t', '/a:tc': '\t', 'w:tab': '\t', 'w:br': '\n', 'w:cr': '\n', 'a:br': '\n', 'w:txbxContent': '\n', 'w:noBreakHyphen': '-', 'w:softHyphen': '' };

/** Tidies extracted text: spaces collapsed, a run of tabs kept as one tab (cells), blank lines dropped. */
const tidy = (s: string): string =>
  s
    .replace(/[ \u00a0]+/g, ' ')
    .replace(/ ?\t[ \t]*/g, '\t')
    .replace(/[ \t]*\n\s*/g, '\n')
    .trim();

/** Text of a Word or PowerPoint XML part: paragraphs on lines, cells and tabs as tabs. */
export const ooxmlText = (xml: string): string => {
  // The fallback of an mc:AlternateContent repeats its choice (a text box drawn twice, for old readers).
  const body = xml.replace(/<mc:Fallback\b[\s\S]*?<\/mc:Fallback>/g, '');
  let out = '';
  for (const m of body.matchAll(OOXML_TOKEN)) out += m[1] ? decodeEntities(m[2] ?? '') : (OOXML_MARK[m[3] ?? ''] ?? '');
  return tidy(out);
};

/** ODF elements inside a paragraph that do not separate words (spans, links, bookmarks, change marks). */
const ODF_INLINE = /^text:(span|a|bookmark|bookmark-start|bookmark-end|reference-mark|reference-mark-start|reference-mark-end|soft-page-break|change|change-start|change-end|meta|ruby|ruby-base|sequence|date|time|author-name|author-initials|page-number|file-name|title|subject|chapter|sender-[a-z-]+|user-field-get|variable-get|expression|text-input|drop-down)$/;

/** Text of an OpenDocument XML part (content.xml, styles.xml). */
export const odfText = (xml: string): string => {
  const body = xml
    // Style definitions (date formats' literal "/", fonts) and change timestamps are not document text.
    .replace(/<\?[\s\S]*?\?>|<(office:styles|office:automatic-styles|office:font-face-decls|dc:date)\b[\s\S]*?<\/\1>/g, ' ')
    // Citation marks ("1") are not text; the note body goes on its own line.
    .replace(/<text:note-citation\b[^>]*>[\s\S]*?<\/text:note-citation>/g, '')
    .replace(/<(text:note-body|office:annotation|draw:text-box)\b[^>]*>|<\/(text:note|office:annotation|draw:frame)>/g, '\n')
    .replace(/<text:s\b[^>]*?(?:text:c="(\d+)")?[^>]*\/>/g, (_m, n?: string) => ' '.repeat(Math.min(Number(n ?? 1), 20)))
    .replace(/<text:tab\b[^>]*\/>/g, '\t')
    .replace(/<text:line-break\b[^>]*\/>/g, '\n')
    .replace(/<\/(text:p|text:h)>/g, '\n')
    .replace(/<\/table:table-cell>/g, '\t');
  const text = body.replace(/<!--[\s\S]*?-->|<\/?([\w:.-]+)[^>]*>/g, (_m, tag?: string) => (tag !== undefined && ODF_INLINE.test(tag) ? '' : ' '));
  return tidy(decodeEntities(text));
};

/** Text of one part of a word-processing or presentation document by its format. */
export const officePartText = (xml: string, format: 'docx' | 'pptx' | 'odt' | 'odp'): string => (format === 'docx' || format === 'pptx' ? ooxmlText(xml) : odfText(xml));
