import { beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../auth/auth.server";
import { syncBank } from "../bank/sync.server";
import { prisma } from "../db.server";
import { finishRound, saveDiagram, saveDraft } from "./answers.server";
import { createSandboxPool } from "../../sandbox/index";
import { drawingOf } from "./diagrams.server";
import { rejection } from "../../test/support/round-error";
import { requestReview } from "./results.server";

beforeAll(async () => {
  const report = await syncBank("questions");
  if (!report.ok) throw new Error(report.problems.join("\n"));
});

let n = 0;
const candidate = () => createUser({ email: `drawer${n++}@example.com`, name: "Ada Drawer", password: "long enough password", roles: ["candidate"] });

async function roundWith(userId: string, questionId: string) {
  const q = await prisma.question.findUniqueOrThrow({ where: { id: questionId } });
  const round = await prisma.round.create({
    data: {
      userId,
      track: "mid",
      gradingMode: "end",
      deadlineAt: new Date(Date.now() + 10 * 60_000),
      questions: { create: [{ questionVersionId: q.currentVersionId!, position: 1 }] },
    },
    include: { questions: true },
  });
  return { roundId: round.id, rqId: round.questions[0].id };
}

const box = (id: string) => ({ id, type: "rectangle", x: 0, y: 0, width: 10, height: 10, version: 1 });
const scene = (...elements: object[]) => JSON.stringify({ elements, appState: { viewBackgroundColor: "#ffffff", collaborators: { a: { username: "Ada Drawer" } } } });

describe("saving a design answer's drawing", () => {
  it("saves the text and the drawing of a new answer sent at the same moment (the row is created once)", async () => {
    const user = await candidate();
    const { roundId, rqId } = await roundWith(user.id, "ads-ctr-prediction");
    // a few pooled connections, so both saves really run side by side as on a busy server
    await Promise.all(Array.from({ length: 4 }, () => prisma.$transaction(async (tx) => tx.user.count())));
    await Promise.all([saveDraft(user.id, roundId, rqId, { text: "My design." }), saveDiagram(user.id, roundId, rqId, scene(box("a")))]);
    const answer = await prisma.answer.findUniqueOrThrow({ where: { roundQuestionId: rqId }, include: { diagram: true } });
    expect(JSON.parse(answer.response).text).toBe("My design.");
    expect(JSON.parse(answer.diagram!.scene).elements).toHaveLength(1);
    expect(await prisma.answer.count({ where: { roundQuestionId: rqId } })).toBe(1);
  });

  it("keeps one scene per answer, replaced in place, without the person's name", async () => {
    const user = await candidate();
    const { roundId, rqId } = await roundWith(user.id, "ads-ctr-prediction");
    await saveDiagram(user.id, roundId, rqId, scene(box("a")));
    await saveDiagram(user.id, roundId, rqId, scene(box("a"), box("b")));
    const rows = await prisma.answerDiagram.findMany({ where: { answer: { roundId } } });
    expect(rows).toHaveLength(1);
    expect(rows[0].scene).not.toContain("Ada");
    expect((await drawingOf(rows[0].answerId))?.elements.map((e) => e.id)).toEqual(["a", "b"]);
  });

  it("refuses a bad scene with a 400 and keeps the last good one; an empty board keeps no row", async () => {
    const user = await candidate();
    const { roundId, rqId } = await roundWith(user.id, "ads-ctr-prediction");
    await saveDiagram(user.id, roundId, rqId, scene(box("a")));
    const image = await rejection(saveDiagram(user.id, roundId, rqId, scene({ id: "i", type: "image", x: 0, y: 0, width: 1, height: 1 })));
    expect(image.status).toBe(400);
    expect(image.message).toMatch(/Images are not allowed.*last saved diagram is kept/);
    const answer = await prisma.answer.findFirstOrThrow({ where: { roundId } });
    expect((await drawingOf(answer.id))?.elements).toHaveLength(1);
    await saveDiagram(user.id, roundId, rqId, scene());
    expect(await prisma.answerDiagram.count({ where: { answerId: answer.id } })).toBe(0);
  });

  it("answers 404 to anyone but the round's owner, 400 on a question without a whiteboard, 409 after the deadline", async () => {
    const [owner, other] = [await candidate(), await candidate()];
    const { roundId, rqId } = await roundWith(owner.id, "ads-ctr-prediction");
    expect((await rejection(saveDiagram(other.id, roundId, rqId, scene(box("a"))))).status).toBe(404);
    const behavioural = await roundWith(owner.id, "pushed-back-on-a-launch");
    expect((await rejection(saveDiagram(owner.id, behavioural.roundId, behavioural.rqId, scene(box("a"))))).status).toBe(400);
    await prisma.round.update({ where: { id: roundId }, data: { deadlineAt: new Date(Date.now() - 60_000) } });
    expect((await rejection(saveDiagram(owner.id, roundId, rqId, scene(box("a"))))).status).toBe(409);
  });

  it("a drawing alone is an answer: submitted when the round ends and open to a review request", async () => {
    const user = await candidate();
    const { roundId, rqId } = await roundWith(user.id, "ads-ctr-prediction");
    await saveDraft(user.id, roundId, rqId, { text: "" });
    await saveDiagram(user.id, roundId, rqId, scene(box("a")));
    const sandbox = createSandboxPool({ workers: 1 });
    try {
      await finishRound(sandbox, user.id, roundId);
    } finally {
      await sandbox.close();
    }
    expect((await prisma.answer.findFirstOrThrow({ where: { roundId } })).status).toBe("submitted");
    await requestReview(user.id, roundId, rqId);
    expect((await prisma.answer.findFirstOrThrow({ where: { roundId } })).reviewRequestedAt).not.toBeNull();
  });
});
