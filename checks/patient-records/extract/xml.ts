/** XML: text nodes for the detectors, records kept in attributes as tables; C-CDA documents and DICOM header dumps also give typed fields. */
import { parseCcda } from './ccda.js';
import { decodeText } from './decode-text.js';
import { DICOM_XML_ROOT, parseDicomXml } from './dicom-xml.js';
import { stripTags } from './markup.js';
import { recordTables } from './xml-records.js';
import { emptyDocument, type Extractor } from './types.js';

/** Extracts an XML document (C-CDA when its root is ClinicalDocument, DICOM attributes in a DICOM XML dump). */
export const extractXml: Extractor = async (input) => {
  const xml = decodeText(input.buffer);
  const head = xml.slice(0, 4096);
  const isCda = /<(\w+:)?ClinicalDocument[\s>]/.test(head);
  const text = stripTags(xml);
  if (!isCda && DICOM_XML_ROOT.test(head)) return [{ ...emptyDocument('dicom-xml', input), text, fields: parseDicomXml(xml) }];
  if (!isCda) return [{ ...emptyDocument('xml', input), text, tables: recordTables(xml) }];
  let fields: ReturnType<typeof parseCcda> = [];
  let note: string | undefined;
  try {
    fields = parseCcda(xml);
  } catch {
    // A truncated or malformed CDA still has its text layer; parser messages may quote content, so none is kept.
    note = 'XML could not be parsed; text layer only';
  }
  return [{ ...emptyDocument('ccda', input), text, fields, ...(note ? { note } : {}) }];
};
