/** Rows are true classes, columns predicted classes, both in the order of labels. */
export function confusionMatrix(yTrue: string[], yPred: string[], labels: string[]): number[][] {
  return [];
}
