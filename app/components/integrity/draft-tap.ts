/**
 * The answer components report each change of a draft here (one line in useAutosave).
 * Nothing listens unless an assessment attempt's recorder is mounted: practice rounds
 * record nothing.
 */
type Listener = (questionId: string, serialized: string) => void;

let listener: Listener | null = null;

export function listenToDrafts(next: Listener | null) {
  listener = next;
}

export function noteDraft(questionId: string, serialized: string) {
  listener?.(questionId, serialized);
}
