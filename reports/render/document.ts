/** Assembles the whole report as blocks, in reading order (pure). */
import type { Report } from '../schema.js';
import type { Block, RenderOptions } from './blocks.js';
import { checklistBlocks } from './sections/checklist.js';
import { exposureBlocks } from './sections/exposure.js';
import { findingsBlocks } from './sections/findings.js';
import { methodologyBlocks, signatureBlocks } from './sections/methodology.js';
import { registerBlocks, safeguardBlocks } from './sections/register.js';
import { inventoryBlocks, summaryBlocks } from './sections/summary.js';

/** The report as a list of blocks: page 1 is the executive summary; each section starts a page. */
export const buildDocument = (report: Report, opts: RenderOptions = {}): Block[] => {
  const sections: Block[][] = [summaryBlocks(report, opts), [...inventoryBlocks(report), ...exposureBlocks(report)], findingsBlocks(report), registerBlocks(report), safeguardBlocks(report), checklistBlocks(report), [...methodologyBlocks(report), ...signatureBlocks(report, opts)]];
  return sections.flatMap((s, i) => (i === 0 ? s : [{ kind: 'page-break' } as Block, ...s]));
};
