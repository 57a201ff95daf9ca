import { expect, type Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { prisma } from "../../app/db.server";

/**
 * A round holding exactly these bank questions, for a user who signed up through
 * the UI. Starting rounds through the form is tested too; this makes the content
 * of the round predictable so a test can answer it.
 */
export async function createRound(email: string, questionIds: string[], opts: { seconds: number; grading?: "immediate" | "end" }) {
  const user = await prisma.user.findUniqueOrThrow({ where: { email } });
  const questions = await prisma.question.findMany({ where: { id: { in: questionIds } } });
  const round = await prisma.round.create({
    data: {
      userId: user.id,
      track: "mid",
      stage: null,
      loopTemplate: "big-tech",
      gradingMode: opts.grading ?? "immediate",
      deadlineAt: new Date(Date.now() + opts.seconds * 1000),
      questions: {
        create: questionIds.map((id, i) => ({ questionVersionId: questions.find((q) => q.id === id)!.currentVersionId!, position: i + 1 })),
      },
    },
  });
  return round.id;
}

/** Move a round's deadline on the server, relative to now: how tests make time pass without waiting. */
export async function moveDeadline(roundId: string, msFromNow: number) {
  await prisma.round.update({ where: { id: roundId }, data: { deadlineAt: new Date(Date.now() + msFromNow) } });
}

export function solution(questionId: string, file: string): string {
  return fs.readFileSync(path.join("questions", "coding", questionId, "solutions", file), "utf8");
}

export async function correctOption(questionId: string): Promise<string> {
  const q = await prisma.question.findUniqueOrThrow({ where: { id: questionId }, include: { currentVersion: true } });
  const content = JSON.parse(q.currentVersion!.content) as { options: { text: string; correct: boolean }[] };
  return content.options.find((o) => o.correct)!.text;
}

/** Replace the code in the round page's editor once Monaco (not the plain textarea) is in place. */
export async function setCode(page: Page, code: string) {
  await expect(page.getByTestId("code-editor")).toHaveAttribute("data-editor", "monaco", { timeout: 20_000 });
  await page.evaluate((text) => {
    type Editor = { getModel(): { setValue(v: string): void } };
    const monaco = (window as unknown as { monaco: { editor: { getEditors(): Editor[] } } }).monaco;
    monaco.editor.getEditors()[0].getModel().setValue(text);
  }, code);
}
