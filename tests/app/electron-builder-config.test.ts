import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type Target = string | { target: string };
const config = parse(readFileSync(new URL('../../electron-builder.yml', import.meta.url), 'utf8')) as {
  electronFuses: Record<string, boolean>;
  nsis: { perMachine: boolean; oneClick: boolean; allowElevation: boolean };
  win: { target: Target[] };
  mac: { hardenedRuntime: boolean; entitlements: string; notarize: boolean; target: Target[] };
  linux: { target: Target[] };
  files: string[];
};
const names = (targets: Target[]) => targets.map((t) => (typeof t === 'string' ? t : t.target));

describe('electron-builder.yml', () => {
  it('flips the fuses that turn the app back into a general Node runtime', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it('installs per user on Windows, with a portable build too', () => {
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false });
    expect(names(config.win.target)).toEqual(['nsis', 'portable']);
  });

  it('signs macOS builds with the hardened runtime and entitlements, ready to notarize', () => {
    expect(config.mac).toMatchObject({ hardenedRuntime: true, entitlements: 'build/entitlements.mac.plist', notarize: true });
    expect(names(config.mac.target)).toEqual(['dmg']);
    const entitlements = readFileSync(new URL('../../build/entitlements.mac.plist', import.meta.url), 'utf8');
    expect(entitlements).toContain('com.apple.security.cs.allow-jit');
    expect(entitlements).not.toMatch(/network\.server|device\.camera|device\.audio-input|disable-library-validation/);
  });

  it('builds AppImage and deb on Linux and packages only the built app', () => {
    expect(names(config.linux.target)).toEqual(['AppImage', 'deb']);
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']));
  });
});
