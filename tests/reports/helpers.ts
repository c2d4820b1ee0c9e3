/** Loads the hand-made report fixtures (validated by the schema) for report tests. */
import { readFileSync } from 'node:fs';
import { deriveReport } from '../../reports/derive.js';
import { parseReport, type Report } from '../../reports/schema.js';

export type FixtureName = 'sample' | 'clean' | 'macos';

/** Path of a fixture relative to the repository root (tests run with cwd /work/main). */
export const fixturePath = (name: FixtureName): string => `tests/fixtures/reports/${name}-report.json`;

/** The fixture as stored (risks, checklist and safeguards empty). */
export const loadRaw = (name: FixtureName): Report => parseReport(JSON.parse(readFileSync(fixturePath(name), 'utf8')));

/** The fixture with its derived parts built, as buildReport would return it. */
export const loadFixture = (name: FixtureName): Report => deriveReport(loadRaw(name));
