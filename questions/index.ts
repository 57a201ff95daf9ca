// The bank's public surface for app/ and scripts/: load, version, show, grade.
export { loadBank, type Bank } from "./loader.ts";
export { contentHash, canonicalJson } from "./content-hash.ts";
export { toPublicQuestion, type PublicQuestion, type PublicExample } from "./public-view.ts";
export { gradeAuto, toNumber, type AutoGrade, type AutoQuestion, type AutoResponse } from "./grade-auto.ts";
export { normalizeAnswer } from "./normalize-answer.ts";
export { buildRunRequest, methodName, type RunMode } from "./run-request.ts";
export { questionSchema } from "./schema.ts";
export { loadCalibration, type CalibrationAnswer, type CalibrationLevel } from "./calibration.ts";
export type {
  Question,
  McqQuestion,
  NumericQuestion,
  ShortQuestion,
  CodingQuestion,
  SqlQuestion,
  CallStep,
  DesignQuestion,
  BehavioralQuestion,
  RubricQuestion,
  TestCase,
  Normalization,
} from "./schema.ts";
export * from "./taxonomy.ts";
