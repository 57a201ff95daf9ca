// "Lost": anything the client was told was saved that the database does not hold at the end.
import { prisma } from "../../app/db.server";
import type { Ledger } from "./candidate";

/** Key order does not matter (the server stores the parsed response): compare canonically. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

export async function countLost(ledger: Ledger): Promise<{ lost: number; detail: string[] }> {
  const detail: string[] = [];
  const ids = [...ledger.responses.keys()];
  const answers = new Map<string, { response: string; status: string }>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await prisma.answer.findMany({ where: { roundQuestionId: { in: ids.slice(i, i + 500) } }, select: { roundQuestionId: true, response: true, status: true } });
    for (const row of rows) answers.set(row.roundQuestionId, row);
  }
  let lost = 0;
  for (const [id, expected] of ledger.responses) {
    const stored = answers.get(id);
    const allowed = new Set([expected.response, ...(ledger.unacknowledged.get(id) ?? [])].map(canonical));
    if (!stored || !allowed.has(canonical(JSON.parse(stored.response)))) {
      lost++;
      if (detail.length < 5) detail.push(`draft of ${id}: acknowledged ${canonical(expected.response).slice(0, 80)}, stored ${stored?.response.slice(0, 80) ?? "nothing"}`);
    }
  }
  for (const id of ledger.submitted) {
    const status = answers.get(id)?.status;
    if (status !== "submitted" && status !== "graded") {
      lost++;
      if (detail.length < 5) detail.push(`submitted answer ${id} is ${status ?? "missing"}`);
    }
  }
  const finishedCode = await prisma.codeSubmission.findMany({
    where: { mode: "submit", status: "finished", verdict: { not: null }, answer: { roundQuestionId: { in: [...new Set(ledger.submissions.map((s) => s.roundQuestionId))] } } },
    select: { code: true, language: true, answer: { select: { roundQuestionId: true } } },
  });
  const have = new Set(finishedCode.map((s) => `${s.answer?.roundQuestionId}\n${s.language}\n${s.code}`));
  for (const s of ledger.submissions) {
    if (!have.has(`${s.roundQuestionId}\n${s.language}\n${s.code}`)) {
      lost++;
      if (detail.length < 5) detail.push(`submission on ${s.roundQuestionId} (${s.verdict}) has no finished verdict row`);
    }
  }
  const rounds = await prisma.round.findMany({ where: { id: { in: [...ledger.finished] }, finishedAt: { not: null } }, select: { id: true } });
  if (rounds.length !== ledger.finished.size) {
    lost += ledger.finished.size - rounds.length;
    detail.push(`${ledger.finished.size - rounds.length} finished attempts are not finished in the database`);
  }
  return { lost, detail };
}
