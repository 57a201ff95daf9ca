import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import { AuthError, getUser, login } from "../auth/auth.server";
import { EMAIL_MAX, PASSWORD_MAX, loginSchema, safeRedirect } from "../auth/forms";
import { homeFor } from "../auth/roles";
import { createSessionCookie } from "../auth/session.server";
import { Field, FormError } from "../components/field";
import { parseForm, readForm } from "../validation";

export const meta: MetaFunction = () => [{ title: "Log in · Loopwright" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (user) throw redirect(homeFor(user.roles));
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const parsed = parseForm(loginSchema, form);
  const values = { email: String(form.get("email") ?? "").slice(0, EMAIL_MAX) };
  if (!parsed.ok) return data({ errors: parsed.errors, values }, { status: 400 });
  try {
    const user = await login({ ...parsed.data, client: context.clientAddress });
    const to = safeRedirect(parsed.data.redirectTo, homeFor(user.roles));
    throw redirect(to, { headers: { "Set-Cookie": await createSessionCookie(user.id) } });
  } catch (error) {
    if (error instanceof AuthError) return data({ errors: { [error.field]: error.message }, values }, { status: error.status });
    throw error;
  }
}

export default function Login() {
  const result = useActionData<typeof action>();
  const errors: Record<string, string> = result?.errors ?? {};
  const [params] = useSearchParams();
  const busy = useNavigation().state === "submitting";
  return (
    <section className="panel narrow">
      <h1>Log in</h1>
      <Form method="post" noValidate>
        <FormError error={errors.form} />
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
        <Field label="Email" name="email" type="email" autoComplete="email" maxLength={EMAIL_MAX} required defaultValue={result?.values.email} error={errors.email} />
        <Field label="Password" name="password" type="password" autoComplete="current-password" maxLength={PASSWORD_MAX} required error={errors.password} />
        <button type="submit" disabled={busy}>
          {busy ? "Logging in…" : "Log in"}
        </button>
      </Form>
      <p className="muted">
        New here? <Link to={params.get("redirectTo") ? `/signup?${new URLSearchParams({ redirectTo: params.get("redirectTo")! })}` : "/signup"}>Create an account</Link>
      </p>
    </section>
  );
}
