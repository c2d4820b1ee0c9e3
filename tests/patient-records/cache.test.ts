/** The re-scan cache: lines found by path without parsing their verdicts, awkward paths kept exactly, torn lines skipped. */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openCache, pathOf, slimOutcome } from '../../checks/patient-records/cache.js';
import type { CachedOutcome } from '../../checks/patient-records/cache.js';

const corrupt: CachedOutcome = { ok: false, problem: 'corrupt', message: 'pdf could not be parsed (Error)' };
// Every cache folder a test makes, removed when the file's tests end.
const made: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pa-cache-'));
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

// Quotes, backslashes, the separator itself and non-ASCII in file names.
const AWKWARD = ['/home/a/plain.txt', '/home/a/say "hi".txt', '/home/a/back\\slash\\', '/home/a/x","s":1.txt', '/home/a/Überweisung ñ.pdf'];

describe('scan cache', () => {
  it('reads the path at the head of a line', () => {
    for (const p of AWKWARD) expect(pathOf(JSON.stringify({ p, s: 1, m: 2, k: 'x', o: corrupt }))).toBe(p);
    expect(pathOf('{"p":"/torn')).toBeNull();
    expect(pathOf('not json')).toBeNull();
  });

  it('answers unchanged files after a save, misses changed ones, and skips a torn last line', async () => {
    const dir = tempDir();
    const first = await openCache(dir, 'max=1');
    AWKWARD.forEach((p, i) => first.put(p, i, 1000 + i, corrupt));
    // Modified times carry fractions of a millisecond on most file systems.
    first.put('/home/a/fraction.txt', 7, 1796683343003.3796, corrupt);
    await first.save(['/']);
    appendFileSync(path.join(dir, 'patient-records-cache.jsonl'), '{"p":"/home/a/torn.txt","s":3,"m"');
    const second = await openCache(dir, 'max=1');
    AWKWARD.forEach((p, i) => expect(second.get(p, i, 1000 + i)).toEqual(corrupt));
    expect(second.get(AWKWARD[0]!, 99, 1000)).toBeNull();
    expect(second.get(AWKWARD[0]!, 0, 1001)).toBeNull();
    expect(second.get('/home/a/fraction.txt', 7, 1796683343003.3796)).toEqual(corrupt);
    expect(second.get('/home/a/fraction.txt', 7, 1796683343003.38)).toBeNull();
    expect(second.get('/home/a/torn.txt', 3, 0)).toBeNull();
    // Other settings (a different byte cap) make every entry stale.
    const third = await openCache(dir, 'max=2');
    expect(third.get(AWKWARD[0]!, 0, 1000)).toBeNull();
    // The next save keeps the entries met again and drops the torn line.
    await second.save(['/']);
    const saved = readFileSync(path.join(dir, 'patient-records-cache.jsonl'), 'utf8');
    expect(saved).not.toContain('torn');
    expect(saved.trim().split('\n')).toHaveLength(AWKWARD.length + 1);
  });
});

describe('scan cache saves', () => {
  const listed: CachedOutcome = {
    ok: true,
    result: { format: 'csv', verdict: { category: 'phi', identifiers: { name: 2 }, healthContext: { diagnosis: 1 }, estimatedPatients: 2, samples: ['J*** D**'] }, flaggedParts: 1, encrypted: false, capped: false, bytesRead: 10, imageOnly: false },
  };
  const unlisted: CachedOutcome = {
    ok: true,
    result: { format: 'txt', verdict: { category: null, identifiers: { phone: 1 }, healthContext: { medication: 1 }, estimatedPatients: 0, samples: ['***-0100'] }, flaggedParts: 0, encrypted: false, capped: false, bytesRead: 10, imageOnly: false },
  };

  it('keeps a listed file whole and an unlisted one without its detector counts', () => {
    expect(slimOutcome(listed)).toEqual(listed);
    expect(slimOutcome(corrupt)).toEqual(corrupt);
    const slim = slimOutcome(unlisted);
    expect(slim.ok && slim.result.verdict).toEqual({ category: null, identifiers: {}, healthContext: {}, estimatedPatients: 0, samples: [] });
    expect(slim.ok && slim.result.bytesRead).toBe(10);
  });

  it('leaves the file alone when nothing changed, and drops entries of files gone from a root', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'patient-records-cache.jsonl');
    const first = await openCache(dir, 'max=1');
    first.put('/r/a.csv', 1, 1, listed);
    first.put('/r/b.txt', 2, 2, unlisted);
    first.put('/other/c.txt', 3, 3, unlisted);
    await first.save(['/r']);
    const before = statSync(file).mtimeMs;
    const text = readFileSync(file, 'utf8');

    const unchanged = await openCache(dir, 'max=1');
    expect(unchanged.get('/r/a.csv', 1, 1)).toEqual(listed);
    expect(unchanged.get('/r/b.txt', 2, 2)).not.toBeNull();
    await new Promise((r) => setTimeout(r, 20));
    await unchanged.save(['/r']);
    expect(statSync(file).mtimeMs).toBe(before);
    expect(readFileSync(file, 'utf8')).toBe(text);

    // b.txt is gone: its entry goes, the entry outside the root stays.
    const gone = await openCache(dir, 'max=1');
    expect(gone.get('/r/a.csv', 1, 1)).not.toBeNull();
    await gone.save(['/r']);
    const paths = readFileSync(file, 'utf8').trim().split('\n').map((l) => pathOf(l));
    expect(paths.sort()).toEqual(['/other/c.txt', '/r/a.csv']);
  });
});
