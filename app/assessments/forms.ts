import { z } from "zod";
import { TRACKS } from "../../questions/taxonomy";

// Shared by the builder's forms (constraints) and the actions and services (the check that counts).
export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 4000;
export const DURATION_MIN = 5;
export const DURATION_MAX = 480;
export const POINTS_MIN = 0.5;
export const POINTS_MAX = 100;
export const MAX_QUESTIONS = 60;
export const TIME_MULTIPLIERS = [1, 1.25, 1.5, 2] as const;
export const EXTRA_MINUTES_MAX = 480;
export const EXPIRY_DAYS_DEFAULT = 7;
export const EXPIRY_DAYS_MAX = 90;

export const assessmentIdSchema = z.object({ id: z.string().min(1).max(64) });

export const detailsSchema = z.object({
  title: z.string({ error: "Give the assessment a title" }).trim().min(1, "Give the assessment a title").max(TITLE_MAX, `At most ${TITLE_MAX} characters`),
  description: z.string().trim().max(DESCRIPTION_MAX, `At most ${DESCRIPTION_MAX} characters`).default(""),
  track: z.enum(TRACKS, { error: "Pick the target track" }),
  durationMinutes: z.coerce
    .number({ error: "Enter the duration in minutes" })
    .refine(Number.isFinite, "Enter the duration in minutes")
    .int("Use whole minutes")
    .min(DURATION_MIN, `At least ${DURATION_MIN} minutes`)
    .max(DURATION_MAX, `At most ${DURATION_MAX} minutes (8 hours)`),
  reviewsRequired: z.coerce
    .number({ error: "Choose 1, 2 or 3 reviewers" })
    .int("Choose 1, 2 or 3 reviewers")
    .min(1, "Choose 1, 2 or 3 reviewers")
    .max(3, "Choose 1, 2 or 3 reviewers")
    .default(2),
});
export type DetailsInput = z.infer<typeof detailsSchema>;

export const pointsSchema = z.coerce
  .number({ error: "Enter points as a number" })
  .refine(Number.isFinite, "Enter points as a number")
  .min(POINTS_MIN, `Points must be between ${POINTS_MIN} and ${POINTS_MAX}`)
  .max(POINTS_MAX, `Points must be between ${POINTS_MIN} and ${POINTS_MAX}`);

export const questionIdSchema = z.string({ error: "Pick a question" }).trim().min(1, "Pick a question").max(120, "Unknown question");

export const accommodationSchema = z.object({
  timeMultiplier: z.coerce
    .number({ error: "Pick a time multiplier" })
    .refine((m) => (TIME_MULTIPLIERS as readonly number[]).includes(m), "Pick 1×, 1.25×, 1.5× or 2×"),
  extraMinutes: z.coerce
    .number({ error: "Enter extra minutes as a whole number" })
    .int("Use whole minutes")
    .min(0, "Extra minutes cannot be negative")
    .max(EXTRA_MINUTES_MAX, `At most ${EXTRA_MINUTES_MAX} extra minutes`),
});

export const expiryDaysSchema = z.coerce
  .number({ error: "Enter the number of days the link stays valid" })
  .int("Use whole days")
  .min(1, "At least 1 day")
  .max(EXPIRY_DAYS_MAX, `At most ${EXPIRY_DAYS_MAX} days`)
  .default(EXPIRY_DAYS_DEFAULT);

/** Minutes the candidate gets: the duration stretched by the multiplier, plus custom minutes. */
export function attemptMinutes(durationMinutes: number, invite: { timeMultiplier: number; extraMinutes: number }): number {
  return durationMinutes * invite.timeMultiplier + invite.extraMinutes;
}
