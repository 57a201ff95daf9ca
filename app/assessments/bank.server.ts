import { z } from "zod";
import { KINDS, LANGUAGES, SKILL_IDS, STAGES, TRACKS } from "../../questions/taxonomy";
import { prisma } from "../db.server";
import { renderMarkdown } from "../markdown.server";
import { publicQuestion } from "../rounds/content.server";

const optional = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.enum(values), z.literal("")]).optional().catch(undefined);

/** The picker's filters, from the page's query string. An unknown value filters nothing rather than failing. */
export const bankFilterSchema = z.object({
  stage: optional(STAGES),
  kind: optional(KINDS),
  track: optional(TRACKS),
  skill: optional(SKILL_IDS as unknown as [string, ...string[]]),
  language: optional(LANGUAGES),
  q: z.string().trim().max(100).optional().catch(undefined),
});
export type BankFilter = z.infer<typeof bankFilterSchema>;

export const BANK_PAGE = 40;

/** Bank questions matching the filters (free text over title and prompt), public facts only. */
export async function searchBank(filter: BankFilter) {
  const versions = await prisma.questionVersion.findMany({
    where: {
      currentOf: { is: { retiredAt: null } },
      ...(filter.stage ? { stage: filter.stage } : {}),
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.track ? { tracks: { contains: `"${filter.track}"` } } : {}),
      ...(filter.skill ? { skills: { contains: `"${filter.skill}"` } } : {}),
    },
    orderBy: [{ stage: "asc" }, { title: "asc" }],
    select: { id: true, questionId: true, title: true, kind: true, stage: true, tracks: true, skills: true, difficulty: true, timeMinutes: true, content: true },
  });
  const text = filter.q?.toLowerCase();
  const matches = versions
    .map((v) => ({ v, q: publicQuestion(v) }))
    .filter(({ q }) => !filter.language || (q.kind === "coding" && q.languages.includes(filter.language)))
    .filter(({ q }) => !text || q.title.toLowerCase().includes(text) || q.prompt.toLowerCase().includes(text));
  return {
    total: matches.length,
    items: matches.slice(0, BANK_PAGE).map(({ v, q }) => ({
      questionId: v.questionId,
      title: v.title,
      kind: v.kind,
      stage: v.stage,
      difficulty: v.difficulty,
      minutes: v.timeMinutes,
      tracks: JSON.parse(v.tracks) as string[],
      skills: JSON.parse(v.skills) as string[],
      languages: q.kind === "coding" ? q.languages : [],
    })),
  };
}

/**
 * A bank question as a candidate will see it: built from toPublicQuestion only, so no
 * hidden test, reference solution, correct option or rubric anchor reaches the page.
 */
export async function previewQuestion(questionId: string) {
  const question = await prisma.question.findFirst({
    where: { id: questionId, currentVersionId: { not: null } },
    select: { currentVersion: { select: { content: true } } },
  });
  if (!question) return null;
  const q = publicQuestion(question.currentVersion!);
  return {
    question: q,
    promptHtml: renderMarkdown(q.prompt),
    optionsHtml: q.kind === "mcq" ? q.options.map((o) => ({ id: o.id, html: renderMarkdown(o.text) })) : [],
  };
}
export type QuestionPreview = NonNullable<Awaited<ReturnType<typeof previewQuestion>>>;
