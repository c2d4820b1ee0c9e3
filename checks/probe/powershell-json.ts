/** Parsing of PowerShell `ConvertTo-Json` output, shared by every Windows collector (pure). */

/**
 * The items of a `ConvertTo-Json` document: ConvertTo-Json prints one item bare and several as an
 * array, and Windows PowerShell may lead with a BOM. Empty output is an empty list; output that is
 * not JSON (an error message, say) is undefined.
 */
export const parsePowerShellJson = (text: string): unknown[] | undefined => {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return [];
  try {
    const value: unknown = JSON.parse(trimmed);
    return Array.isArray(value) ? value : [value];
  } catch {
    return undefined;
  }
};

/** True for a JSON object (not null, not an array). */
export const isJsonObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The objects of a `ConvertTo-Json` document (other items dropped); undefined when it is not JSON. */
export const parsePowerShellObjects = (text: string): Record<string, unknown>[] | undefined => parsePowerShellJson(text)?.filter(isJsonObject);
