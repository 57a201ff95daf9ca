/**
 * Drafts typed in this tab that the server has not confirmed yet, by round question id.
 * A question panel that remounts (moving between questions while the server is down)
 * starts from here instead of the older copy in the page data, so nothing typed is lost.
 */
const pending = new Map<string, string>();
// whether the latest draft typed in this tab holds anything, saved or not
const filled = new Map<string, boolean>();

export function pendingDraft<T>(questionId: string): T | undefined {
  const serialized = pending.get(questionId);
  return serialized === undefined ? undefined : (JSON.parse(serialized) as T);
}

export function hasPendingDraft(questionId: string): boolean {
  return pending.has(questionId);
}

export function rememberDraft(questionId: string, serialized: string) {
  pending.set(questionId, serialized);
  filled.set(questionId, holdsSomething(JSON.parse(serialized)));
}

/** Whether the question holds an answer as far as this tab knows: undefined when nothing was typed here. */
export function draftFilled(questionId: string): boolean | undefined {
  return filled.get(questionId);
}

/** The key a design answer's whiteboard draft is kept under, beside its text's. */
export function diagramKey(questionId: string): string {
  return `${questionId}:diagram`;
}

function holdsSomething(fields: Record<string, unknown>): boolean {
  return Object.entries(fields).some(([key, v]) => {
    if (key === "language") return false;
    // a whiteboard draft is a whole scene, never blank text: it holds something when something is drawn
    if (key === "scene") return drawsSomething(String(v));
    return Array.isArray(v) ? v.length > 0 : String(v ?? "").trim() !== "";
  });
}

function drawsSomething(sceneJson: string): boolean {
  try {
    const elements = (JSON.parse(sceneJson) as { elements?: unknown }).elements;
    return Array.isArray(elements) && elements.length > 0;
  } catch {
    return false;
  }
}

/** The server saved `serialized`: forget the draft unless it was edited since. */
export function confirmDraft(questionId: string, serialized: string) {
  if (pending.get(questionId) === serialized) pending.delete(questionId);
}
