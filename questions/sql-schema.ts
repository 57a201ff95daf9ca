// The `sql` kind: the candidate writes one query against a small schema.
// Tables are declared once; each dataset gives rows per table (a table left
// out is empty). `examples` are the visible sample data — shown with the
// prompt and used by Run — and `hidden` the graded datasets (at least three:
// NULLs, ties, empty tables, duplicates). Expected results are not written
// by authors: the loader runs the reference query on every dataset in the
// host (sandbox/sql-host.ts) and stores them in `expected`.
//
// A factory, because the shared field schemas live in schema.ts, which
// imports this file.
import { z } from "zod";

const SQL_IDENT = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const sqlIdent = z.string().regex(SQL_IDENT, "must be a plain SQL name: letters, digits and underscores");
export const SQL_COLUMN_TYPES = ["INTEGER", "REAL", "TEXT", "NUMERIC"] as const;

const cell = z.union([z.null(), z.number(), z.string(), z.boolean()]);
const resultTable = z.strictObject({ columns: z.array(z.string()), rows: z.array(z.array(z.unknown())) });
export type SqlResultTable = z.output<typeof resultTable>;

type Parts<B extends z.ZodRawShape> = {
  base: B;
  markdown: z.ZodType<string>;
  oneLine: z.ZodType<string>;
  solutionSet: z.ZodType<{ reference: string; wrong: Record<string, string> }>;
};

export function makeSqlSchema<B extends z.ZodRawShape>({ base, markdown, oneLine, solutionSet }: Parts<B>) {
  const column = z.strictObject({ name: sqlIdent, type: z.enum(SQL_COLUMN_TYPES), note: oneLine.optional() });
  const table = z.strictObject({ name: sqlIdent, columns: z.array(column).min(1, "needs at least one column"), note: oneLine.optional() });
  const dataset = z.strictObject({
    /** Examples: shown above the sample rows. Hidden: a note for authors (which edge case). */
    note: oneLine.optional(),
    rows: z.record(sqlIdent, z.array(z.array(cell))).default({}),
  });
  return z
    .strictObject({
      ...base,
      kind: z.literal("sql"),
      tables: z.array(table).min(1, "needs at least one table"),
      examples: z.array(dataset).min(1, "needs at least one visible dataset"),
      hidden: z.array(dataset).min(3, "needs at least three hidden datasets (NULLs, ties, empty tables, duplicates)"),
      starter: markdown.default("-- One SELECT query (WITH … SELECT is fine)\nSELECT\n"),
      solutions: solutionSet,
      compare: z
        .strictObject({
          /** The query's ORDER BY is part of the answer. */
          ordered: z.boolean().optional(),
          /** Column names (aliases) must match, case-insensitively. */
          columnNames: z.boolean().optional(),
          tolerance: z.number().min(0).optional(),
        })
        .default({}),
      limits: z
        .strictObject({
          timeMsPerTest: z.number().int().positive().optional(),
          memoryMb: z.number().int().positive().optional(),
          wallMs: z.number().int().positive().optional(),
        })
        .default({}),
      /** Filled by the loader from the reference query; an author never writes it. */
      expected: z.strictObject({ examples: z.array(resultTable), hidden: z.array(resultTable) }).optional(),
    })
    .superRefine((raw, ctx) => {
      const q = raw as unknown as {
        tables: { name: string; columns: unknown[] }[];
        examples: { rows: Record<string, unknown[][]> }[];
        hidden: { rows: Record<string, unknown[][]> }[];
      };
      const tables = new Map(q.tables.map((t) => [t.name, t]));
      if (tables.size !== q.tables.length) ctx.addIssue({ code: "custom", path: ["tables"], message: "repeats a table name" });
      for (const field of ["examples", "hidden"] as const) {
        q[field].forEach((d, i) => {
          for (const [name, rows] of Object.entries(d.rows)) {
            const t = tables.get(name);
            if (!t) {
              ctx.addIssue({ code: "custom", path: [field, i, "rows", name], message: `is not one of the tables (${[...tables.keys()].join(", ")})` });
              continue;
            }
            rows.forEach((row, r) => {
              if (row.length !== t.columns.length)
                ctx.addIssue({ code: "custom", path: [field, i, "rows", name, r], message: `has ${row.length} values but ${name} has ${t.columns.length} columns` });
            });
          }
        });
      }
    });
}

/** The dataset as the sandbox loads it: every table, with its rows (none when the dataset leaves it out). */
export function toSqlDataset(
  tables: { name: string; columns: { name: string; type: string }[] }[],
  dataset: { rows: Record<string, unknown[][]> },
): { tables: { name: string; columns: { name: string; type: string }[]; rows: unknown[][] }[] } {
  return {
    tables: tables.map((t) => ({ name: t.name, columns: t.columns.map((c) => ({ name: c.name, type: c.type })), rows: dataset.rows[t.name] ?? [] })),
  };
}
