import { describe, expect, it } from 'vitest';
import { compilePatterns, globToRegExp, skipDirReason, skipFileReason, type WalkRules } from '../../checks/patient-records/walk-rules.js';

const rules = (exclude: string[] = [], include: string[] = []): WalkRules => ({ exclude: compilePatterns(exclude), include: compilePatterns(include) });

describe('default skips per OS', () => {
  it.each([
    ['C:\\Users\\amy\\AppData', 'AppData', 1, false, 'default-skip'],
    ['C:\\Users\\amy\\Documents\\AppData', 'AppData', 2, false, null],
    ['/Users/bo/Library', 'Library', 1, false, 'default-skip'],
    ['/Users/bo/Documents/Library', 'Library', 2, false, null],
    ['/home/ann/project/node_modules', 'node_modules', 2, false, 'default-skip'],
    // Language toolchains installed under the home folder (pyenv, rbenv, conda) hold vendored code, not documents.
    ['/home/ann/.pyenv', '.pyenv', 1, false, 'default-skip'],
    ['/Users/bo/Applications/Foo.app', 'Foo.app', 2, false, 'default-skip'],
    ['/Users/bo/.Trash', '.Trash', 1, false, 'default-skip'],
    ['C:\\Program Files', 'Program Files', 1, true, 'default-skip'],
    ['/proc', 'proc', 1, true, 'default-skip'],
    ['/data/proc', 'proc', 2, false, null],
    ['/home/ann/Documents', 'Documents', 1, false, null],
    ['/home/ann/.config/google-chrome/Default/Cache', 'Cache', 5, false, 'default-skip'],
  ])('%s', (p, name, depth, volumeRoot, expected) => expect(skipDirReason(rules(), p, name, depth, volumeRoot)).toBe(expected));
});

describe('user include and exclude', () => {
  it('excludes by name or glob and lets include override a default skip', () => {
    expect(skipDirReason(rules(['OneDrive*']), '/home/a/OneDrive - Clinic', 'OneDrive - Clinic', 1, false)).toBe('excluded');
    expect(skipDirReason(rules(['**/old/**', 'old']), '/home/a/x/old', 'old', 2, false)).toBe('excluded');
    expect(skipDirReason(rules([], ['node_modules']), '/home/a/node_modules', 'node_modules', 1, false)).toBeNull();
    expect(skipFileReason(rules(['*.bak']), '/home/a/x.BAK', 'x.BAK')).toBe('excluded');
    expect(skipFileReason(rules(), '/home/a/photo.JPG', 'photo.JPG')).toBe('media-or-binary-type');
    expect(skipFileReason(rules(), '/home/a/chart.pdf', 'chart.pdf')).toBeNull();
  });
  it('lets scanned images through in clinical folders (to be listed as needing OCR), not other media', () => {
    expect(skipFileReason(rules(), '/home/a/Scans/Patient intake/scan0001.jpg', 'scan0001.jpg')).toBeNull();
    expect(skipFileReason(rules(), '/home/a/Desktop/insurance-card-front.HEIC', 'insurance-card-front.HEIC')).toBeNull();
    expect(skipFileReason(rules(), '/home/a/Pictures/beach.png', 'beach.png')).toBe('media-or-binary-type');
    expect(skipFileReason(rules(), '/home/a/Patients/visit.mp4', 'visit.mp4')).toBe('media-or-binary-type');
    expect(skipFileReason(rules(['*.jpg']), '/home/a/Patients/x.jpg', 'x.jpg')).toBe('excluded');
  });
  it('compiles globs with * within a segment and ** across', () => {
    expect(globToRegExp('Docs/*.csv').test('/home/a/Docs/x.csv')).toBe(true);
    expect(globToRegExp('Docs/*.csv').test('/home/a/Docs/sub/x.csv')).toBe(false);
    expect(globToRegExp('Docs/**/x.csv').test('/home/a/Docs/sub/deep/x.csv')).toBe(true);
  });
});
