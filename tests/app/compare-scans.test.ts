import { describe, expect, it } from 'vitest';
import { compareScans } from '../../main/compare-scans.js';
import { finding, makeReport } from './report-fixture.js';

describe('compareScans', () => {
  const older = { id: 'a', report: makeReport('2026-01-01T10:00:00.000Z', [finding('enc:c', 'critical'), finding('fw:off', 'medium'), finding('lock:idle', 'low')], ['/x.csv']) };
  const newer = { id: 'b', report: makeReport('2026-02-01T10:00:00.000Z', [finding('fw:off', 'medium'), finding('lock:idle', 'high'), finding('chat:wa', 'high')]) };

  it('splits findings into fixed, new, unchanged and changed by stable id', () => {
    const c = compareScans(older, newer);
    expect(c.fixed.map((f) => f.id)).toEqual(['enc:c']);
    expect(c.added.map((f) => f.id)).toEqual(['chat:wa']);
    expect(c.unchanged.map((f) => f.id)).toEqual(['fw:off']);
    expect(c.changed).toEqual([{ id: 'lock:idle', title: 'Title of lock:idle', severity: 'high', previousSeverity: 'low' }]);
    expect(c.patientRecordFiles).toEqual({ older: 1, newer: 0 });
  });

  it('orders the two scans by time whichever way they are passed', () => {
    const c = compareScans(newer, older);
    expect(c.older.id).toBe('a');
    expect(c.newer.id).toBe('b');
    expect(c.fixed.map((f) => f.id)).toEqual(['enc:c']);
  });

  it('reports nothing fixed or new for the same scan twice', () => {
    const c = compareScans(older, { ...older, id: 'a2' });
    expect(c.fixed).toEqual([]);
    expect(c.added).toEqual([]);
    expect(c.unchanged).toHaveLength(3);
  });

  it('sorts each list worst first', () => {
    const r1 = makeReport('2026-01-01T00:00:00.000Z');
    const r2 = makeReport('2026-01-02T00:00:00.000Z', [finding('a:low', 'low'), finding('b:crit', 'critical'), finding('c:med', 'medium')]);
    expect(compareScans({ id: '1', report: r1 }, { id: '2', report: r2 }).added.map((f) => f.severity)).toEqual(['critical', 'medium', 'low']);
  });
});
