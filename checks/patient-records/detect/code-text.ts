/** Source code looks like prose with numbers in it; its test values are not anybody's identifiers. */

const CODE_LINE = /^\s*(?:import\s|export\s|from\s+\S+\s+import|def\s|class\s|function\s|const\s|let\s|var\s|return\b|if\s*\(|for\s*\(|while\s*\(|#include|package\s|public\s|private\s|func\s|assert|expect\(|it\(|test\(|describe\(|[}{)\]]|\/\/|\/\*)|[;{(]\s*$/;

/** True when at least a third of the first 200 non-empty lines read like program code. */
export const looksLikeCode = (text: string): boolean => {
  const lines = text.slice(0, 32_768).split('\n').filter((l) => l.trim()).slice(0, 200);
  if (lines.length < 5) return false;
  return lines.filter((l) => CODE_LINE.test(l)).length / lines.length >= 0.34;
};

// Multi-line string literals that hold pasted data: PowerShell here-strings, Python triple quotes, JS templates,
// shell heredocs. Lazy and bounded; the opening and closing markers must match.
const DATA_BLOCK = /@(["'])\r?\n([\s\S]{0,200000}?)\r?\n\1@|("""|''')([\s\S]{0,200000}?)\3|`([^`]{0,200000})`|<<-?\s*['"]?(\w+)['"]?\r?\n([\s\S]{0,200000}?)\r?\n\6\b/g;
const MAX_BLOCKS = 50;
const BLOCK_MARKERS = ['@"', "@'", '"""', "'''", '`', '<<'];

/** The multi-line string literals of a program (pasted CSV, HL7, JSON), each at least three lines (pure). */
export const dataBlocks = (code: string): string[] => {
  const out: string[] = [];
  // Every document without a table comes here: most have none of the markers, and one search each answers that.
  if (!BLOCK_MARKERS.some((m) => code.includes(m))) return out;
  DATA_BLOCK.lastIndex = 0;
  for (let m = DATA_BLOCK.exec(code); m && out.length < MAX_BLOCKS; m = DATA_BLOCK.exec(code)) {
    const body = m[2] ?? m[4] ?? m[5] ?? m[7] ?? '';
    if (body.split('\n').length >= 3) out.push(body);
  }
  return out;
};

// An XML element opening its line and closing on a later one, as loggers dump message payloads.
// Bounded (a fragment of 32K characters, the text's first 256K, 20 fragments) so unclosed tags cannot make it quadratic.
const XML_FRAGMENT = /^[ \t]*<([A-Za-z][\w:.-]*)\b[^>\n]*>[\s\S]{0,32768}?<\/\1>/gm;
const MAX_FRAGMENTS = 20;

/** XML messages embedded in a text (a log's payload dumps), at most 20 (pure). */
export const xmlFragments = (text: string): string[] => {
  const out: string[] = [];
  const head = text.slice(0, 1 << 18);
  XML_FRAGMENT.lastIndex = 0;
  for (let m = XML_FRAGMENT.exec(head); m && out.length < MAX_FRAGMENTS; m = XML_FRAGMENT.exec(head)) if (m[0].includes('\n')) out.push(m[0]);
  return out;
};
