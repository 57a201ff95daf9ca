import { STAGE_INFO, STAGES, TRACK_INFO, TRACKS, type Stage, type Track } from "../../questions/taxonomy";
import { planRound, type PlanCandidate, type PlanSlot } from "../rounds/plan";
import { LOOP_TEMPLATES, LOOPS, type LoopTemplate } from "../rounds/loops";

// Minutes a hiring stage gets in an assessment. Longer than a practice round's default
// (app/rounds/loops.ts): an assessment is the real sitting, per the report's section 9.1.
export const ASSESSMENT_STAGE_MINUTES: Record<Stage, number> = {
  screening: 30,
  coding: 60,
  "ml-technical": 30,
  "ml-system-design": 45,
  practical: 60,
  final: 30,
};

export type TemplateSpec = { id: string; track: Track; title: string; description: string; slots: PlanSlot[]; durationMinutes: number };

export type TemplateDraft = {
  title: string;
  description: string;
  track: Track;
  durationMinutes: number;
  questions: { versionId: string; points: number }[];
};

const join = (parts: string[]) => parts.map((p) => p.toLowerCase()).join(" + ");
const role = (track: Track) => `${TRACK_INFO[track].label} ML engineer`;

/** Every template: one per stage × track, then one per loop × track ("Senior ML engineer — coding + ML system design, 90 min"). */
export function listTemplates(): TemplateSpec[] {
  const out: TemplateSpec[] = [];
  for (const track of TRACKS) {
    for (const stage of STAGES) {
      const minutes = ASSESSMENT_STAGE_MINUTES[stage];
      out.push({
        id: `${track}.${stage}`,
        track,
        title: `${role(track)} — ${STAGE_INFO[stage].label.toLowerCase()}, ${minutes} min`,
        description: `${STAGE_INFO[stage].label} questions from the bank for the ${TRACK_INFO[track].label.toLowerCase()} track (the report, ${STAGE_INFO[stage].report}).`,
        slots: [{ stage, minutes }],
        durationMinutes: minutes,
      });
    }
    for (const loop of LOOP_TEMPLATES) out.push(loopTemplate(track, loop));
  }
  return out;
}

function loopTemplate(track: Track, loop: LoopTemplate): TemplateSpec {
  const slots = LOOPS[loop].slots;
  const minutes = slots.reduce((sum, s) => sum + s.minutes, 0);
  return {
    id: `${track}.loop-${loop}`,
    track,
    title: `${role(track)} — ${join(slots.map((s) => STAGE_INFO[s.stage].label))}, ${minutes} min`,
    description: `${LOOPS[loop].label} loop: ${LOOPS[loop].description}`,
    slots,
    durationMinutes: minutes,
  };
}

export function findTemplate(id: string): TemplateSpec | undefined {
  return listTemplates().find((t) => t.id === id);
}

/**
 * A draft from a template: the planner picks questions per slot for the track (nearest
 * track when the bank has none), in the bank's id order so the same bank always gives
 * the same draft. Points follow each question's minutes, so longer questions weigh more.
 */
export function buildFromTemplate(spec: TemplateSpec, bank: readonly PlanCandidate[]): TemplateDraft {
  const sorted = [...bank].sort((a, b) => (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0));
  const chosen = planRound(sorted, { track: spec.track, slots: spec.slots, recent: new Set(), random: () => 0.999999 });
  return {
    title: spec.title,
    description: spec.description,
    track: spec.track,
    durationMinutes: spec.durationMinutes,
    questions: chosen.map((q) => ({ versionId: q.versionId, points: Math.max(1, Math.round(q.minutes / 5)) })),
  };
}
