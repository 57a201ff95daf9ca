import type { LinksFunction, ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import assessmentStyles from "../styles/assessments.css";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { requireManager } from "../assessments/access.server";
import { duplicate, editableVersion, familyVersions, publish, requireAssessment, setArchived } from "../assessments/assessments.server";
import { accommodationSchema, assessmentIdSchema, EXPIRY_DAYS_DEFAULT, EXPIRY_DAYS_MAX, expiryDaysSchema, TIME_MULTIPLIERS } from "../assessments/forms";
import { combinedInviteList, MAX_CSV_BYTES, MAX_INVITES_PER_UPLOAD } from "../assessments/invite-list";
import { createInvites, familyInvites, invitedEmails, resendInvite, revokeInvite, setAccommodation, type IssuedLink } from "../assessments/invites.server";
import { assessmentErrorResponse, badRequest } from "../assessments/route-errors.server";
import { FormError } from "../components/field";
import { KIND_LABELS, formatDateTime, STAGE_LABELS, TRACK_LABELS } from "../format";
import { mailConfigured } from "../mail.server";
import { parseForm, parseParams, readForm } from "../validation";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: assessmentStyles }];
export const meta: MetaFunction = () => [{ title: "Assessment · Loopwright" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireManager(request);
  const { id } = parseParams(assessmentIdSchema, params);
  const assessment = await requireAssessment(user, id);
  const versions = await familyVersions(assessment);
  return {
    assessment: {
      id: assessment.id,
      title: assessment.title,
      description: assessment.description,
      track: assessment.track,
      durationMinutes: assessment.durationMinutes,
      reviewsRequired: assessment.reviewsRequired,
      version: assessment.version,
      status: assessment.status,
      publishedAt: assessment.publishedAt?.toISOString() ?? null,
      archived: assessment.archivedAt !== null,
    },
    questions: assessment.questions.map((q) => ({
      id: q.id,
      position: q.position,
      title: q.questionVersion.title,
      kind: q.questionVersion.kind,
      stage: q.questionVersion.stage,
      points: q.points,
    })),
    versions: versions.map((v) => ({ ...v, publishedAt: v.publishedAt?.toISOString() ?? null })),
    canInvite: versions.some((v) => v.status === "published") && assessment.archivedAt === null,
    invites: await familyInvites(assessment),
    mailConfigured: mailConfigured(),
  };
}

const intentSchema = z.object({
  intent: z.enum(["edit", "publish", "duplicate", "archive", "restore", "invite", "revoke", "resend", "accommodate"], { error: "Unknown action" }),
});
const inviteIdSchema = z.object({ invite: z.string({ error: "Pick an invite" }).min(1).max(64) });

type InviteResult = { ok: true; message: string; links?: IssuedLink[]; list?: { invalid: string[]; duplicates: string[] } };

/** The uploaded CSV's text, or a message when it is too large to read. */
async function readCsv(form: FormData): Promise<{ text: string } | { error: string }> {
  const file = form.get("csv");
  if (!file || typeof file === "string" || file.size === 0) return { text: "" };
  if (file.size > MAX_CSV_BYTES) return { error: `The CSV is too large: at most ${MAX_CSV_BYTES / 1024} KB.` };
  return { text: await file.text() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireManager(request);
  const { id } = parseParams(assessmentIdSchema, params);
  // ownership first: a stranger's post is a 404 whatever it holds
  const assessment = await requireAssessment(user, id);
  const form = await readForm(request);
  const intent = parseForm(intentSchema, form);
  if (!intent.ok) return badRequest(intent.errors, "Unknown action.");
  const origin = new URL(request.url).origin;
  try {
    switch (intent.data.intent) {
      case "edit": {
        const draft = await editableVersion(user, id);
        throw redirect(`/assessments/${draft.id}/edit`);
      }
      case "publish":
        await publish(user, id);
        return { ok: true as const, message: `Version ${assessment.version} is published: you can invite candidates now.` };
      case "duplicate": {
        const copy = await duplicate(user, id);
        throw redirect(`/assessments/${copy.id}/edit`);
      }
      case "archive":
      case "restore":
        await setArchived(user, id, intent.data.intent === "archive");
        return { ok: true as const, message: intent.data.intent === "archive" ? "Archived: its links no longer open." : "Restored." };
      case "invite": {
        const days = expiryDaysSchema.safeParse(form.get("expiryDays") || undefined);
        if (!days.success) return badRequest({ expiryDays: days.error.issues[0].message });
        const csv = await readCsv(form);
        if ("error" in csv) return badRequest({ addresses: csv.error }, csv.error);
        const list = combinedInviteList(String(form.get("addresses") ?? ""), csv.text, await invitedEmails(assessment));
        if (list.error) return badRequest({ addresses: list.error }, list.error);
        if (list.valid.length === 0) {
          const message = "No new valid address to invite.";
          return data({ ok: false as const, error: message, errors: { addresses: message }, list: { invalid: list.invalid, duplicates: list.duplicates } }, { status: 400 });
        }
        const { links } = await createInvites(user, id, list, { expiryDays: days.data, origin });
        const mailed = links.filter((l) => l.mailed).length;
        return {
          ok: true as const,
          message: `${links.length} invited${mailed ? `, ${mailed} mailed` : ""}.`,
          links,
          list: { invalid: list.invalid, duplicates: list.duplicates },
        } satisfies InviteResult;
      }
      case "revoke":
      case "resend":
      case "accommodate": {
        const target = parseForm(inviteIdSchema, form);
        if (!target.ok) return badRequest(target.errors);
        if (intent.data.intent === "revoke") {
          await revokeInvite(user, id, target.data.invite);
          return { ok: true as const, message: "Invite revoked: its link no longer works." };
        }
        if (intent.data.intent === "resend") {
          const { links } = await resendInvite(user, id, target.data.invite, { origin });
          return { ok: true as const, message: "A new link was issued; the old one no longer works.", links } satisfies InviteResult;
        }
        const parsed = parseForm(accommodationSchema, form);
        if (!parsed.ok) return badRequest(Object.fromEntries(Object.entries(parsed.errors).map(([k, v]) => [`${k}.${target.data.invite}`, v])));
        await setAccommodation(user, id, target.data.invite, parsed.data);
        return { ok: true as const, message: "Accommodation saved." };
      }
    }
  } catch (error) {
    return assessmentErrorResponse(error);
  }
}

const STATUS_LABELS: Record<string, string> = {
  sent: "Sent",
  opened: "Opened",
  started: "Started",
  submitted: "Submitted",
  expired: "Expired",
  revoked: "Revoked",
};

function IssuedLinks({ links }: { links: IssuedLink[] }) {
  const unsent = links.filter((l) => !l.mailed);
  return (
    <div className="panel issued-links" role="status">
      <h3>Invite links</h3>
      {unsent.length ? (
        <p>
          {unsent.length === links.length ? "These links were not mailed" : "Some mail failed"}: copy each link to its candidate now. It is shown only this
          once (only a hash of it is kept).
        </p>
      ) : (
        <p>Every invite was mailed.</p>
      )}
      <ul>
        {links.map((l) => (
          <li key={l.email}>
            <strong>{l.email}</strong> — {l.mailed ? "mailed" : "mail failed, copy the link"}
            {!l.mailed ? (
              <>
                : <code className="invite-link">{l.link}</code>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

export default function AssessmentPage() {
  const { assessment, questions, versions, canInvite, invites, mailConfigured } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const busy = useNavigation().state !== "idle";
  const errors: Record<string, string> = result && !result.ok ? (result.errors ?? {}) : {};
  const links = result && result.ok && "links" in result ? result.links : undefined;
  const list = result && "list" in result ? result.list : undefined;
  const totalPoints = questions.reduce((s, q) => s + q.points, 0);
  return (
    <section className="assessment-page">
      <div className="page-head">
        <h1>{assessment.title}</h1>
        <Link to={`/assessments/${assessment.id}/results`} className="button secondary">
          Results
        </Link>
      </div>
      <p className="muted">
        Version {assessment.version} · {assessment.status === "published" ? `published ${formatDateTime(assessment.publishedAt!)}` : "draft"}
        {assessment.archived ? " · archived" : ""} · {TRACK_LABELS[assessment.track]} track · {assessment.durationMinutes} min ·{" "}
        {assessment.reviewsRequired} reviewer{assessment.reviewsRequired === 1 ? "" : "s"} per design or behavioural answer
      </p>
      {params.get("published") && !result ? (
        <p className="notice" role="status">
          Version {assessment.version} is published: you can invite candidates now.
        </p>
      ) : null}
      {result?.ok ? (
        <p className="notice" role="status">
          {result.message}
        </p>
      ) : (
        <FormError error={result?.error} />
      )}

      <div className="assessment-actions">
        {assessment.status === "draft" ? (
          <>
            <Link to={`/assessments/${assessment.id}/edit`} className="button">
              Edit draft
            </Link>
            <Form method="post">
              <button type="submit" name="intent" value="publish" disabled={busy}>
                Publish
              </button>
            </Form>
          </>
        ) : (
          <Form method="post">
            <button type="submit" name="intent" value="edit" className="secondary" disabled={busy}>
              Edit (makes a new draft version)
            </button>
          </Form>
        )}
        <Form method="post">
          <button type="submit" name="intent" value="duplicate" className="secondary" disabled={busy}>
            Duplicate
          </button>
        </Form>
        <Form method="post">
          <button type="submit" name="intent" value={assessment.archived ? "restore" : "archive"} className="secondary" disabled={busy}>
            {assessment.archived ? "Restore" : "Archive"}
          </button>
        </Form>
      </div>

      {versions.length > 1 ? (
        <p className="muted">
          Versions:{" "}
          {versions.map((v, i) => (
            <span key={v.id}>
              {i ? ", " : ""}
              {v.id === assessment.id ? (
                <strong>v{v.version}</strong>
              ) : (
                <Link to={`/assessments/${v.id}`}>v{v.version}</Link>
              )}{" "}
              ({v.status})
            </span>
          ))}
        </p>
      ) : null}

      <section className="panel" aria-labelledby="q-heading">
        <h2 id="q-heading">
          Questions <span className="muted">({questions.length}, {totalPoints} points)</span>
        </h2>
        {questions.length === 0 ? (
          <p className="muted">No questions yet.</p>
        ) : (
          <ol className="assessment-questions">
            {questions.map((q) => (
              <li key={q.id}>
                {q.title} <span className="muted">— {STAGE_LABELS[q.stage]}, {KIND_LABELS[q.kind]}, {q.points} points</span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="panel" aria-labelledby="invite-heading">
        <h2 id="invite-heading">Invite candidates</h2>
        {!canInvite ? (
          <p className="muted">{assessment.archived ? "Archived assessments take no new invites." : "Publish the assessment to invite candidates."}</p>
        ) : (
          <Form method="post" encType="multipart/form-data" noValidate className="invite-form">
            <p className="muted">
              Invites go to the newest published version. {mailConfigured ? "Each address gets a mail with its link." : "Mail is not set up (SMTP_URL): you will copy each link yourself."}
            </p>
            <div className={`field${errors.addresses ? " has-error" : ""}`}>
              <label htmlFor="addresses">Email addresses (one per line or separated by commas)</label>
              <textarea
                id="addresses"
                name="addresses"
                rows={4}
                aria-invalid={errors.addresses ? true : undefined}
                aria-describedby={errors.addresses ? "addresses-error" : undefined}
              />
              {errors.addresses ? (
                <p className="field-error" id="addresses-error" role="alert">
                  {errors.addresses}
                </p>
              ) : null}
            </div>
            <div className="field">
              <label htmlFor="csv">Or upload a CSV with an “email” column (and optionally “name”)</label>
              <input id="csv" name="csv" type="file" accept=".csv,text/csv" />
              <p className="hint">
                At most {MAX_INVITES_PER_UPLOAD} addresses and {MAX_CSV_BYTES / 1024} KB at a time.
              </p>
            </div>
            <div className={`field${errors.expiryDays ? " has-error" : ""}`}>
              <label htmlFor="expiryDays">Link valid for (days)</label>
              <input id="expiryDays" name="expiryDays" type="number" min={1} max={EXPIRY_DAYS_MAX} defaultValue={EXPIRY_DAYS_DEFAULT} />
              {errors.expiryDays ? <p className="field-error" role="alert">{errors.expiryDays}</p> : null}
            </div>
            <button type="submit" name="intent" value="invite" disabled={busy}>
              Send invites
            </button>
          </Form>
        )}
        {list && (list.invalid.length || list.duplicates.length) ? (
          <div className="form-error" role="alert">
            {list.invalid.length ? <p>Not valid addresses, not invited: {list.invalid.join(", ")}</p> : null}
            {list.duplicates.length ? <p>Listed twice or invited already, invited once: {list.duplicates.join(", ")}</p> : null}
          </div>
        ) : null}
        {links?.length ? <IssuedLinks links={links} /> : null}
      </section>

      <section className="panel" aria-labelledby="invites-heading">
        <h2 id="invites-heading">Invites ({invites.length})</h2>
        {invites.length === 0 ? (
          <p className="muted">Nobody is invited yet.</p>
        ) : (
          <table className="invites">
            <thead>
              <tr>
                <th>Candidate</th>
                <th>Status</th>
                <th>Version</th>
                <th>Expires</th>
                <th>Time</th>
                <th>Actions</th>
              </tr>
            </thead>
            <tbody>
              {invites.map((inv) => {
                const notStarted = inv.status !== "started" && inv.status !== "submitted";
                const multError = errors[`timeMultiplier.${inv.id}`] ?? errors[`extraMinutes.${inv.id}`];
                return (
                  <tr key={inv.id} data-email={inv.email}>
                    <td>
                      {inv.email}
                      {inv.name ? <small className="muted"> ({inv.name})</small> : null}
                    </td>
                    <td>
                      <span className={`status status-${inv.status}`}>{STATUS_LABELS[inv.status]}</span>
                      {inv.status === "sent" && !inv.sentAt ? <small className="muted"> (link not mailed)</small> : null}
                    </td>
                    <td>v{inv.version}</td>
                    <td>{formatDateTime(inv.expiresAt)}</td>
                    <td>
                      {notStarted ? (
                        <Form method="post" className="accommodation" aria-label={`Extra time for ${inv.email}`}>
                          <input type="hidden" name="invite" value={inv.id} />
                          <label htmlFor={`mult-${inv.id}`}>Time ×</label>
                          <select id={`mult-${inv.id}`} name="timeMultiplier" defaultValue={String(inv.timeMultiplier)}>
                            {TIME_MULTIPLIERS.map((m) => (
                              <option key={m} value={m}>
                                {m}×
                              </option>
                            ))}
                          </select>
                          <label htmlFor={`extra-${inv.id}`}>+ minutes</label>
                          <input id={`extra-${inv.id}`} name="extraMinutes" type="number" min={0} max={480} defaultValue={inv.extraMinutes} className="points-input" />
                          <button type="submit" name="intent" value="accommodate" className="secondary small" disabled={busy}>
                            Save
                          </button>
                          <span className="muted">{Math.round(inv.minutes * 10) / 10} min</span>
                          {multError ? <p className="field-error" role="alert">{multError}</p> : null}
                        </Form>
                      ) : (
                        <span>{Math.round(inv.minutes * 10) / 10} min</span>
                      )}
                    </td>
                    <td>
                      {notStarted ? (
                        <div className="row-actions">
                          <Form method="post">
                            <input type="hidden" name="invite" value={inv.id} />
                            <button type="submit" name="intent" value="resend" className="secondary small" disabled={busy || assessment.archived} aria-label={`Resend to ${inv.email}`}>
                              Resend
                            </button>
                          </Form>
                          {inv.status !== "revoked" ? (
                            <Form method="post">
                              <input type="hidden" name="invite" value={inv.id} />
                              <button type="submit" name="intent" value="revoke" className="secondary small" disabled={busy} aria-label={`Revoke ${inv.email}`}>
                                Revoke
                              </button>
                            </Form>
                          ) : null}
                        </div>
                      ) : inv.startedAt ? (
                        <span className="muted">started {formatDateTime(inv.startedAt)}</span>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </section>
  );
}
