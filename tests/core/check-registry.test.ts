import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS, selectChecks } from '../../checks/registry.js';
import { CHECK_GROUPS, PLATFORMS } from '../../checks/types.js';
import { CONTROL_IDS } from '../../reports/control-ids.js';

const CITATION = /^164\.\d{3}(\([a-zA-Z0-9]+\))*$/;

/** Every test file under tests/, as paths relative to the repo. */
const testFiles = (dir = 'tests'): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? testFiles(path.join(dir, d.name)) : d.name.endsWith('.test.ts') ? [path.join(dir, d.name)] : []));

// Like ESLint's rule meta-tests: a check without docs, citations or tests does not ship.
describe('check registry', () => {
  it('has unique ids', () => {
    const ids = ALL_CHECKS.map((c) => c.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ALL_CHECKS.map((c) => [c.meta.id, c] as const))('%s is complete', (id, check) => {
    const { meta } = check;
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(CHECK_GROUPS).toContain(meta.group);
    // The id names the module: checks/<group>/ for single-check groups, else checks/<group>/<id>/.
    const folder = meta.id === meta.group ? path.join('checks', meta.group) : path.join('checks', meta.group, meta.id);
    expect(existsSync(folder), `${folder} exists`).toBe(true);
    expect(meta.platforms).toEqual(expect.arrayContaining([...PLATFORMS]));
    expect(meta.title.length).toBeGreaterThan(3);
    expect(meta.rationale.length).toBeGreaterThan(40);
    expect(meta.safeguards.length).toBeGreaterThan(0);
    for (const s of meta.safeguards) expect(s).toMatch(CITATION);
    for (const c of meta.insuranceControls) expect(CONTROL_IDS).toContain(c);
    for (const p of PLATFORMS) expect(meta.remediation[p].length, `remediation for ${p}`).toBeGreaterThan(0);
    expect(testFiles().some((f) => f.includes(`${path.sep}${meta.id}${path.sep}`) || path.basename(f).startsWith(`${meta.id}`)), `a test for ${id}`).toBe(true);
  });

  it('selects by group or id and refuses unknown words', () => {
    expect(selectChecks(undefined)).toHaveLength(ALL_CHECKS.length);
    for (const group of CHECK_GROUPS) expect(selectChecks([group]).every((c) => c.meta.group === group)).toBe(true);
    expect(() => selectChecks(['no-such-check'])).toThrow(/unknown check or group: no-such-check/);
  });
});
