import type { MetaFunction } from "@remix-run/node";
import { Link, useLocation } from "@remix-run/react";

// Any address no other route matches. Matching it here (rather than nowhere) lets the root
// loader run, so the page keeps the signed-in navigation, and a 404 is a thrown Response,
// which the server does not log as an error with a stack trace.
export async function loader() {
  throw new Response("Not found", { status: 404 });
}

export async function action() {
  throw new Response("Not found", { status: 404 });
}

export const meta: MetaFunction = () => [{ title: "Page not found · Loopwright" }];

export function ErrorBoundary() {
  const { pathname } = useLocation();
  return (
    <section className="panel narrow">
      <h1>Page not found</h1>
      <p>
        There is no page at <code>{pathname.length > 120 ? pathname.slice(0, 120) + "…" : pathname}</code>. It may have
        moved, or the link may be mistyped.
      </p>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </section>
  );
}

export default function NotFound() {
  return null;
}
