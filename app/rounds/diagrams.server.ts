import type { WhiteboardScene } from "../../questions/whiteboard-scene";
import { prisma } from "../db.server";

/**
 * The saved whiteboards of these answers, by answer id. What is stored already went through
 * questions/whiteboard-scene.ts (allowed elements only, nothing naming a person), so it can be
 * handed to any page that may show the answer, a blind reviewer's included.
 */
export async function diagramsOf(answerIds: readonly string[]): Promise<Map<string, WhiteboardScene>> {
  if (answerIds.length === 0) return new Map();
  const rows = await prisma.answerDiagram.findMany({ where: { answerId: { in: [...answerIds] } }, select: { answerId: true, scene: true } });
  return new Map(rows.map((r) => [r.answerId, JSON.parse(r.scene) as WhiteboardScene]));
}

/** One answer's drawing, or null when nothing is drawn on it. */
export async function drawingOf(answerId: string): Promise<WhiteboardScene | null> {
  const scene = (await diagramsOf([answerId])).get(answerId);
  return scene && scene.elements.length > 0 ? scene : null;
}
