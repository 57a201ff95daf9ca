import type { Stage } from "../../questions/taxonomy";

// How long a practice round of one stage lasts by default, in minutes (the report,
// section 9.1, gives 30-45 minutes for a screen and about an hour per technical round;
// practice rounds are shorter so they fit in a sitting).
export const STAGE_MINUTES: Record<Stage, number> = {
  screening: 15,
  coding: 45,
  "ml-technical": 20,
  "ml-system-design": 45,
  practical: 45,
  final: 20,
};

export const ROUND_LENGTHS = [5, 10, 15, 20, 30, 45, 60, 90] as const;

export const LOOP_TEMPLATES = ["big-tech", "ai-native", "startup"] as const;
export type LoopTemplate = (typeof LOOP_TEMPLATES)[number];

/** The report's company patterns (section 9.2) as slots of stage and minutes. */
export const LOOPS: Record<LoopTemplate, { label: string; description: string; slots: { stage: Stage; minutes: number }[] }> = {
  "big-tech": {
    label: "Big tech",
    description: "Algorithms, ML technical depth, ML system design and a behavioural bar-raiser.",
    slots: [
      { stage: "coding", minutes: 40 },
      { stage: "ml-technical", minutes: 20 },
      { stage: "ml-system-design", minutes: 45 },
      { stage: "final", minutes: 20 },
    ],
  },
  "ai-native": {
    label: "AI-native",
    description: "ML depth over algorithms, practical ML problem solving, design and mission alignment.",
    slots: [
      { stage: "ml-technical", minutes: 30 },
      { stage: "practical", minutes: 45 },
      { stage: "ml-system-design", minutes: 40 },
      { stage: "final", minutes: 15 },
    ],
  },
  startup: {
    label: "Startup",
    description: "A quick screen and practical rounds, no puzzle-style algorithms.",
    slots: [
      { stage: "screening", minutes: 10 },
      { stage: "practical", minutes: 45 },
      { stage: "final", minutes: 15 },
    ],
  },
};
