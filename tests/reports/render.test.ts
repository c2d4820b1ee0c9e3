import { describe, expect, it } from 'vitest';
import { csvField, renderFindingsCsv, renderPatientFilesCsv } from '../../reports/render/csv.js';
import { renderHtml } from '../../reports/render/html.js';
import { renderPdf } from '../../reports/render/pdf.js';
import { winAnsi } from '../../reports/render/pdf-text.js';
import type { Report } from '../../reports/schema.js';
import { loadFixture } from './helpers.js';

const signer = { fingerprint: 'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89', subject: 'CN=test signer, O=Practice Audit' };

describe('renderHtml', () => {
  const sample = loadFixture('sample');
  const html = renderHtml(sample, { signer });

  it('is self-contained: no scripts, no external URLs, a CSP that blocks the network, a print stylesheet', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('@media print');
  });

  it('has every section, the breach answer, every finding, and the certificate fingerprint', () => {
    for (const id of ['summary', 'inventory', 'patient-records', 'findings', 'risks', 'safeguards', 'checklist', 'methodology', 'signature']) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('would be a reportable breach affecting between 820 and 1,192 patients');
    for (const f of sample.findings) expect(html).toContain(f.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
    expect(html).toContain(signer.fingerprint);
  });

  it('escapes everything from the report', () => {
    const evil: Report = { ...sample, findings: [{ ...sample.findings[0]!, title: '<img src=x onerror=alert(1)>', evidence: { path: '"><script>x</script>' } }] };
    const out = renderHtml(evil);
    expect(out).not.toContain('<img src=x');
    expect(out).not.toContain('<script>x');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('never shows masked samples or an indicated answer as a plain yes', () => {
    for (const s of sample.patientRecords?.files.flatMap((f) => f.samples) ?? []) expect(html).not.toContain(s);
    const clean = renderHtml(loadFixture('clean'));
    expect(clean).toContain('Indicated yes: confirm');
    expect(clean).toContain('No. No patient files were found and the disk is encrypted.');
  });
});

describe('renderPdf', () => {
  it('renders every fixture as a multi-page PDF, the same bytes twice', async () => {
    for (const name of ['sample', 'clean', 'macos'] as const) {
      const report = loadFixture(name);
      const pdf = await renderPdf(report, { signer });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
      expect(pages, name).toBeGreaterThanOrEqual(6);
    }
  });

  it('maps characters the built-in fonts cannot draw', () => {
    expect(winAnsi('≥ 500 × 2 → done ✓ “ok” café 患者')).toBe('>= 500 x 2 -> done v "ok" café ??');
  });
});

describe('CSV', () => {
  it('quotes fields and defuses spreadsheet formulas', () => {
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(null)).toBe('');
  });

  it('writes one row per finding and per patient file, without samples', () => {
    const sample = loadFixture('sample');
    const findings = renderFindingsCsv(sample).trimEnd().split('\r\n');
    expect(findings[0]).toMatch(/^id,check,status,severity,title/);
    expect(findings).toHaveLength(sample.findings.length + 1);
    const files = renderPatientFilesCsv(sample);
    expect(files.trimEnd().split('\r\n')).toHaveLength((sample.patientRecords?.files.length ?? 0) + 1);
    expect(files).toContain('exposed');
    expect(files).not.toContain('***-**-6789');
  });
});

describe('large patient-record lists', () => {
  it('shows the files that matter most and points to the CSV for the rest', () => {
    const sample = loadFixture('sample');
    const base = sample.patientRecords!.files[0]!;
    const files = Array.from({ length: 400 }, (_, i) => ({ ...base, path: `C:\\Users\\frontdesk\\Documents\\Exports\\batch-${i}.csv`, estimatedPatients: i }));
    const big: Report = { ...sample, patientRecords: { ...sample.patientRecords!, files } };
    const html = renderHtml(big);
    expect(html).toContain('the 150 that matter most of 400');
    expect(html).toContain('batch-399.csv');
    expect(html).not.toContain('batch-10.csv<');
    expect(renderPatientFilesCsv(big).trimEnd().split('\r\n')).toHaveLength(401);
  });
});
