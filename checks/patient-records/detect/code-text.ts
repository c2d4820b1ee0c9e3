/** Source code looks like prose with numbers in it; its test values are not anybody's identifiers. */

const CODE_LINE = /^\s*(?:import\s|export\s|from\s+\S+\s+import|def\s|class\s|function\s|const\s|let\s|var\s|return\b|if\s*\(|for\s*\(|while\s*\(|#include|package\s|public\s|private\s|func\s|assert|expect\(|it\(|test\(|describe\(|[}{)\]]|\/\/|\/\*)|[;{(]\s*$/;

/** True when at least a third of the first 200 non-empty lines read like program code. */
export const looksLikeCode = (text: string): boolean => {
  const lines = text.slice(0, 32_768).split('\n').filter((l) => l.trim()).slice(0, 200);
  if (lines.length < 5) return false;
  return lines.filter((l) => CODE_LINE.test(l)).length / lines.length >= 0.34;
};
