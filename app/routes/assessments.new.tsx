import type { LinksFunction, ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import assessmentStyles from "../styles/assessments.css";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { TRACK_INFO, TRACKS } from "../../questions/taxonomy";
import { requireManager } from "../assessments/access.server";
import { createAssessment, createFromTemplate } from "../assessments/assessments.server";
import { detailsSchema } from "../assessments/forms";
import { assessmentErrorResponse, badRequest } from "../assessments/route-errors.server";
import { listTemplates } from "../assessments/templates";
import { hasPermission } from "../auth/auth.server";
import { AssessmentDetailsFields } from "../components/assessment-details";
import { FormError } from "../components/field";
import { notFound } from "../assessments/errors";
import { parseForm, readForm } from "../validation";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: assessmentStyles }];
export const meta: MetaFunction = () => [{ title: "New assessment · Loopwright" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireManager(request);
  if (!hasPermission(user, "create:assessment:own")) throw notFound();
  return { templates: listTemplates().map((t) => ({ id: t.id, track: t.track, title: t.title, description: t.description })) };
}

const intentSchema = z.object({ intent: z.enum(["template", "blank"], { error: "Unknown action" }) });
const templateSchema = z.object({ template: z.string({ error: "Pick a template" }).min(1, "Pick a template").max(80, "Pick one of the templates") });

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireManager(request);
  if (!hasPermission(user, "create:assessment:own")) throw notFound();
  const form = await readForm(request);
  const intent = parseForm(intentSchema, form);
  if (!intent.ok) return badRequest(intent.errors, "Unknown action.");
  try {
    if (intent.data.intent === "template") {
      const parsed = parseForm(templateSchema, form);
      if (!parsed.ok) return badRequest(parsed.errors);
      const created = await createFromTemplate(user, parsed.data.template);
      throw redirect(`/assessments/${created.id}/edit`);
    }
    const parsed = parseForm(detailsSchema, form);
    if (!parsed.ok) return badRequest(parsed.errors);
    const created = await createAssessment(user, parsed.data);
    throw redirect(`/assessments/${created.id}/edit`);
  } catch (error) {
    return assessmentErrorResponse(error);
  }
}

export default function NewAssessment() {
  const { templates } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = result?.errors ?? {};
  const busy = useNavigation().state !== "idle";
  return (
    <section>
      <h1>New assessment</h1>
      <div className="builder-columns">
        <Form method="post" className="panel" noValidate>
          <h2>Start from a template</h2>
          <p className="muted">Questions are picked from the bank for the stage and track; you can change everything after.</p>
          <div className={`field${errors.template ? " has-error" : ""}`}>
            <label htmlFor="template">Template</label>
            <select id="template" name="template" defaultValue="" aria-invalid={errors.template ? true : undefined}>
              <option value="" disabled>
                Choose a stage or a loop…
              </option>
              {TRACKS.map((track) => (
                <optgroup key={track} label={TRACK_INFO[track].label}>
                  {templates
                    .filter((t) => t.track === track)
                    .map((t) => (
                      <option key={t.id} value={t.id}>
                        {t.title}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
            {errors.template ? <p className="field-error" role="alert">{errors.template}</p> : null}
          </div>
          <button type="submit" name="intent" value="template" disabled={busy}>
            Create from template
          </button>
        </Form>
        <Form method="post" className="panel" noValidate>
          <h2>Or start blank</h2>
          <FormError error={result && !errors.template ? result.error : undefined} />
          <AssessmentDetailsFields errors={errors} />
          <button type="submit" name="intent" value="blank" disabled={busy}>
            Create draft
          </button>
        </Form>
      </div>
    </section>
  );
}
