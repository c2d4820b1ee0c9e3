import { describe, expect, it } from 'vitest';
import { parsePowerShellJson, parsePowerShellObjects } from '../../checks/probe/powershell-json.js';

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

  it('gives undefined for output that is not JSON', () => {
    expect(parsePowerShellJson('Get-LocalUser : Access is denied.')).toBeUndefined();
    expect(parsePowerShellObjects('{"Name":')).toBeUndefined();
  });

  it('keeps only objects when asked for objects', () => {
    expect(parsePowerShellObjects('[{"a":1},null,2,"x",[3],{"b":2}]')).toEqual([{ a: 1 }, { b: 2 }]);
  });
});
