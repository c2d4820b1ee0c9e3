/** SQL dumps (MySQL/MariaDB/SQLite/Postgres/SQL Server scripts): CREATE TABLE columns, INSERT ... VALUES tuples and COPY blocks as tables. */
import type { ExtractedTable } from '../extracted.js';
import { MAX_TABLE_ROWS } from './table-rows.js';
import { decodeText } from './decode-text.js';
import { emptyDocument, type Extractor } from './types.js';

const unquote = (id: string): string => id.trim().replace(/^[`"[]|[`"\]]$/g, '').split('.').pop()?.replace(/^[`"[]|[`"\]]$/g, '') ?? id;

/** Index just past the parenthesis that closes the one at `open`, skipping quoted text. */
const closeParen = (s: string, open: number): number => {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === "'" || c === '"' || c === '`') i = s.indexOf(c, i + 1) < 0 ? s.length : s.indexOf(c, i + 1);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return s.length;
};

const splitTopLevel = (s: string): string[] => {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')') depth--;
    else if (s[i] === ',' && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
};

/** Reads `(v1, 'v2', NULL), (...)` tuples from `at` until `;` (pure). Returns rows and where it stopped. */
export const parseTuples = (s: string, at: number, maxRows: number): { rows: string[][]; end: number } => {
  const rows: string[][] = [];
  let i = at;
  let row: string[] | null = null;
  let token = '';
  // Brackets inside a value (SQL Server's `CAST(N'2025-10-06' AS DateTime)`) do not close the tuple.
  let depth = 0;
  let tuples = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (row === null) {
      // After a tuple only a comma leads to another: SQL Server scripts end statements with a `GO` line, not `;`.
      if (c === '(' && (tuples === 0 || s[i - 1] === ',' || /,\s*$/.test(s.slice(Math.max(at, i - 64), i)))) row = [];
      else if (c === ';' || (tuples > 0 && !/\s|,/.test(c))) return { rows, end: c === ';' ? i + 1 : i };
      i++;
    } else if (c === '(') {
      depth++;
      token += c;
      i++;
    } else if (c === ')' && depth > 0) {
      depth--;
      token += c;
      i++;
    } else if (c === "'") {
      let j = i + 1;
      let out = '';
      while (j < s.length) {
        const d = s[j];
        if (d === "'" && s[j + 1] !== "'") break;
        // Backslash escapes (MySQL) and doubled quotes (standard SQL) both take two characters.
        if (d === '\\' || d === "'") {
          out += d === '\\' && s[j + 1] === 'n' ? '\n' : (s[j + 1] ?? '');
          j += 2;
        } else {
          out += d;
          j++;
        }
      }
      token = out;
      i = j + 1;
    } else if (c === ',' || c === ')') {
      row.push(token.trim() === 'NULL' ? '' : token.trim());
      token = '';
      if (c === ')') {
        if (rows.length < maxRows) rows.push(row);
        row = null;
        tuples++;
      }
      i++;
    } else {
      token += c;
      i++;
    }
  }
  return { rows, end: i };
};

/** Tables found in a SQL dump (pure, bounded). */
export const parseSqlDump = (sql: string, maxRows = MAX_TABLE_ROWS): ExtractedTable[] => {
  const tables = new Map<string, ExtractedTable>();
  const table = (name: string): ExtractedTable => {
    const t = tables.get(name) ?? { name, header: [], rows: [] };
    tables.set(name, t);
    return t;
  };
  for (const m of sql.matchAll(/create\s+table\s+(?:if\s+not\s+exists\s+)?([`"[\]\w.]+)\s*\(/gi)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const defs = splitTopLevel(sql.slice(open + 1, closeParen(sql, open) - 1));
    table(unquote(m[1] ?? '')).header = defs.map((d) => d.trim()).filter((d) => d && !/^(primary|key|unique|constraint|index|foreign|check|fulltext)\b/i.test(d)).map((d) => unquote(d.split(/\s+/)[0] ?? ''));
  }
  // `INTO` is optional in SQL Server scripts (`INSERT [dbo].[APPT] ([APPT_ID], ...) VALUES (...)`).
  const insert = /insert\s+(?:ignore\s+)?(?:into\s+)?([`"[\]\w.]+)\s*(\(([^)]*)\))?\s*values\s*/gi;
  for (let m = insert.exec(sql); m; m = insert.exec(sql)) {
    const t = table(unquote(m[1] ?? ''));
    if (m[3] && t.header.length === 0) t.header = m[3].split(',').map(unquote);
    const { rows, end } = parseTuples(sql, insert.lastIndex, maxRows - t.rows.length);
    t.rows.push(...rows);
    if (t.rows.length >= maxRows) t.truncated = true;
    insert.lastIndex = end;
  }
  for (const m of sql.matchAll(/^copy\s+([\w."]+)\s*\(([^)]*)\)\s+from\s+stdin;\r?\n([\s\S]*?)^\\\.$/gim)) {
    const t = table(unquote(m[1] ?? ''));
    t.header = (m[2] ?? '').split(',').map(unquote);
    t.rows.push(...(m[3] ?? '').split(/\r?\n/).filter(Boolean).slice(0, maxRows).map((l) => l.split('\t').map((v) => (v === '\\N' ? '' : v))));
  }
  return [...tables.values()].filter((t) => t.rows.length || t.header.length);
};

/** Extracts a SQL dump's tables. */
export const extractSql: Extractor = async (input) => {
  const tables = parseSqlDump(decodeText(input.buffer));
  return [{ ...emptyDocument('sql', input), tables, capped: input.capped || tables.some((t) => t.truncated) }];
};
