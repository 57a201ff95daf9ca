import { prisma } from "../db.server";

export type ReviewSettingsValues = { totalThreshold: number; criterionThreshold: number; calibrationAnswers: number };

export async function reviewSettings(): Promise<ReviewSettingsValues> {
  const row = await prisma.reviewSettings.upsert({ where: { id: "global" }, create: { id: "global" }, update: {} });
  return { totalThreshold: row.totalThreshold, criterionThreshold: row.criterionThreshold, calibrationAnswers: row.calibrationAnswers };
}

/** New thresholds apply to answers whose reviews come in from now on; grades already final stay. */
export async function updateReviewSettings(adminId: string, values: ReviewSettingsValues) {
  await prisma.reviewSettings.upsert({
    where: { id: "global" },
    create: { id: "global", ...values, updatedById: adminId },
    update: { ...values, updatedById: adminId },
  });
}
