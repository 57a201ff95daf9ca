/** One AdamW step; returns the new params, m and v. */
export function adamwStep(
  params: number[],
  grads: number[],
  m: number[],
  v: number[],
  t: number,
  lr: number,
  beta1: number,
  beta2: number,
  eps: number,
  weightDecay: number,
): { params: number[]; m: number[]; v: number[] } {
  return { params, m, v };
}
