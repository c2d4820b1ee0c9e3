import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../checks/patient-records/extract/index.js';

const require = createRequire(import.meta.url);

describe('pdf.js without @napi-rs/canvas', () => {
  it('reads a PDF text layer without loading Skia (rendering only, ~30 MB)', async () => {
    const [doc] = await extractFile('../shared/samples/phi/positive/pdf_ccda_labcorp_result_164947.pdf', { maxBytes: 32 << 20, timeoutMs: 30_000 });
    expect(doc?.text.length).toBeGreaterThan(200);
    expect(Object.keys(require.cache).filter((k) => k.includes('@napi-rs'))).toEqual([]);
    // The loader hook is gone once pdf.js is in: the real package still loads for anyone who asks.
    expect(() => require('@napi-rs/canvas')).not.toThrow();
    expect(Object.keys(require.cache).some((k) => k.includes('@napi-rs'))).toBe(true);
  });
});
