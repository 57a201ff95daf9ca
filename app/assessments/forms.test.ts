import { describe, expect, it } from "vitest";
import { parseValues } from "../validation";
import { accommodationSchema, attemptMinutes, detailsSchema, pointsSchema } from "./forms";

const good = { title: "Screen", description: "", track: "senior", durationMinutes: "60", reviewsRequired: "2" };

describe("builder input", () => {
  it("accepts a complete form", () => {
    expect(parseValues(detailsSchema, good)).toEqual({ ok: true, data: { ...good, durationMinutes: 60, reviewsRequired: 2 } });
  });

  it("names the field for an empty title, a bad track, and zero, negative, huge or non-numeric durations", () => {
    const errors = (values: Record<string, string>) => (parseValues(detailsSchema, { ...good, ...values }) as { errors: Record<string, string> }).errors;
    expect(errors({ title: "   " }).title).toBe("Give the assessment a title");
    expect(errors({ track: "principal" }).track).toBe("Pick the target track");
    expect(errors({ durationMinutes: "0" }).durationMinutes).toBe("At least 5 minutes");
    expect(errors({ durationMinutes: "-30" }).durationMinutes).toBe("At least 5 minutes");
    expect(errors({ durationMinutes: "100000" }).durationMinutes).toBe("At most 480 minutes (8 hours)");
    expect(errors({ durationMinutes: "an hour" }).durationMinutes).toBe("Enter the duration in minutes");
    expect(errors({ durationMinutes: "30.5" }).durationMinutes).toBe("Use whole minutes");
    expect(errors({ reviewsRequired: "4" }).reviewsRequired).toBe("Choose 1, 2 or 3 reviewers");
  });

  it("keeps points between 0.5 and 100", () => {
    for (const ok of ["0.5", "1", "100"]) expect(pointsSchema.safeParse(ok).success).toBe(true);
    for (const bad of ["0", "-1", "100.5", "lots", "Infinity"]) expect(pointsSchema.safeParse(bad).success).toBe(false);
  });
});

describe("extra time", () => {
  it("offers 1×, 1.25×, 1.5× and 2× plus whole minutes", () => {
    expect(accommodationSchema.safeParse({ timeMultiplier: "1.5", extraMinutes: "10" }).success).toBe(true);
    expect(accommodationSchema.safeParse({ timeMultiplier: "3", extraMinutes: "0" }).success).toBe(false);
    expect(accommodationSchema.safeParse({ timeMultiplier: "1", extraMinutes: "-5" }).success).toBe(false);
  });

  it("stretches the duration, then adds the minutes", () => {
    expect(attemptMinutes(60, { timeMultiplier: 1.5, extraMinutes: 0 })).toBe(90);
    expect(attemptMinutes(45, { timeMultiplier: 1.25, extraMinutes: 10 })).toBe(66.25);
  });
});
