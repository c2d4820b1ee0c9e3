/** Chromium for the e2e suite: launch (failing in CI when missing), axe checks and screenshots. */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** True when the suite can run; in CI a missing Chromium is an error, not a skip. */
export const chromiumAvailable = (): boolean => {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`Chromium is required for the e2e suite in CI but ${CHROMIUM} is missing`);
  return false;
};

/** Launches headless Chromium with no background network traffic. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** An accessibility violation as the test reports it. */
export type AxeProblem = { id: string; impact: string; help: string; nodes: string[] };

/** Runs axe-core on the page; returns serious and critical violations only. */
export const seriousA11yProblems = async (page: Page): Promise<AxeProblem[]> => {
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document);
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
};

const screenshotDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');

/** Saves the window at 1280x800 and, when the content is longer, all of it. */
export const screenshot = async (page: Page, name: string): Promise<void> => {
  await mkdir(screenshotDir, { recursive: true });
  await page.locator('main').evaluate((main) => main.scrollTo(0, 0));
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
  // The content pane scrolls inside the window; a taller window shows all of it.
  const height = await page.locator('main').evaluate((main) => main.scrollHeight);
  if (height > 800) {
    await page.setViewportSize({ width: 1280, height });
    await page.screenshot({ path: path.join(screenshotDir, `${name}-full.png`) });
    await page.setViewportSize({ width: 1280, height: 800 });
  }
};
