import { rowDiff } from "../../../sandbox/sql-compare";

// Tables of an SQL question: the schema with sample rows (shown with the
// prompt), and a query's result next to the expected one with the rows that
// differ marked in words as well as colour.

type Table = { name: string; columns: { name: string; type: string; note?: string }[]; note?: string };
type Result = { columns: string[]; rows: unknown[][] };

export const cellText = (v: unknown) => (v === null ? "NULL" : typeof v === "string" ? v : JSON.stringify(v));

function Grid({ caption, columns, rows, mark, markLabel }: { caption: string; columns: string[]; rows: unknown[][]; mark?: Set<number>; markLabel?: string }) {
  return (
    <table className="sql-grid">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {mark ? <th scope="col"><span className="visually-hidden">Difference</span></th> : null}
          {columns.map((c, i) => (
            <th key={i} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={columns.length + (mark ? 1 : 0)} className="muted">
              (no rows)
            </td>
          </tr>
        ) : (
          rows.map((r, i) => (
            <tr key={i} className={mark?.has(i) ? "diff" : undefined}>
              {mark ? <td className="diff-mark">{mark.has(i) ? markLabel : ""}</td> : null}
              {r.map((v, j) => (
                <td key={j} className={v === null ? "null" : undefined}>
                  {cellText(v)}
                </td>
              ))}
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

/** The schema and one visible dataset's sample rows. */
export function SqlSchema({ tables, sample }: { tables: Table[]; sample?: { note?: string; rows: Record<string, unknown[][]> } }) {
  return (
    <section className="sql-schema" aria-label="Tables">
      <h3>Tables</h3>
      {sample?.note ? <p className="muted small">{sample.note}</p> : null}
      {tables.map((t) => (
        <div key={t.name} className="sql-table">
          <p>
            <code>{t.name}</code> ({t.columns.map((c) => `${c.name} ${c.type}`).join(", ")}){t.note ? ` — ${t.note}` : ""}
          </p>
          <Grid caption={`Sample rows of ${t.name}`} columns={t.columns.map((c) => c.name)} rows={sample?.rows[t.name] ?? []} />
        </div>
      ))}
    </section>
  );
}

/** The candidate's rows against the expected rows, differing rows marked on both sides. */
export function SqlResultDiff({ actual, expected, ordered }: { actual: Result | undefined; expected: Result; ordered: boolean }) {
  const diff = actual ? rowDiff(actual.rows, expected.rows, { ordered }) : undefined;
  const columnsDiffer = actual && actual.columns.length !== expected.columns.length;
  return (
    <div className="sql-diff">
      {columnsDiffer ? (
        <p className="error">
          Your query returns {actual.columns.length} column{actual.columns.length === 1 ? "" : "s"}; {expected.columns.length} expected.
        </p>
      ) : null}
      {diff && (diff.extra.length > 0 || diff.missing.length > 0) ? (
        <p className="small">
          {diff.extra.length} row{diff.extra.length === 1 ? "" : "s"} of yours not expected{ordered ? " at that position" : ""}, {diff.missing.length} expected row
          {diff.missing.length === 1 ? "" : "s"} missing{ordered ? " (row order counts)" : ""}.
        </p>
      ) : null}
      <div className="sql-diff-sides">
        {actual && diff ? <Grid caption="Your rows" columns={actual.columns} rows={actual.rows} mark={new Set(diff.extra)} markLabel="extra" /> : null}
        <Grid caption="Expected rows" columns={expected.columns} rows={expected.rows} mark={diff ? new Set(diff.missing) : undefined} markLabel="missing" />
      </div>
    </div>
  );
}
