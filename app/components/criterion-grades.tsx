export type CriterionGrade = { id: string; title: string; points: number | null | undefined; max: number | null; note: string | undefined };

/** One reviewer's grade, criterion by criterion: what the reviewer and the assessment's owner read back. */
export function CriterionGrades({ grades }: { grades: readonly CriterionGrade[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Criterion</th>
          <th scope="col">Points</th>
          <th scope="col">Note</th>
        </tr>
      </thead>
      <tbody>
        {grades.map((c) => (
          <tr key={c.id}>
            <td>{c.title}</td>
            <td>
              {c.points === null || c.points === undefined ? "—" : c.points}
              {c.max !== null ? ` / ${c.max}` : ""}
            </td>
            <td>{c.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
