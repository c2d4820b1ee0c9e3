/** SQLite databases through sql.js (SQLite compiled to WebAssembly: no native build). Every table is read as a table. */
import { createRequire } from 'node:module';
import type { SqlJsStatic } from 'sql.js';
import type { ExtractedTable } from '../extracted.js';
import { MAX_TABLE_ROWS } from './table-rows.js';
import { emptyDocument, pastDeadline, type Extractor } from './types.js';

const require = createRequire(import.meta.url);
let sqlJs: Promise<SqlJsStatic> | null = null;

/** Loads sql.js and its WASM module once per thread, on the first database met. */
const loadSqlJs = (): Promise<SqlJsStatic> =>
  (sqlJs ??= import('sql.js').then(({ default: initSqlJs }) => initSqlJs({ locateFile: (file: string) => require.resolve(`sql.js/dist/${file}`) })));

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

const cell = (v: unknown): string => (v === null || v === undefined || v instanceof Uint8Array ? '' : String(v));

/** Extracts every table of a SQLite database (the first rows of each). */
export const extractSqlite: Extractor = async (input) => {
  if (input.capped) return [{ ...emptyDocument('sqlite', input), note: 'database larger than the byte cap: not inspected' }];
  const SQL = await loadSqlJs();
  const db = new SQL.Database(new Uint8Array(input.buffer));
  try {
    const names = (db.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")[0]?.values ?? []).map((r) => String(r[0]));
    const tables: ExtractedTable[] = [];
    let capped = false;
    for (const name of names) {
      if (pastDeadline(input)) {
        capped = true;
        break;
      }
      const stmt = db.prepare(`SELECT * FROM ${quoteIdent(name)} LIMIT ${MAX_TABLE_ROWS + 1}`);
      try {
        const header = stmt.getColumnNames();
        const rows: string[][] = [];
        while (stmt.step()) rows.push(stmt.get().map(cell));
        const truncated = rows.length > MAX_TABLE_ROWS;
        tables.push({ name, header, rows: truncated ? rows.slice(0, MAX_TABLE_ROWS) : rows, ...(truncated ? { truncated } : {}) });
      } finally {
        stmt.free();
      }
    }
    return [{ ...emptyDocument('sqlite', input), tables, capped: capped || tables.some((t) => t.truncated) }];
  } finally {
    db.close();
  }
};
