import { describe, expect, it } from 'vitest';
import { parseRegQuery, regNumber, regString } from '../../checks/probe/registry-parse.js';

// Layout of `reg query` on Windows 10/11 (four-space separated columns, CRLF line ends).
const WINLOGON = [
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon',
  '    AutoRestartShell    REG_DWORD    0x1',
  '    Background    REG_SZ    0 0 0',
  '    DefaultUserName    REG_SZ    frontdesk',
  '    AutoAdminLogon    REG_SZ    1',
  '    (Default)    REG_SZ',
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\\GPExtensions',
  '    ShellInfrastructure    REG_EXPAND_SZ    %SystemRoot%\\system32\\sihost.exe',
  '',
  'End of search: 5 match(es) found.',
].join('\r\n');

describe('parseRegQuery', () => {
  it('splits keys and values, keeping names with spaces and empty data', () => {
    const keys = parseRegQuery(WINLOGON);
    expect(keys.map((k) => k.path)).toEqual([
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon',
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\\GPExtensions',
    ]);
    expect(keys[0]?.values).toContainEqual({ name: 'Background', type: 'REG_SZ', data: '0 0 0' });
    expect(keys[0]?.values).toContainEqual({ name: '', type: 'REG_SZ', data: '' });
    expect(regNumber(keys[0], 'AutoRestartShell')).toBe(1);
    expect(regString(keys[0], 'autoadminlogon')).toBe('1');
    expect(regString(keys[1], 'ShellInfrastructure')).toBe('%SystemRoot%\\system32\\sihost.exe');
  });

  it.each([
    ['0x0', 0],
    ['0x3c', 60],
    ['900', 900],
  ])('reads numeric data %s as %d', (data, expected) => {
    const keys = parseRegQuery(`HKEY_CURRENT_USER\\Control Panel\\Desktop\n    ScreenSaveTimeOut    REG_DWORD    ${data}\n`);
    expect(regNumber(keys[0], 'ScreenSaveTimeOut')).toBe(expected);
  });

  it('returns undefined for absent or non-numeric values', () => {
    const keys = parseRegQuery('HKEY_CURRENT_USER\\X\n    Name    REG_SZ    abc\n');
    expect(regNumber(keys[0], 'Name')).toBeUndefined();
    expect(regNumber(keys[0], 'Missing')).toBeUndefined();
    expect(parseRegQuery('')).toEqual([]);
  });
});
