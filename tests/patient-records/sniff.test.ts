/** SQL dumps are recognised after their leading comments in one pass (a C header of comment blocks once hung the sniff); program source is known by its name. */
import { describe, expect, it } from 'vitest';
import { afterLeadingComments, sniff } from '../../checks/patient-records/extract/sniff.js';

const kind = (text: string, name = 'dump') => sniff(Buffer.from(text), name);

describe('SQL sniffing after leading comments', () => {
  it('finds the statement after -- lines and /* */ blocks', () => {
    expect(kind('-- MySQL dump 10.13\n-- Host: localhost\n/*!40101 SET NAMES utf8 */\nCREATE TABLE patients (id int);\n')).toBe('sql');
    expect(kind('/* generated */\n\n  INSERT INTO visits VALUES (1);')).toBe('sql');
    expect(afterLeadingComments('/* a */ /* b */\nset names utf8;')).toBe('set names utf8;');
    expect(kind('-- just a note, no statement\nhello')).toBe('text');
  });

  it('reads a C header made of many comment blocks as text, without backtracking', () => {
    const header = Array.from({ length: 400 }, (_, i) => `/* Define if you have feature ${i}. */\n/* #undef HAVE_FEATURE_${i} */\n\n`).join('');
    const started = performance.now();
    expect(kind(`/* pyconfig.h */\n#ifndef PY_H\n${header}`, 'pyconfig.h')).toBe('text');
    expect(kind(header, 'pyconfig.h')).toBe('text');
    // The single regex this replaced took 14 s on 3,000 such characters; one pass takes well under a second.
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('program source by its name', () => {
  it('marks .py, .js, .h... as source, whose sample values list nothing', async () => {
    const { extractBuffer } = await import('../../checks/patient-records/extract/index.js');
    const { inspectDocument } = await import('../../checks/patient-records/detect/index.js');
    // pip's vendored pyparsing: a long docstring first, then an SSN-shaped example under an "ssn" label.
    const text = `"""\npyparsing module\n${'Explains how grammars are built from words.\n'.repeat(60)}"""\nresult = parse("22 111-22-3333 #221B")\n# prints:\n#   ssn : 111-22-3333\n`;
    const read = (name: string) =>
      extractBuffer({ buffer: Buffer.from(text), name, size: text.length, member: undefined, capped: false, depth: 0, deadline: Date.now() + 10_000, budget: { bytes: 1 << 20 }, options: { maxBytes: 1 << 20, timeoutMs: 10_000 } });
    const [py] = await read('results.py');
    expect(py?.format).toBe('source');
    expect(inspectDocument(py!).category).toBeNull();
    // The same words saved as a text file are read as text, and the labelled SSN counts.
    const [txt] = await read('notes.txt');
    expect(txt?.format).toBe('txt');
    expect(inspectDocument(txt!).category).toBe('pii');
  });
});
