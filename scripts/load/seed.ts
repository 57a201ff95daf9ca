// What the load benchmark's candidates need before the clock starts: the bank in the
// database, a hiring manager, one published assessment, an invite and a logged-in session
// per candidate. Written through the app's own services, as the manager's pages would.
import fs from "node:fs";
import path from "node:path";
import { createAssessment, addQuestion, publish } from "../../app/assessments/assessments.server";
import { parsePastedAddresses } from "../../app/assessments/invite-list";
import { createInvites } from "../../app/assessments/invites.server";
import { createUser } from "../../app/auth/auth.server";
import { createSessionCookie } from "../../app/auth/session.server";
import { syncBank } from "../../app/bank/sync.server";
import { prisma } from "../../app/db.server";

/** The coding questions and the language each is answered in (both are offered in Python and JavaScript). */
export const CODING = [
  { id: "balanced-brackets", language: "python" as const },
  { id: "group-anagrams-in-order", language: "js" as const },
];
// the rest of the assessment, by kind, taken from the bank in its own order
const OTHERS = ["mcq", "mcq", "numeric", "short", "design", "behavioral"];

export type Solutions = { starter: string; reference: string; wrong: string[] };

export type Seeded = {
  assessmentId: string;
  candidates: { email: string; token: string; cookie: string }[];
  /** Solutions of each coding question, by bank id, in the language it is answered in. */
  solutions: Record<string, Solutions>;
};

export async function seed(count: number, origin: string): Promise<Seeded> {
  const sync = await syncBank();
  if (!sync.ok) throw new Error(`the question bank has problems:\n${sync.problems.join("\n")}`);

  const manager = await createUser({ email: "manager@load.test", name: "Load Manager", password: "load manager password", roles: ["hiring-manager"] });
  const assessment = await createAssessment(manager, {
    title: "Load benchmark: ML engineer",
    description: "Two coding questions and a mix of the others.",
    track: "mid",
    durationMinutes: 90,
    reviewsRequired: 1,
  });
  const taken = new Set<string>();
  for (const q of CODING) {
    await addQuestion(manager, assessment.id, q.id);
    taken.add(q.id);
  }
  for (const kind of OTHERS) {
    const question = await prisma.question.findFirst({
      where: { kind, retiredAt: null, currentVersionId: { not: null }, id: { notIn: [...taken] } },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    if (!question) throw new Error(`the bank has no ${kind} question left`);
    await addQuestion(manager, assessment.id, question.id);
    taken.add(question.id);
  }
  await publish(manager, assessment.id);

  const emails = Array.from({ length: count }, (_, i) => `candidate-${i + 1}@load.test`);
  // scrypt runs on libuv's pool: a few at a time keep both cores busy without queueing 200
  const users: { id: string; email: string }[] = [];
  for (let i = 0; i < emails.length; i += 8) {
    users.push(
      ...(await Promise.all(
        emails.slice(i, i + 8).map((email, j) => createUser({ email, name: `Candidate ${i + j + 1}`, password: `load password ${i + j}`, roles: ["candidate"] })),
      )),
    );
  }
  const { links } = await createInvites(manager, assessment.id, parsePastedAddresses(emails.join("\n")), { origin });
  const tokenOf = new Map(links.map((l) => [l.email, new URL(l.link).pathname.split("/").pop()!]));
  const candidates = [];
  for (const user of users) {
    const [cookie] = (await createSessionCookie(user.id)).split(";");
    candidates.push({ email: user.email, token: tokenOf.get(user.email)!, cookie });
  }

  const solutions: Record<string, Solutions> = {};
  for (const q of CODING) {
    const dir = path.join("questions", "coding", q.id);
    const ext = q.language === "python" ? "py" : "js";
    const read = (file: string) => fs.readFileSync(path.join(dir, file), "utf8");
    const wrong = fs.readdirSync(path.join(dir, "solutions")).filter((f) => f.startsWith("wrong-") && f.endsWith(`.${ext}`));
    solutions[q.id] = { starter: read(`starter.${ext}`), reference: read(`solutions/reference.${ext}`), wrong: wrong.map((f) => read(`solutions/${f}`)) };
  }
  return { assessmentId: assessment.id, candidates, solutions };
}
