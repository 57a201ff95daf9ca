import type { LinksFunction, HeadersFunction, ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import assessmentStyles from "../styles/assessments.css";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { lookupInvite, startAttempt, startPageView, type InviteLookup } from "../assessments/take.server";
import { getUser } from "../auth/auth.server";
import { RecordedSignals } from "../components/integrity/recorded-signals";
import { formatDateTime } from "../format";
import { parseForm, readForm } from "../validation";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: assessmentStyles }];
export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;
export const meta: MetaFunction = () => [{ title: "Assessment invitation · Loopwright" }];

// The page changes as the invite does (revoked, resent, started): never kept by a cache.
const noStore = { "Cache-Control": "no-store" };

// Refusals are pages, not thrown errors: each says what happened and what to do, with its 4xx.
function respond(lookup: InviteLookup) {
  switch (lookup.kind) {
    case "refused":
      return data({ view: "refused" as const, title: lookup.title, message: lookup.message }, { status: lookup.status, headers: noStore });
    case "sign-in":
      return data({ view: "sign-in" as const }, { headers: noStore });
    case "in-progress":
      throw redirect(`/practice/rounds/${lookup.roundId}`);
    case "ready":
      return data({ view: "start" as const, start: startPageView(lookup.invite) }, { headers: noStore });
  }
}


export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await getUser(request);
  return respond(await lookupInvite(String(params.token ?? ""), user));
}

const startSchema = z.object({ intent: z.literal("start", { error: "Unknown action" }) });

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await getUser(request);
  const lookup = await lookupInvite(String(params.token ?? ""), user);
  if (lookup.kind === "sign-in") throw redirect(`/login?${new URLSearchParams({ redirectTo: new URL(request.url).pathname })}`);
  if (lookup.kind !== "ready") return respond(lookup);
  const parsed = parseForm(startSchema, await readForm(request));
  if (!parsed.ok) return data({ view: "refused" as const, title: "That request is not valid", message: "Reload the page and press Start." }, { status: 400 });
  const roundId = await startAttempt(lookup.invite, user!.id);
  throw redirect(`/practice/rounds/${roundId}`);
}

function minutesText(minutes: number): string {
  const rounded = Math.round(minutes * 10) / 10;
  if (rounded < 90) return `${rounded} minutes`;
  const h = Math.floor(rounded / 60);
  const m = Math.round((rounded - h * 60) * 10) / 10;
  return `${h} h${m ? ` ${m} min` : ""} (${rounded} minutes)`;
}

export default function InvitePage() {
  const loaded = useLoaderData<typeof loader>();
  const location = useLocation();
  const busy = useNavigation().state !== "idle";
  if (loaded.view === "refused") {
    return (
      <section className="panel narrow">
        <h1>{loaded.title}</h1>
        <p>{loaded.message}</p>
      </section>
    );
  }
  if (loaded.view === "sign-in") {
    const back = encodeURIComponent(location.pathname);
    return (
      <section className="panel narrow">
        <h1>You are invited to an assessment</h1>
        <p>Sign in, or create an account, with the email address this invitation was sent to. You will come back here, and nothing starts until you press Start.</p>
        <p className="inline-form">
          <Link to={`/login?redirectTo=${back}`} className="button">
            Log in
          </Link>
          <Link to={`/signup?redirectTo=${back}`} className="button secondary">
            Sign up
          </Link>
        </p>
      </section>
    );
  }
  const s = loaded.start;
  return (
    <section className="panel start-page">
      <h1>{s.title}</h1>
      {s.description ? <p className="lead">{s.description}</p> : null}
      <dl className="facts">
        <dt>Time</dt>
        <dd data-testid="attempt-minutes">
          {minutesText(s.minutes)}
          {s.accommodated ? ` (includes your extra time; the standard time is ${s.baseMinutes} minutes)` : ""}
        </dd>
        <dt>Questions</dt>
        <dd>
          {s.questionCount}: {s.kinds.join(", ")}
        </dd>
        <dt>What is recorded</dt>
        <dd>
          Your answers and drafts (saved as you type), every code run and submission, and when you start, save and finish.
          <RecordedSignals />
        </dd>
        <dt>Link valid until</dt>
        <dd>{formatDateTime(s.expiresAt)}</dd>
      </dl>
      <p>
        The timer starts when you press Start and keeps running if you close the page. When time is up, what you saved is submitted. You have one attempt.
      </p>
      <Form method="post">
        <button type="submit" name="intent" value="start" disabled={busy}>
          {busy ? "Starting…" : "Start the assessment"}
        </button>
      </Form>
    </section>
  );
}
