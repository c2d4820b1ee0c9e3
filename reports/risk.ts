/** The risk register: findings grouped into vulnerabilities, rated likelihood x impact (pure). */
import { SEVERITIES } from '../checks/types.js';
import { fallbackThreats, vulnerabilityCatalog, type Level, type VulnerabilityEntry } from './data/vulnerabilities.js';
import type { ReportFinding, Risk } from './schema.js';

export type RiskRating = Risk['rating'];

/**
 * Likelihood (rows) x impact (columns) -> rating. Impact weighs more than likelihood, as in the
 * HHS SRA Tool. Four cells are the SRA Tool's (low/high=high, high/low=moderate,
 * moderate/high=critical, high/high=critical); the other five are ours (docs/report.md).
 */
export const RISK_MATRIX: Readonly<Record<Level, Readonly<Record<Level, RiskRating>>>> = {
  low: { low: 'low', moderate: 'moderate', high: 'high' },
  moderate: { low: 'low', moderate: 'moderate', high: 'critical' },
  high: { low: 'moderate', moderate: 'high', high: 'critical' },
};

/** The rating for a likelihood and impact pair. */
export const rateRisk = (likelihood: Level, impact: Level): RiskRating => RISK_MATRIX[likelihood][impact];

const LEVELS: readonly Level[] = ['low', 'moderate', 'high'];
const step = (level: Level, by: number): Level => LEVELS[Math.min(2, Math.max(0, LEVELS.indexOf(level) + by))] ?? level;

/** Context the ratings depend on. */
export type RiskContext = {
  /** The device holds patient files that a loss would expose (or whose protection is unknown). */
  unprotectedPatientData: boolean;
  /** Patient records were searched for and none were found. */
  noPatientDataFound: boolean;
  /** The check group of a check id (for threats of findings the catalog does not know). */
  groupOf: (checkId: string) => string | undefined;
};

const entryFor = (f: ReportFinding): VulnerabilityEntry | undefined => {
  for (const control of f.insuranceControls) {
    const entry = vulnerabilityCatalog.find((v) => v.key === control);
    if (entry) return entry;
  }
  return undefined;
};

const RATING_ORDER: readonly RiskRating[] = ['critical', 'high', 'moderate', 'low'];

/** Builds one register row per vulnerability that applies; unmatched findings get their own row. */
export const buildRiskRegister = (findings: readonly ReportFinding[], ctx: RiskContext): Risk[] => {
  const groups = new Map<string, { entry: VulnerabilityEntry | undefined; findings: ReportFinding[] }>();
  for (const f of findings) {
    if (f.status === 'fail' && f.severity === 'info') continue;
    const entry = entryFor(f);
    const key = entry?.key ?? `finding:${f.id}`;
    const group = groups.get(key) ?? { entry, findings: [] };
    group.findings.push(f);
    groups.set(key, group);
  }

  const risks: Risk[] = [];
  // Ties in rating go to the risk with the most severe finding, then to one a lost device would
  // expose (the question page 1 answers), so an unencrypted disk leads the fix list.
  const worstRank = new Map<string, number>();
  const exposes = new Set<string>();
  for (const [key, { entry, findings: fs }] of groups) {
    const first = fs[0];
    if (!first) continue;
    const worst = [...fs].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity))[0] ?? first;
    const onlyUnknown = fs.every((f) => f.status === 'unknown');
    const notes: string[] = [];
    let likelihood: Level = entry?.likelihood ?? (['critical', 'high'].includes(worst.severity) ? 'moderate' : 'low');
    let impact: Level = entry?.impact ?? (worst.severity === 'critical' ? 'high' : worst.severity === 'high' || worst.severity === 'medium' ? 'moderate' : 'low');
    if (onlyUnknown) {
      likelihood = step(likelihood, -1);
      notes.push('likelihood lowered one step: the scan could not confirm the weakness');
    } else if (worst.severity === 'low') {
      likelihood = step(likelihood, -1);
      notes.push('likelihood lowered one step: low-severity finding');
    }
    if (entry?.exposesData && ctx.unprotectedPatientData) {
      impact = 'high';
      notes.push('impact high: this device holds patient files a loss would expose');
    } else if (entry?.exposesData && ctx.noPatientDataFound) {
      impact = step(impact, -1);
      notes.push('impact lowered one step: no patient files were found on this device');
    }
    worstRank.set(`risk:${key}`, SEVERITIES.indexOf(worst.severity));
    if (entry?.exposesData) exposes.add(`risk:${key}`);
    risks.push({
      id: `risk:${key}`,
      findingIds: fs.map((f) => f.id),
      vulnerability: `${onlyUnknown ? 'Not confirmed: ' : ''}${entry?.vulnerability ?? first.title}`,
      threats: [...(entry?.threats ?? fallbackThreats[ctx.groupOf(first.checkId) ?? 'device-posture'] ?? [])],
      likelihood,
      impact,
      rating: rateRisk(likelihood, impact),
      safeguards: [...new Set(fs.flatMap((f) => f.safeguards))],
      ...(entry ? { sraSection: entry.sraSection } : {}),
      rationale: [`Catalog start: likelihood ${entry?.likelihood ?? 'from severity'}, impact ${entry?.impact ?? 'from severity'}`, ...notes].join('; ') + '.',
    });
  }
  return risks.sort(
    (a, b) =>
      RATING_ORDER.indexOf(a.rating) - RATING_ORDER.indexOf(b.rating) ||
      (worstRank.get(a.id) ?? 0) - (worstRank.get(b.id) ?? 0) ||
      Number(exposes.has(b.id)) - Number(exposes.has(a.id)) ||
      LEVELS.indexOf(b.impact) - LEVELS.indexOf(a.impact) ||
      LEVELS.indexOf(b.likelihood) - LEVELS.indexOf(a.likelihood) ||
      a.id.localeCompare(b.id),
  );
};

/** The overall rating: the highest in the register, or low when it is empty. */
export const overallRisk = (risks: readonly Risk[]): RiskRating => RATING_ORDER.find((r) => risks.some((x) => x.rating === r)) ?? 'low';
