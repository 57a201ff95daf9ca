// The fixed vocabulary of the question banks. Every id here is also used by the
// database and the UI (DESIGN.md, "Vocabulary"), so ids are never renamed — add
// new ones instead. Sources are sections of "the report"
// (shared/seeds/002_3a8ae8a261a04ea0.txt).

export const STAGES = [
  "screening",
  "coding",
  "ml-technical",
  "ml-system-design",
  "practical",
  "final",
] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_INFO: Record<Stage, { label: string; report: string }> = {
  screening: { label: "Initial screening", report: "9.1 Stage 1" },
  coding: { label: "Coding / algorithms", report: "9.1 Stage 2, Coding/Algorithms" },
  "ml-technical": { label: "ML / AI technical", report: "9.1 Stage 2, ML/AI Technical" },
  "ml-system-design": { label: "ML system design", report: "9.1 Stage 2, ML System Design" },
  practical: { label: "Practical assessment", report: "9.1 Stage 3" },
  final: { label: "Final rounds", report: "9.1 Stage 4" },
};

export const TRACKS = ["junior", "mid", "senior", "staff"] as const;
export type Track = (typeof TRACKS)[number];

export const TRACK_INFO: Record<Track, { label: string; years: string; report: string }> = {
  junior: { label: "Junior", years: "0-2 years", report: "2.2 Entry-Level / Junior" },
  mid: { label: "Mid-level", years: "3-5 years", report: "2.2 Mid-Level" },
  senior: { label: "Senior", years: "5-7+ years", report: "2.2 Senior" },
  staff: { label: "Staff / Principal", years: "7+ years", report: "2.2 Principal/Staff" },
};

export const KINDS = ["mcq", "numeric", "short", "coding", "sql", "design", "behavioral"] as const;
export type Kind = (typeof KINDS)[number];

/** Kinds graded on the spot, without a sandbox or a reviewer. */
export const AUTO_KINDS = ["mcq", "numeric", "short"] as const satisfies readonly Kind[];
export type AutoKind = (typeof AUTO_KINDS)[number];

// Which kinds a stage may hold follows from how the stage is graded
// (DESIGN.md, stage table): auto, sandbox, or reviewer with a rubric. SQL
// queries run in the sandbox like code: coding rounds ask them as
// data-manipulation problems, practical rounds as feature-table and
// pipeline tasks.
export const STAGE_KINDS: Record<Stage, readonly Kind[]> = {
  screening: AUTO_KINDS,
  "ml-technical": AUTO_KINDS,
  coding: ["coding", "sql"],
  practical: ["coding", "sql"],
  "ml-system-design": ["design"],
  final: ["behavioral"],
};

export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const LANGUAGES = ["python", "js", "ts"] as const;
export type Language = (typeof LANGUAGES)[number];

/** File extension of each language's starter and solution files. */
export const LANGUAGE_EXT: Record<Language, string> = { python: "py", js: "js", ts: "ts" };

export interface Skill {
  id: string;
  label: string;
  /** Share of postings asking for it, as the report words it; absent where the report gives none. */
  frequency?: string;
  /** Section of the report the skill and its frequency come from. */
  report: string;
}

export const SKILLS = [
  { id: "python", label: "Python", frequency: "71%", report: "1.1, Appendix B" },
  { id: "algorithms", label: "Data structures and algorithms", report: "9.1 Coding/Algorithms, 9.3" },
  { id: "software-engineering", label: "Software engineering practice (Git, testing, code review)", report: "2.2, 10.1" },
  { id: "ml-frameworks", label: "ML frameworks (PyTorch, TensorFlow, scikit-learn)", frequency: "PyTorch 37.7%, TensorFlow 32.9%, scikit-learn 25-30%", report: "1.2, Appendix B" },
  { id: "ml-fundamentals", label: "ML fundamentals (supervised, unsupervised, evaluation)", frequency: "70%+ (must-have)", report: "9.1, 10.1" },
  { id: "math-statistics", label: "Mathematics and statistics", frequency: "25-30%", report: "1.7" },
  { id: "deep-learning", label: "Deep learning", frequency: "28.1%", report: "1.3, Appendix B" },
  { id: "nlp", label: "Natural language processing", frequency: "30-35%", report: "1.3, Appendix B" },
  { id: "computer-vision", label: "Computer vision", frequency: "25-30%", report: "1.3, Appendix B" },
  { id: "llms", label: "Large language models", frequency: "20-25%", report: "Appendix B, 5.1" },
  { id: "generative-ai", label: "Generative AI", frequency: "15-20%", report: "1.3, Appendix B" },
  { id: "rag", label: "Retrieval-augmented generation", frequency: "10-15%", report: "5.2" },
  { id: "vector-databases", label: "Vector databases", frequency: "10-15%", report: "1.5, Appendix B" },
  { id: "agentic-ai", label: "Agentic AI and tool use", report: "5.4" },
  { id: "multimodal", label: "Multimodal AI", report: "5.3" },
  { id: "reinforcement-learning", label: "Reinforcement learning", report: "5.7" },
  { id: "mlops", label: "MLOps and production deployment", frequency: "20-25%", report: "1.6" },
  { id: "model-monitoring", label: "Model monitoring and drift detection", frequency: "10-15%", report: "1.6, Appendix B" },
  { id: "data-engineering", label: "Data pipelines and big data", frequency: "25-30%", report: "1.5, Appendix B" },
  { id: "sql", label: "SQL and databases", frequency: "17.1%", report: "1.5, Appendix B" },
  { id: "cloud", label: "Cloud platforms", frequency: "AWS 32.9%, Azure 26%, Google Cloud 18-22%", report: "1.4, Appendix B" },
  { id: "system-design", label: "ML system design", frequency: "30-50% (high-value)", report: "9.1 ML System Design, 10.1" },
  { id: "leadership-communication", label: "Leadership and communication", frequency: "40-50% (communication)", report: "1.8, 2.2" },
  { id: "collaboration", label: "Collaboration and teamwork", frequency: "45-55%", report: "1.8, Appendix B" },
  { id: "problem-solving", label: "Problem solving and critical thinking", frequency: "35-45%", report: "1.8, Appendix B" },
  { id: "ai-safety-ethics", label: "AI safety and ethics", report: "5.6" },
] as const satisfies readonly Skill[];

export type SkillId = (typeof SKILLS)[number]["id"];

export const SKILL_IDS: readonly SkillId[] = SKILLS.map((s) => s.id);

const skillById = new Map<string, Skill>(SKILLS.map((s) => [s.id, s]));

export function findSkill(id: string): Skill | undefined {
  return skillById.get(id);
}

/** The three calibration answers each calibrated question has (questions/calibration/<id>/<level>.yaml). */
export const CALIBRATION_LEVELS = ["strong", "middling", "weak"] as const;
