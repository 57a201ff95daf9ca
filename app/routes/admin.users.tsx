import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { requirePermission } from "../auth/auth.server";
import { ROLE_LABELS, ROLES } from "../auth/roles";
import { listUsers, setRole, UserNotFound } from "../auth/users.server";
import { formatDateTime } from "../format";
import { parseForm, parseValues, readForm } from "../validation";

export const meta: MetaFunction = () => [{ title: "Users and roles · Loopwright" }];

const searchSchema = z.object({ q: z.string().max(200, "Search for at most 200 characters").optional() });

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "read:user:any");
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = parseValues(searchSchema, params);
  if (!parsed.ok) return { users: [], q: "", error: parsed.errors.q };
  return { users: await listUsers({ search: parsed.data.q }), q: parsed.data.q ?? "", error: undefined };
}

const roleChangeSchema = z.object({
  userId: z.string().min(1).max(100),
  role: z.enum(ROLES, { error: "Unknown role" }),
  intent: z.enum(["grant", "revoke"], { error: "Unknown action" }),
});

export async function action({ request }: ActionFunctionArgs) {
  await requirePermission(request, "update:user:any");
  const parsed = parseForm(roleChangeSchema, await readForm(request));
  if (!parsed.ok) return data({ ok: false, message: Object.values(parsed.errors)[0] }, { status: 400 });
  try {
    const result = await setRole({ userId: parsed.data.userId, role: parsed.data.role, granted: parsed.data.intent === "grant" });
    if (!result.ok) return data({ ok: false, message: result.message }, { status: 409 });
    const verb = parsed.data.intent === "grant" ? "is now" : "is no longer";
    return { ok: true, message: `${ROLE_LABELS[parsed.data.role]} role updated: the user ${verb} a ${ROLE_LABELS[parsed.data.role].toLowerCase()}.` };
  } catch (error) {
    if (error instanceof UserNotFound) return data({ ok: false, message: "That user no longer exists." }, { status: 404 });
    throw error;
  }
}

export default function AdminUsers() {
  const { users, q, error } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  return (
    <section>
      <h1>Users and roles</h1>
      <p className="muted">Candidates sign up themselves. Promote a user here to make them a hiring manager or a reviewer.</p>
      <p>
        Reviewing: <Link to="/reviews/agreement">reviewer agreement</Link> · <Link to="/reviews/admin">review settings and calibration</Link> ·{" "}
        <Link to="/reviews">grading queue</Link>
      </p>
      <Form method="get" className="inline-form">
        <label htmlFor="q" className="visually-hidden">
          Search users
        </label>
        <input id="q" name="q" type="search" placeholder="Search by name or email" defaultValue={q} maxLength={200} />
        <button type="submit" className="secondary">
          Search
        </button>
      </Form>
      {error ? <p className="form-error">{error}</p> : null}
      {result ? (
        <p className={result.ok ? "notice" : "form-error"} role="status">
          {result.message}
        </p>
      ) : null}
      {users.length === 0 ? (
        <p>No users match.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Name</th>
              <th>Email</th>
              <th>Joined</th>
              {ROLES.map((r) => (
                <th key={r}>{ROLE_LABELS[r]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {users.map((u) => {
              const roles = u.roles.map((r) => r.name);
              return (
                <tr key={u.id} data-email={u.email}>
                  <td>{u.name}</td>
                  <td>{u.email}</td>
                  <td>{formatDateTime(u.createdAt)}</td>
                  {ROLES.map((r) => {
                    const has = roles.includes(r);
                    return (
                      <td key={r}>
                        <Form method="post">
                          <input type="hidden" name="userId" value={u.id} />
                          <input type="hidden" name="role" value={r} />
                          <button
                            type="submit"
                            name="intent"
                            value={has ? "revoke" : "grant"}
                            className={has ? "chip on" : "chip"}
                            aria-pressed={has}
                            title={has ? `Remove the ${ROLE_LABELS[r].toLowerCase()} role` : undefined}
                            disabled={busy}
                          >
                            {has ? "✓ " + ROLE_LABELS[r] : "Make " + ROLE_LABELS[r].toLowerCase()}
                          </button>
                        </Form>
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
