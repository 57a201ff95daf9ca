import { prisma } from "../db.server";
import { questionFromVersion } from "../rounds/content.server";
import { compare, fingerprint, markRegions, sharedFraction, type Language } from "./winnowing";

/** Pairs sharing at least this fraction of fingerprints are listed unless the owner asks otherwise. */
export const DEFAULT_THRESHOLD = 0.5;

type CodingAnswer = { inviteId: string; label: string; code: string; language: Language; starter: string };
type CodingQuestion = { versionId: string; position: number; title: string; answers: CodingAnswer[] };

const LANGUAGES = new Set<Language>(["python", "js", "ts"]);

/**
 * The coding answers of every submitted attempt of one assessment, question by question:
 * the graded (last submitted) version, or the last draft when nothing was submitted.
 */
async function codingAnswers(assessmentId: string): Promise<CodingQuestion[]> {
  const invites = await prisma.assessmentInvite.findMany({
    where: { assessmentId, round: { finishedAt: { not: null } } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      email: true,
      name: true,
      candidate: { select: { name: true } },
      round: {
        select: {
          questions: {
            orderBy: { position: "asc" },
            select: {
              position: true,
              questionVersion: { select: { id: true, title: true, kind: true, stage: true, content: true } },
              answer: {
                select: {
                  response: true,
                  submissions: { where: { mode: "submit", status: "finished" }, orderBy: { queuedAt: "desc" }, take: 1, select: { code: true, language: true } },
                },
              },
            },
          },
        },
      },
    },
  });
  const byVersion = new Map<string, CodingQuestion>();
  for (const invite of invites) {
    const label = invite.name || invite.candidate?.name || invite.email;
    for (const rq of invite.round?.questions ?? []) {
      if (rq.questionVersion.kind !== "coding" || !rq.answer) continue;
      const question = questionFromVersion(rq.questionVersion);
      if (question.kind !== "coding") continue;
      const graded = rq.answer.submissions[0];
      const draft = JSON.parse(rq.answer.response) as { code?: unknown; language?: unknown };
      const code = graded?.code ?? (typeof draft.code === "string" ? draft.code : "");
      const language = (graded?.language ?? draft.language) as Language;
      if (!code.trim() || !LANGUAGES.has(language)) continue;
      const entry = byVersion.get(rq.questionVersion.id) ?? { versionId: rq.questionVersion.id, position: rq.position, title: question.title, answers: [] };
      entry.answers.push({ inviteId: invite.id, label, code, language, starter: question.starter[language] ?? "" });
      byVersion.set(rq.questionVersion.id, entry);
    }
  }
  return [...byVersion.values()].sort((a, b) => a.position - b.position);
}

export type SimilarPair = { a: { inviteId: string; label: string }; b: { inviteId: string; label: string }; shared: number; fractionA: number; fractionB: number };

/** Every pair of answers to each coding question at or above the threshold, most shared first. */
export async function similarityPairs(assessmentId: string, threshold = DEFAULT_THRESHOLD) {
  const questions = await codingAnswers(assessmentId);
  return questions.map((q) => {
    const pairs: SimilarPair[] = [];
    // each answer is fingerprinted once; the pairs only intersect sets
    const prints = q.answers.map((a) => fingerprint(a.code, a.language, a.starter));
    for (let i = 0; i < q.answers.length; i++) {
      for (let j = i + 1; j < q.answers.length; j++) {
        const a = q.answers[i];
        const b = q.answers[j];
        const r = sharedFraction(prints[i], prints[j]);
        if (r.shared >= threshold && r.shared > 0) {
          pairs.push({ a: { inviteId: a.inviteId, label: a.label }, b: { inviteId: b.inviteId, label: b.label }, shared: r.shared, fractionA: r.fractionA, fractionB: r.fractionB });
        }
      }
    }
    pairs.sort((x, y) => y.shared - x.shared);
    return { versionId: q.versionId, position: q.position, title: q.title, answers: q.answers.length, pairs };
  });
}

/** Two answers side by side with the shared regions marked; null when either is not there. */
export async function similarityPair(assessmentId: string, versionId: string, inviteA: string, inviteB: string) {
  const question = (await codingAnswers(assessmentId)).find((q) => q.versionId === versionId);
  const a = question?.answers.find((x) => x.inviteId === inviteA);
  const b = question?.answers.find((x) => x.inviteId === inviteB);
  if (!question || !a || !b || a === b) return null;
  const r = compare(a, b, { a: a.starter, b: b.starter });
  const side = (x: CodingAnswer, regions: typeof r.regionsA, fraction: number) => ({
    inviteId: x.inviteId,
    label: x.label,
    language: x.language,
    fraction,
    parts: markRegions(x.code, regions),
  });
  return {
    question: { versionId: question.versionId, position: question.position, title: question.title },
    shared: r.shared,
    a: side(a, r.regionsA, r.fractionA),
    b: side(b, r.regionsB, r.fractionB),
  };
}
