import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { getUser } from "../auth/auth.server";
import { homeFor } from "../auth/roles";
import { STAGES, TRACKS } from "../../questions/taxonomy";
import { STAGE_LABELS, TRACK_LABELS } from "../format";

export const meta: MetaFunction = () => [
  { title: "Loopwright · interview practice and assessment for AI/ML engineers" },
  { name: "description", content: "Timed ML, coding and ML-system-design rounds, scored per seniority track." },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (user) throw redirect(homeFor(user.roles));
  return null;
}

export default function Landing() {
  return (
    <section className="hero">
      <h1>Interview practice for AI/ML engineers, at the level you are aiming for.</h1>
      <p className="lead">
        Timed rounds for every stage of the loop — {STAGES.map((s) => STAGE_LABELS[s]).join(", ")} — scored
        against the bar of the {TRACKS.map((t) => TRACK_LABELS[t].toLowerCase()).join(", ")} track.
      </p>
      <p>
        <Link to="/signup" className="button">
          Start practising
        </Link>{" "}
        <Link to="/login" className="button secondary">
          Log in
        </Link>
      </p>
      <ul className="features">
        <li>
          <strong>Candidates</strong> practise timed rounds and see where they stand per track.
        </li>
        <li>
          <strong>Hiring managers</strong> build assessments and invite candidates.
        </li>
        <li>
          <strong>Reviewers</strong> grade system-design and behavioural answers against rubrics.
        </li>
      </ul>
    </section>
  );
}
