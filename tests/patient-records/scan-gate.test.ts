/** The bound on files in flight during a scan (scan.ts createGate). */
import { describe, expect, it } from 'vitest';
import { createGate } from '../../checks/patient-records/scan.js';

const deferred = () => {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};
const tick = () => new Promise((r) => setImmediate(r));

describe('scan gate', () => {
  it('is full at its limit and frees a place when any task settles, rejected ones too', async () => {
    const gate = createGate(2);
    const a = deferred();
    const b = deferred();
    gate.track(a.promise);
    expect(gate.full()).toBe(false);
    gate.track(b.promise);
    expect(gate.full()).toBe(true);
    let roomy = false;
    void gate.room().then(() => (roomy = true));
    await tick();
    expect(roomy).toBe(false);
    b.reject(new Error('boom'));
    await tick();
    expect(roomy).toBe(true);
    expect(gate.full()).toBe(false);
    let drained = false;
    void gate.drained().then(() => (drained = true));
    await tick();
    expect(drained).toBe(false);
    a.resolve();
    await tick();
    expect(drained).toBe(true);
  });

  it('answers at once when there is room or nothing runs', async () => {
    const gate = createGate(1);
    await gate.room();
    await gate.drained();
    expect(gate.full()).toBe(false);
  });
});
