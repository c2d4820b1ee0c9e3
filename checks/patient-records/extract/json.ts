/** JSON: FHIR resources give typed fields; any JSON is flattened to `path: value` lines so keys act as context. */
import { decodeText } from './decode-text.js';
import { parseFhir } from './fhir.js';
import { emptyDocument, type Extractor } from './types.js';

/** Lines kept when flattening; past this the rest is not read. */
const MAX_LINES = 200_000;

/** Flattens JSON into `a.b.c: value` lines (pure, bounded, iterative so deep nesting cannot overflow the stack). */
export const flattenJson = (root: unknown, maxLines = MAX_LINES): string[] => {
  const lines: string[] = [];
  const stack: [string, unknown][] = [['', root]];
  while (stack.length && lines.length < maxLines) {
    const [key, v] = stack.pop() as [string, unknown];
    if (v && typeof v === 'object') {
      // Array items keep their parent's path: the key names, not the positions, are the context.
      const entries: [string, unknown][] = Array.isArray(v) ? v.map((x, i) => [key || String(i), x]) : Object.entries(v).map(([k, x]) => [key ? `${key}.${k}` : k, x]);
      for (let i = entries.length - 1; i >= 0; i--) stack.push(entries[i] as [string, unknown]);
    } else if (v !== null && v !== undefined && v !== '') lines.push(`${key}: ${String(v)}`);
  }
  return lines;
};

/** Parses JSON or NDJSON text into values; returns null when it is neither. */
const parseJsonValues = (text: string): unknown[] | null => {
  try {
    return [JSON.parse(text)];
  } catch {
    const values: unknown[] = [];
    for (const line of text.split(/\r?\n/)) {
      if (!line.trim()) continue;
      try {
        values.push(JSON.parse(line));
      } catch {
        return values.length ? values : null;
      }
    }
    return values.length ? values : null;
  }
};

/** Extracts a JSON document (FHIR when it carries `resourceType`). */
export const extractJson: Extractor = async (input) => {
  const text = decodeText(input.buffer);
  const values = parseJsonValues(text);
  if (!values) return [{ ...emptyDocument('json', input), text, note: 'not valid JSON; read as text' }];
  const fhir = values.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object' && typeof (v as Record<string, unknown>).resourceType === 'string');
  const fields = fhir.flatMap(parseFhir);
  const flat = values.flatMap((v) => flattenJson(v)).join('\n');
  return [{ ...emptyDocument(fhir.length ? 'fhir-json' : 'json', input), text: flat, fields }];
};
