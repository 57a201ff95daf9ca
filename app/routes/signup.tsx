import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { AuthError, getUser, signup } from "../auth/auth.server";
import { EMAIL_MAX, NAME_MAX, PASSWORD_MAX, PASSWORD_MIN, safeRedirect, signupSchema } from "../auth/forms";
import { homeFor } from "../auth/roles";
import { createSessionCookie } from "../auth/session.server";
import { Field, FormError } from "../components/field";
import { parseForm, readForm } from "../validation";

export const meta: MetaFunction = () => [{ title: "Sign up · Loopwright" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (user) throw redirect(homeFor(user.roles));
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const parsed = parseForm(signupSchema, form);
  const values = { name: String(form.get("name") ?? "").slice(0, NAME_MAX), email: String(form.get("email") ?? "").slice(0, EMAIL_MAX) };
  if (!parsed.ok) return data({ errors: parsed.errors, values }, { status: 400 });
  try {
    const user = await signup({ ...parsed.data, client: context.clientAddress });
    // an invite link sends people here and expects them back
    const to = safeRedirect(String(form.get("redirectTo") ?? ""), homeFor(user.roles));
    throw redirect(to, { headers: { "Set-Cookie": await createSessionCookie(user.id) } });
  } catch (error) {
    if (error instanceof AuthError) return data({ errors: { [error.field]: error.message }, values }, { status: error.status });
    throw error;
  }
}

export default function Signup() {
  const result = useActionData<typeof action>();
  const errors: Record<string, string> = result?.errors ?? {};
  const busy = useNavigation().state === "submitting";
  const [params] = useSearchParams();
  const redirectTo = params.get("redirectTo") ?? "";
  return (
    <section className="panel narrow">
      <h1>Create your account</h1>
      <p className="muted">Practise timed interview rounds for AI/ML engineering roles and see where you stand per track.</p>
      <Form method="post" noValidate>
        <FormError error={errors.form} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <Field label="Name" name="name" autoComplete="name" maxLength={NAME_MAX} required defaultValue={result?.values.name} error={errors.name} />
        <Field label="Email" name="email" type="email" autoComplete="email" maxLength={EMAIL_MAX} required defaultValue={result?.values.email} error={errors.email} />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={PASSWORD_MIN}
          maxLength={PASSWORD_MAX}
          required
          hint={`At least ${PASSWORD_MIN} characters.`}
          error={errors.password}
        />
        <button type="submit" disabled={busy}>
          {busy ? "Creating account…" : "Sign up"}
        </button>
      </Form>
      <p className="muted">
        Already have an account? <Link to={redirectTo ? `/login?${new URLSearchParams({ redirectTo })}` : "/login"}>Log in</Link>
      </p>
    </section>
  );
}
