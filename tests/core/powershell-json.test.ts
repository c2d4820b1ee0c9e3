import { describe, expect, it } from 'vitest';
import { parsePowerShellJson, parsePowerShellObjects, readPowerShellJson } from '../../checks/probe/powershell-json.js';

describe('PowerShell ConvertTo-Json output', () => {
  it.each([
    ['', []],
    ['  \r\n', []],
    ['{"Name":"Public","Enabled":true}', [{ Name: 'Public', Enabled: true }]],
    ['\uFEFF[{"Name":"Domain"},{"Name":"Private"}]\r\n', [{ Name: 'Domain' }, { Name: 'Private' }]],
    ['"just a string"', ['just a string']],
  ])('parses %j as a list', (text, expected) => {
    expect(parsePowerShellJson(text)).toEqual(expected);
  });

  it.each([
    ['WARNING: The names of some imported commands include unapproved verbs.\r\n{"Name":"Public"}\r\n', [{ Name: 'Public' }]],
    ['\uFEFFWARNING: one\nVERBOSE: two\n[\n  {"Name":"Domain"},\n  {"Name":"Private"}\n]\n', [{ Name: 'Domain' }, { Name: 'Private' }]],
    ['WARNING: nothing found\n[]', []],
    ['WARNING: [Preview] module is loading\n[{"a":1}]', [{ a: 1 }]],
  ])('skips the lines PowerShell printed before the JSON in %j', (text, expected) => {
    expect(parsePowerShellJson(text)).toEqual(expected);
  });

  it('says whether output that is not JSON did open a JSON document', () => {
    expect(readPowerShellJson('WARNING: x\n[{"MountPoint": "C:",')).toMatchObject({ ok: false, opensJson: true });
    expect(readPowerShellJson('[{"MountPoint": "C:",')).toMatchObject({ ok: false, opensJson: true });
    expect(readPowerShellJson('WARNING: only a warning\nAccess is denied.')).toMatchObject({ ok: false, opensJson: false });
  });

  it('gives undefined for output that is not JSON', () => {
    expect(parsePowerShellJson('Get-LocalUser : Access is denied.')).toBeUndefined();
    expect(parsePowerShellObjects('{"Name":')).toBeUndefined();
  });

  it('keeps only objects when asked for objects', () => {
    expect(parsePowerShellObjects('[{"a":1},null,2,"x",[3],{"b":2}]')).toEqual([{ a: 1 }, { b: 2 }]);
  });
});
