import { cp, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyReportSignature } from '../../reports/index.js';
import { chromiumAvailable, launchChromium, screenshot, seriousA11yProblems } from './browser.js';
import { startTestServer, type TestServer } from './server.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// Runs in order: one office manager's first session, screen by screen.
describe.runIf(chromiumAvailable())('the app in Chromium, backed by the real engine', () => {
  let tmp: string;
  let scanFolder: string;
  let exportDir: string;
  let cacheDir: string;
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'pa-e2e-'));
    scanFolder = path.join(tmp, 'Practice Files');
    exportDir = path.join(tmp, 'exports');
    // The re-scan cache lives in the temp folder too (removed in afterAll), never in ~/.cache.
    cacheDir = path.join(tmp, 'cache');
    await cp(path.join(root, 'tests/fixtures/app/patients'), scanFolder, { recursive: true });
    const rendererDir = path.join(tmp, 'renderer');
    await build({ configFile: false, root: path.join(root, 'renderer'), base: './', logLevel: 'warn', plugins: [react()], build: { outDir: rendererDir, emptyOutDir: true } });
    server = await startTestServer({ rendererDir, dataDir: path.join(tmp, 'data'), scanFolder, exportDir, cacheDir });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  const expectAccessible = async () => expect(await seriousA11yProblems(page)).toEqual([]);
  const heading = () => page.locator('h1');

  const startScanOfFixture = async () => {
    await page.getByRole('button', { name: 'New scan' }).click();
    await page.getByRole('button', { name: 'Choose a different folder…' }).click();
    await expect.poll(() => page.locator('.folder-list').textContent()).toContain(scanFolder);
    const settings = page.getByRole('checkbox', { name: /Device settings/ });
    if (await settings.isChecked()) await settings.uncheck();
    await page.getByRole('button', { name: 'Start scan' }).click();
  };

  it('start screen says what will be checked and that nothing leaves the computer', async () => {
    await page.goto(server.url);
    await expect.poll(() => heading().textContent()).toBe('Check this computer for HIPAA risks');
    await expect.poll(() => page.locator('.consent').textContent()).toContain('Nothing leaves this computer');
    expect(await page.getByRole('checkbox', { name: /Patient records on this computer/ }).isChecked()).toBe(true);
    // The first screen opens focused on its heading, and Tab reaches the navigation next.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBeTruthy();
    await screenshot(page, '01-start');
    await expectAccessible();
  });

  it('shows progress and can stop a scan, keeping nothing', async () => {
    await startScanOfFixture();
    await expect.poll(() => heading().textContent()).toBe('Scanning this computer…');
    await screenshot(page, '02-progress');
    await expectAccessible();
    await page.getByRole('button', { name: 'Stop scan' }).click();
    await expect.poll(() => page.locator('.notice').textContent(), { timeout: 20_000 }).toContain('The scan was stopped');
    expect(await server.handlers.listHistory()).toEqual([]);
  }, 40_000);

  it('runs a scan of the fixture folder and shows the results dashboard', async () => {
    await startScanOfFixture();
    // While it runs: the current check is named and the groups show their state.
    await expect.poll(() => page.locator('.progress-detail').textContent(), { timeout: 30_000, interval: 100 }).toContain('Now:');
    await screenshot(page, '02-progress-running');
    await expect.poll(() => heading().textContent(), { timeout: 60_000, interval: 250 }).toMatch(/^Results for /);
    await expect.poll(() => page.locator('.verdict-card').textContent()).toContain('If this laptop were lost or stolen today');
    await expect.poll(() => page.locator('.risk-card').textContent()).toMatch(/risk/);
    const files = page.locator('table').first();
    await expect.poll(() => files.textContent()).toContain('patients.csv');
    expect(await files.textContent()).not.toContain('lunch-order.txt');
    expect(await readdir(cacheDir)).not.toHaveLength(0);
    // No raw identifiers on screen: the fixture's SSNs must never appear.
    expect(await page.locator('body').textContent()).not.toMatch(/412-58-3319|523-71-0482/);
    // A finding opens by keyboard to show how to fix it.
    await page.locator('.finding summary').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.finding-body').first().textContent()).toContain('How to fix it');
    await page.getByRole('button', { name: 'Show in folder: patients.csv' }).click();
    await expect.poll(() => server.shown).toEqual([path.join(scanFolder, 'patients.csv')]);
    await screenshot(page, '03-results');
    await expectAccessible();
    // Larger screens get more room, not stretched lines.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: path.join(root, 'tests/e2e/screenshots/03-results-1920.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
  }, 90_000);

  it('records questionnaire answers as attested with a name', async () => {
    await page.getByRole('button', { name: 'Answer the questions' }).click();
    await expect.poll(() => heading().textContent()).toBe('Questions the scan cannot answer');
    const questions = page.locator('.question');
    expect(await questions.count()).toBeGreaterThan(0);
    // Answer by keyboard: focus the first choice, then Space selects it.
    await questions.nth(0).getByRole('radio', { name: 'Yes', exact: true }).focus();
    await page.keyboard.press('Space');
    await questions.nth(1).getByRole('radio', { name: 'No', exact: true }).check();
    await page.getByRole('textbox', { name: /Your name/ }).fill('Pat Lee, Office Manager');
    await page.getByRole('button', { name: 'Save answers' }).click();
    await expect.poll(() => page.locator('.status-line').textContent()).toMatch(/^Saved 2 answers, signed by Pat Lee/);
    const [entry] = await server.handlers.listHistory();
    const { report } = await server.handlers.loadReport(entry?.id ?? '');
    const attested = report.checklist.filter((c) => c.basis === 'attested');
    expect(attested.map((c) => c.attestedBy)).toEqual(['Pat Lee, Office Manager', 'Pat Lee, Office Manager']);
    await screenshot(page, '04-questions');
    await expectAccessible();
  });

  it('exports a signed PDF, HTML and JSON bundle', async () => {
    await page.getByRole('button', { name: 'Export reports' }).click();
    await expect.poll(() => heading().textContent()).toBe('Export the reports');
    await page.getByRole('checkbox', { name: /Web page/ }).check();
    await page.getByRole('button', { name: 'Choose a folder and export' }).click();
    await expect.poll(() => page.locator('.status-line').textContent(), { timeout: 30_000 }).toContain('Done');
    const [entry] = await server.handlers.listHistory();
    const folder = path.join(exportDir, `practice-audit-${entry?.id}`);
    const pdf = await readFile(path.join(folder, 'report.pdf'));
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect((await stat(path.join(folder, 'report.html'))).size).toBeGreaterThan(1000);
    const verified = verifyReportSignature(await readFile(path.join(folder, 'report.json')), await readFile(path.join(folder, 'report.json.p7s')));
    expect(verified.ok).toBe(true);
    // The exported report carries the answers given in the questionnaire.
    const exported = JSON.parse(await readFile(path.join(folder, 'report.json'), 'utf8')) as { checklist: { attestedBy?: string }[] };
    expect(exported.checklist.filter((c) => c.attestedBy === 'Pat Lee, Office Manager')).toHaveLength(2);
    await screenshot(page, '05-export');
    await expectAccessible();
  }, 40_000);

  it('lists scan history and compares two scans', async () => {
    await startScanOfFixture();
    await expect.poll(() => heading().textContent(), { timeout: 60_000, interval: 250 }).toMatch(/^Results for /);
    await page.getByRole('button', { name: 'Scan history' }).click();
    await expect.poll(() => heading().textContent()).toBe('Scan history');
    const boxes = page.getByRole('checkbox', { name: /Compare the scan of/ });
    await expect.poll(() => boxes.count()).toBe(2);
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByRole('button', { name: 'Compare the two ticked scans' }).click();
    await expect.poll(() => page.locator('.compare-grid').textContent()).toContain('Still open');
    await screenshot(page, '06-history');
    await expectAccessible();
  }, 90_000);

  it('logged no errors or CSP violations in the page', () => {
    expect(consoleErrors).toEqual([]);
  });
});
