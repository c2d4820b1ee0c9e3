import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../reports/render/pdf.js';
import { loadFixture } from './helpers.js';

/** The text of each page, read back with pdf.js. */
const pageTexts = async (pdf: Buffer): Promise<string[]> => {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' ').replace(/\s+/g, ' '));
  }
  return pages;
};

describe('PDF layout', () => {
  it.each(['sample', 'clean', 'macos'] as const)('%s: the executive summary is page 1 alone, every page has a numbered footer', async (name) => {
    const report = loadFixture(name);
    const pages = await pageTexts(await renderPdf(report, { signer: { fingerprint: 'AA:BB', subject: 'CN=t' } }));
    expect(pages[0]).toContain('HIPAA Security Risk Report');
    expect(pages[0]).toMatch(/would it be a reportable breach\?/);
    expect(pages[0]).toContain('Fix these first');
    expect(pages[0]).not.toContain('Device inventory');
    expect(pages[1]).toMatch(/^Device inventory/);
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pages.length}`));
    const all = pages.join(' ');
    for (const heading of ['Findings', 'Risk register', 'HIPAA safeguards', 'Cyber-liability insurance checklist', 'Methodology and limitations', 'Signatures']) expect(all).toContain(heading);
  });

  it('prints the breach answer and every finding title of the sample', async () => {
    const report = loadFixture('sample');
    const all = (await pageTexts(await renderPdf(report))).join(' ');
    expect(all).toContain('between 820 and 1,192 patients');
    for (const f of report.findings) expect(all).toContain(f.title.slice(0, 30));
  });
});
