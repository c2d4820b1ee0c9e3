/** Parsing of PowerShell `ConvertTo-Json` output, shared by every Windows collector (pure). */

// PowerShell can print WARNING:/VERBOSE: lines (or a BOM) before the JSON, on stdout; the document
// then starts at the first line that opens an object, or an array of objects (or an empty one).
const JSON_START = /^\uFEFF?[ \t]*(?:\[\s*(?:[{\]]|$)|\{)/m;

/** A `ConvertTo-Json` document read: its items, or why it is not JSON (`opensJson`: a line did open one). */
export type PowerShellJson = { ok: true; items: unknown[] } | { ok: false; opensJson: boolean; error: string };

const parseItems = (text: string): PowerShellJson => {
  try {
    const value: unknown = JSON.parse(text);
    return { ok: true, items: Array.isArray(value) ? value : [value] };
  } catch (err) {
    return { ok: false, opensJson: false, error: err instanceof Error ? err.message : String(err) };
  }
};

/**
 * Reads a `ConvertTo-Json` document: ConvertTo-Json prints one item bare and several as an array,
 * Windows PowerShell may lead with a BOM, and lines PowerShell printed before the JSON are skipped.
 * Empty output is an empty list.
 */
export const readPowerShellJson = (text: string): PowerShellJson => {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { ok: true, items: [] };
  const whole = parseItems(trimmed);
  if (whole.ok) return whole;
  const start = text.search(JSON_START);
  if (start < 0) return whole;
  const fromStart = start === 0 ? whole : parseItems(text.slice(start).replace(/^\uFEFF/, '').trim());
  return fromStart.ok ? fromStart : { ...fromStart, opensJson: true };
};

/** The items of a `ConvertTo-Json` document (see readPowerShellJson); undefined when it is not JSON (an error message, say). */
export const parsePowerShellJson = (text: string): unknown[] | undefined => {
  const json = readPowerShellJson(text);
  return json.ok ? json.items : undefined;
};

/** True for a JSON object (not null, not an array). */
export const isJsonObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The objects of a `ConvertTo-Json` document (other items dropped); undefined when it is not JSON. */
export const parsePowerShellObjects = (text: string): Record<string, unknown>[] | undefined => parsePowerShellJson(text)?.filter(isJsonObject);
