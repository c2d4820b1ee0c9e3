import { describe, expect, it } from 'vitest';
import { detectDesktop, parseGsettingsValue, parseInteger, parseKscreenlockerrc, parseManagedScreenSaver, parsePmset, parsePowercfgValues, parseSysadminctlScreenLock, parseTmout } from '../../../checks/device-posture/screen-lock/parse.js';
import { fixture } from './posture-1-helpers.js';

describe('Windows powercfg', () => {
  it.each([
    ['powercfg-standbyidle-en.txt', { ac: 1800, dc: 900 }],
    ['powercfg-standbyidle-de.txt', { ac: 600, dc: 300 }],
    ['powercfg-consolelock-en.txt', { ac: 1, dc: 1 }],
  ])('reads AC/DC from %s', (file, expected) => {
    expect(parsePowercfgValues(fixture('screen-lock', file))).toEqual(expected);
  });

  it('refuses output without values', () => {
    expect(parsePowercfgValues('Invalid Parameters -- try "/?" for help')).toBeUndefined();
  });
});

describe('macOS', () => {
  const lines = fixture('screen-lock', 'sysadminctl-screenlock-variants.txt').split('\n');
  it.each([
    [0, { kind: 'seconds', seconds: 0 }],
    [1, { kind: 'seconds', seconds: 300 }],
    [2, { kind: 'off' }],
    [3, { kind: 'off' }],
  ])('reads sysadminctl line %i', (index, expected) => {
    expect(parseSysadminctlScreenLock(lines[index] ?? '')).toEqual(expected);
  });

  it('refuses sysadminctl output it does not know', () => {
    expect(parseSysadminctlScreenLock('sysadminctl[1:2] Operation is not permitted without secure token unlock.')).toBeUndefined();
  });

  it('reads pmset -g', () => {
    // The fixture's system sleep is "prevented by sharingd, powerd", so only display sleep counts.
    expect(parsePmset(fixture('screen-lock', 'pmset-g-displaysleep-10.txt'))).toEqual({ displaySleepMinutes: 10, sleepMinutes: null });
    expect(parsePmset(' sleep                 30\n displaysleep          0\n')).toEqual({ displaySleepMinutes: 0, sleepMinutes: 30 });
    expect(parsePmset('No power settings')).toBeUndefined();
  });

  it('reads a managed screensaver profile', () => {
    expect(parseManagedScreenSaver({ idleTime: 600, askForPassword: 1, askForPasswordDelay: 5 })).toEqual({ idleSeconds: 600, askForPassword: true, askForPasswordDelay: 5 });
    expect(parseManagedScreenSaver({ PayloadType: 'com.apple.screensaver' })).toEqual({ idleSeconds: null, askForPassword: null, askForPasswordDelay: null });
    expect(parseManagedScreenSaver('not a dict')).toBeUndefined();
  });

  it('reads defaults integers', () => {
    expect(parseInteger('600\n')).toBe(600);
    expect(parseInteger('The domain/default pair of (com.apple.screensaver, idleTime) does not exist')).toBeUndefined();
  });
});

describe('Linux', () => {
  it('reads real gsettings answers (Debian 12)', () => {
    const [idle, enabled, delay] = fixture('screen-lock', 'gsettings-debian12-defaults.txt').split('\n');
    expect(parseGsettingsValue(idle ?? '')).toBe(300);
    expect(parseGsettingsValue(enabled ?? '')).toBe(true);
    expect(parseGsettingsValue(delay ?? '')).toBe(0);
    expect(parseGsettingsValue('No such schema “org.gnome.desktop.session”')).toBeUndefined();
  });

  it('reads kscreenlockerrc and fills KDE defaults', () => {
    expect(parseKscreenlockerrc(fixture('screen-lock', 'kscreenlockerrc-autolock-off.txt'))).toEqual({ autolock: false, timeoutMinutes: 20, graceSeconds: 30, lockOnResume: true });
    expect(parseKscreenlockerrc('')).toEqual({ autolock: true, timeoutMinutes: 5, graceSeconds: 5, lockOnResume: true });
  });

  it.each([
    ['readonly TMOUT=900\nexport TMOUT\n', 900],
    ['  export TMOUT=600', 600],
    ['declare -r TMOUT="300"', 300],
    ['# TMOUT=60 is a comment\nPATH=/usr/bin', undefined],
  ])('reads TMOUT from %j', (script, expected) => {
    expect(parseTmout(script)).toBe(expected);
  });

  it.each([
    [['systemd', 'gnome-shell', 'Xwayland'], 'GNOME'],
    [['plasmashell', 'kwin_wayland'], 'KDE'],
    [['Xorg', 'i3'], 'unrecognized'],
    [['systemd', 'sshd', 'node'], undefined],
  ])('names the desktop from %j', (names, expected) => {
    expect(detectDesktop(names)).toBe(expected);
  });
});
