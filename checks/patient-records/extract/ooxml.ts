/** Office Open XML and OpenDocument text: docx, pptx, odt (document parts read from the zip). */
import type { Entry, ZipFile } from 'yauzl';
import { stripTags } from './markup.js';
import { officeTables } from './office-tables.js';
import { readMemberText } from './zip-reader.js';
import { emptyDocument, type ExtractInput } from './types.js';
import type { ExtractedDocument, ExtractedTable } from '../extracted.js';

/** Word/PowerPoint/ODF XML to text: cells become tabs, paragraphs newlines. */
export const officeXmlText = (xml: string): string =>
  stripTags(xml.replace(/<w:tab\/>|<\/w:tc>|<\/a:tc>|<\/table:table-cell>|<text:tab\/>/g, '\t').replace(/<\/w:p>|<\/a:p>|<\/text:p>|<\/text:h>/g, '\n'));

const PARTS: Record<string, RegExp> = {
  docx: /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/,
  pptx: /^ppt\/(slides\/slide\d+|notesSlides\/notesSlide\d+)\.xml$/,
  odt: /^(content|styles)\.xml$/,
  odp: /^content\.xml$/,
};

/** Extracts the text parts of a word-processing or presentation document. */
export const extractOfficeText = async (format: 'docx' | 'pptx' | 'odt' | 'odp', zip: ZipFile, entries: Entry[], input: ExtractInput): Promise<ExtractedDocument[]> => {
  const pattern = PARTS[format] as RegExp;
  const parts = entries.filter((e) => pattern.test(e.fileName)).sort((a, b) => a.fileName.localeCompare(b.fileName, 'en', { numeric: true }));
  const texts: string[] = [];
  const tables: ExtractedTable[] = [];
  for (const part of parts) {
    const xml = await readMemberText(zip, part, input);
    texts.push(officeXmlText(xml));
    // Word/ODF tables also come out as tables (first row = header), so detectors judge them by column.
    if (format === 'docx' || format === 'odt') tables.push(...officeTables(xml, format));
  }
  return [{ ...emptyDocument(format, input), text: texts.join('\n'), tables, capped: input.capped || input.budget.bytes <= 0 }];
};
