/** The re-scan cache: lines found by path without parsing their verdicts, awkward paths kept exactly, torn lines skipped. */
import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCache, pathOf } from '../../checks/patient-records/cache.js';
import type { CachedOutcome } from '../../checks/patient-records/cache.js';

const corrupt: CachedOutcome = { ok: false, problem: 'corrupt', message: 'pdf could not be parsed (Error)' };
// Quotes, backslashes, the separator itself and non-ASCII in file names.
const AWKWARD = ['/home/a/plain.txt', '/home/a/say "hi".txt', '/home/a/back\\slash\\', '/home/a/x","s":1.txt', '/home/a/Überweisung ñ.pdf'];

describe('scan cache', () => {
  it('reads the path at the head of a line', () => {
    for (const p of AWKWARD) expect(pathOf(JSON.stringify({ p, s: 1, m: 2, k: 'x', o: corrupt }))).toBe(p);
    expect(pathOf('{"p":"/torn')).toBeNull();
    expect(pathOf('not json')).toBeNull();
  });

  it('answers unchanged files after a save, misses changed ones, and skips a torn last line', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pa-cache-'));
    const first = await openCache(dir, 'max=1');
    AWKWARD.forEach((p, i) => first.put(p, i, 1000 + i, corrupt));
    await first.save(['/']);
    appendFileSync(path.join(dir, 'patient-records-cache.jsonl'), '{"p":"/home/a/torn.txt","s":3,"m"');
    const second = await openCache(dir, 'max=1');
    AWKWARD.forEach((p, i) => expect(second.get(p, i, 1000 + i)).toEqual(corrupt));
    expect(second.get(AWKWARD[0]!, 99, 1000)).toBeNull();
    expect(second.get('/home/a/torn.txt', 3, 0)).toBeNull();
    // Other settings (a different byte cap) make every entry stale.
    const third = await openCache(dir, 'max=2');
    expect(third.get(AWKWARD[0]!, 0, 1000)).toBeNull();
    // The next save keeps the entries met again and drops the torn line.
    await second.save(['/']);
    const saved = readFileSync(path.join(dir, 'patient-records-cache.jsonl'), 'utf8');
    expect(saved).not.toContain('torn');
    expect(saved.trim().split('\n')).toHaveLength(AWKWARD.length);
  });
});
