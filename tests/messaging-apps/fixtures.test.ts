import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './fake-machine.js';

const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(path.join(dir, d.name)) : [path.join(dir, d.name)]));

describe('messaging-apps fixtures', () => {
  it.each(files(FIXTURES).filter((f) => !f.endsWith('.src.txt')))('%s says where it came from', (file) => {
    expect(existsSync(`${file}.src.txt`), `${file}.src.txt`).toBe(true);
  });
});
