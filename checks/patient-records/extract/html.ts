/**
 * HTML: visible text and tables. Source line breaks are only spaces in HTML (exports wrap long lines
 * mid-name), inline tags do not separate words (`<b>Rosa</b>lind`), and a `<table>` with a header row
 * comes out as a table as well.
 */
import type { ExtractedTable } from '../extracted.js';
import { MAX_TABLE_ROWS } from './table-rows.js';
import { decodeText } from './decode-text.js';
import { decodeEntities } from './markup.js';
import { topLevel } from './office-tables.js';
import { emptyDocument, type Extractor } from './types.js';

const INLINE = /^(a|abbr|b|bdi|bdo|big|cite|code|data|dfn|em|font|i|kbd|mark|q|s|samp|small|span|strike|strong|time|tt|u|var|wbr|ins|del|nobr|o:p|label)$/i;
const BLOCK = /^(p|div|br|tr|li|h[1-6]|table|thead|tbody|tfoot|caption|section|article|header|footer|main|nav|aside|blockquote|dd|dt|dl|ul|ol|hr|form|fieldset|legend|address|pre|title|option|textarea|body|html)$/i;

/** Visible text of an HTML page or fragment (pure). */
export const htmlText = (html: string): string => {
  const cleaned = html.replace(/<!--[\s\S]*?-->|<(script|style|template|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  // Whitespace collapses outside <pre> and <textarea>, where line breaks are content.
  const flat = cleaned
    .split(/(<(?:pre|textarea)\b[\s\S]*?<\/(?:pre|textarea)\s*>)/i)
    .map((part, i) => (i % 2 ? part : part.replace(/\s+/g, ' ')))
    .join('');
  const text = flat.replace(/<(\/?)([a-z][\w:.-]*)\b[^>]*>|<[!?][^>]*>/gi, (_m, close?: string, tag?: string) => {
    if (!tag) return ' ';
    if (/^t[dh]$/i.test(tag)) return close ? '\t' : '';
    return INLINE.test(tag) ? '' : BLOCK.test(tag) ? '\n' : ' ';
  });
  return decodeEntities(text)
    .replace(/[ \u00a0]+/g, ' ')
    .replace(/ ?\t[ \t]*/g, '\t')
    .replace(/[ \t]*\n\s*/g, '\n')
    .trim();
};

/** Tables of an HTML page with at least two header cells and one data row (pure); nested tables stay in their cell. */
export const htmlTables = (html: string): ExtractedTable[] => {
  const norm = html.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<(\/?)(table|tr|td|th)\b/gi, (_m, close: string, tag: string) => `<${close}${tag.toLowerCase() === 'th' ? 'td' : tag.toLowerCase()}`);
  return topLevel(norm, 'table').flatMap((t) => {
    const rows: string[][] = [];
    for (const tr of topLevel(t, 'tr')) {
      if (rows.length > MAX_TABLE_ROWS) break;
      const cells = topLevel(tr, 'td').map((c) => htmlText(c).replace(/\s+/g, ' '));
      if (cells.some(Boolean)) rows.push(cells);
    }
    const [header = [], ...body] = rows;
    return header.filter(Boolean).length >= 2 && body.length ? [{ header, rows: body.slice(0, MAX_TABLE_ROWS), ...(body.length > MAX_TABLE_ROWS ? { truncated: true } : {}) }] : [];
  });
};

/** Extracts the text and tables of an HTML page. */
export const extractHtml: Extractor = async (input) => {
  const html = decodeText(input.buffer);
  return [{ ...emptyDocument('html', input), text: htmlText(html), tables: htmlTables(html).slice(0, 100) }];
};
