/** Benchmark tree sizes and the plain-text extensions: kept apart from the generators so the scanning process does not load them. */

/** How big a tree to build. */
export type TreeSize = { smallFiles: number; bigFiles: number; bigFileMb: number };

/** The full benchmark: about 20,000 files and 2 GB. */
export const FULL: TreeSize = { smallFiles: 20_000, bigFiles: 64, bigFileMb: 28 };
/** A quick run for development. */
export const SMALL: TreeSize = { smallFiles: 2_000, bigFiles: 6, bigFileMb: 8 };

/** Extensions of the plain-text part (what ripgrep can search directly). */
export const PLAIN_TEXT_EXT = ['txt', 'csv', 'log', 'md', 'hl7', 'json', 'xml', 'html', 'sql', 'eml', 'tsv'];
