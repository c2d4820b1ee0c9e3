/**
 * DICOM headers written as XML: the PS3.19 Native DICOM Model (`<NativeDicomModel><DicomAttribute tag="00100010"
 * vr="PN">`, also dcm2xml --native-format) and DCMTK's dcm2xml (`<element tag="0010,0010" vr="PN">DOE^JANE</element>`).
 * The tag says what a value is, as in a DICOM file: the same tags become the same typed fields (pure).
 */
import type { StructuredField } from '../extracted.js';
import { DICOM_TAGS } from './dicom.js';
import { decodeEntities } from './markup.js';

/** The root elements of a DICOM XML dump, looked for near the start of a document. */
export const DICOM_XML_ROOT = /<(?:\w+:)?NativeDicomModel[\s>]|<file-format[\s>][\s\S]{0,400}<(?:meta-header|data-set)[\s>]/;

const BY_TAG = new Map(DICOM_TAGS.map(([tag, kind, label]) => [tag.slice(1).toUpperCase(), { kind, label }]));
const MAX_FIELDS = 5_000;
// One attribute's opening tag, then its content up to the next attribute (a sequence's items hold attributes of their own).
const NATIVE_ATTR = /<(?:\w+:)?DicomAttribute\b([^>]*)>([\s\S]*?)(?=<\/?(?:\w+:)?DicomAttribute\b|$)/g;
const NATIVE_VALUE = /<(?:\w+:)?Value\b[^>]*>([^<]*)<\/(?:\w+:)?Value>/g;
const PERSON_NAME = /<(?:\w+:)?Alphabetic\b[^>]*>([\s\S]*?)<\/(?:\w+:)?Alphabetic>/g;
const NAME_PARTS = ['FamilyName', 'GivenName', 'MiddleName', 'NamePrefix', 'NameSuffix'];
const DCMTK_ELEMENT = /<element\b([^>]*)>([^<]*)<\/element>/g;
const attr = (attrs: string, name: string): string => new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1] ?? '';

const text = (s: string): string => decodeEntities(s).replace(/\s+/g, ' ').trim();

/** A PS3.19 person name: its Alphabetic groups as `Family Given Middle Prefix Suffix`. */
const personNames = (content: string): string[] => {
  const out: string[] = [];
  PERSON_NAME.lastIndex = 0;
  for (let m = PERSON_NAME.exec(content); m; m = PERSON_NAME.exec(content)) {
    const group = m[1]!;
    const parts = NAME_PARTS.map((p) => text(new RegExp(`<(?:\\w+:)?${p}\\b[^>]*>([^<]*)<`).exec(group)?.[1] ?? '')).filter(Boolean);
    if (parts.length) out.push(parts.join(' '));
  }
  return out;
};

/** The values of one attribute, per its markup. */
const nativeValues = (content: string): string[] => {
  if (content.includes('PersonName')) return personNames(content);
  const out: string[] = [];
  NATIVE_VALUE.lastIndex = 0;
  for (let m = NATIVE_VALUE.exec(content); m; m = NATIVE_VALUE.exec(content)) out.push(text(m[1]!));
  return out;
};

/** Typed fields from a DICOM XML dump (Native DICOM Model or dcm2xml); [] for any other XML. */
export const parseDicomXml = (xml: string): StructuredField[] => {
  const fields: StructuredField[] = [];
  const push = (tag: string, values: string[]) => {
    const known = BY_TAG.get(tag.replace(/[^0-9A-Fa-f]/g, '').toUpperCase());
    if (!known) return;
    for (const v of values) {
      const value = v.replace(/\^+/g, ' ').replace(/\s+/g, ' ').trim();
      if (value && fields.length < MAX_FIELDS) fields.push({ kind: known.kind, value, source: `DICOM ${known.label}`, subject: 'patient' });
    }
  };
  NATIVE_ATTR.lastIndex = 0;
  for (let m = NATIVE_ATTR.exec(xml); m && fields.length < MAX_FIELDS; m = NATIVE_ATTR.exec(xml)) push(attr(m[1]!, 'tag'), nativeValues(m[2]!));
  DCMTK_ELEMENT.lastIndex = 0;
  for (let m = DCMTK_ELEMENT.exec(xml); m && fields.length < MAX_FIELDS; m = DCMTK_ELEMENT.exec(xml)) {
    // dcm2xml writes a value's several parts with backslashes, as the file does.
    push(attr(m[1]!, 'tag'), text(m[2]!).split('\\'));
  }
  return fields;
};
