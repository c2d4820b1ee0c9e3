/** Parser for `reg query` output (all Windows versions print the same layout). */
import type { RegistryKey } from './probe.js';

const VALUE_LINE = /^ {4}(.*?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/;

/** Parses `reg query KEY [/s]` stdout into keys and their values. */
export const parseRegQuery = (stdout: string): RegistryKey[] => {
  const keys: RegistryKey[] = [];
  let current: RegistryKey | undefined;
  for (const raw of stdout.split(/\r?\n/)) {
    if (raw.trim() === '' || raw.startsWith('End of search')) continue;
    const value = VALUE_LINE.exec(raw);
    if (value && current) {
      const name = value[1] === '(Default)' || value[1] === '(Standard)' ? '' : (value[1] ?? '');
      current.values.push({ name, type: value[2] ?? '', data: value[3] ?? '' });
    } else if (/^HKEY_|^HK[LCU]{1,2}\\/.test(raw)) {
      current = { path: raw.trim(), values: [] };
      keys.push(current);
    }
  }
  return keys;
};

/** Reads a REG_DWORD/REG_QWORD value (`0x1`) as a number; undefined if absent or not numeric. */
export const regNumber = (key: RegistryKey | undefined, name: string): number | undefined => {
  const value = key?.values.find((v) => v.name.toLowerCase() === name.toLowerCase());
  if (!value) return undefined;
  const n = value.data.startsWith('0x') ? Number.parseInt(value.data, 16) : Number(value.data);
  return Number.isFinite(n) ? n : undefined;
};

/** Reads a string value; undefined if absent. */
export const regString = (key: RegistryKey | undefined, name: string): string | undefined =>
  key?.values.find((v) => v.name.toLowerCase() === name.toLowerCase())?.data;
