import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import {
  Form,
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { getUser } from "./auth/auth.server";
import { useNonce } from "./nonce";
import { ROLE_HOMES, ROLE_LABELS, ROLES } from "./auth/roles";
import styles from "./styles/app.css";
import roundStyles from "./styles/rounds.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "stylesheet", href: roundStyles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  return { user: user && { name: user.name, email: user.email, roles: user.roles } };
}

// Who is signed in changes only by logging in, signing up or out, which all move to another
// page. Staying on a page (a question tab, an autosave, a Run) reloads nothing here, so a
// server that is briefly down cannot turn a round in progress into an error screen.
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname === nextUrl.pathname ? false : defaultShouldRevalidate;

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const user = data?.user;
  const nonce = useNonce();
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <header className="topbar">
          <Link to={user ? "/" : "/"} className="brand">
            Loopwright
          </Link>
          {user ? (
            <nav aria-label="Main">
              {ROLES.filter((r) => user.roles.includes(r)).map((r) => (
                <NavLink key={r} to={ROLE_HOMES[r]}>
                  {r === "candidate" ? "Practice" : r === "hiring-manager" ? "Assessments" : r === "reviewer" ? "Grading" : "Users"}
                </NavLink>
              ))}
            </nav>
          ) : null}
          <div className="spacer" />
          {user ? (
            <div className="account">
              <span title={user.email}>
                {user.name} · {user.roles.map((r) => ROLE_LABELS[r]).join(", ")}
              </span>
              <Form method="post" action="/logout">
                <button type="submit" className="link-button">
                  Log out
                </button>
              </Form>
            </div>
          ) : (
            <div className="account">
              <Link to="/login">Log in</Link>
              <Link to="/signup" className="button small">
                Sign up
              </Link>
            </div>
          )}
        </header>
        <main>{children}</main>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error)) {
    const title =
      error.status === 403 ? "Not allowed" : error.status === 404 ? "Not found" : error.status === 429 ? "Slow down" : `Error ${error.status}`;
    return (
      <section className="panel narrow">
        <h1>{title}</h1>
        <p>{typeof error.data === "string" && error.data ? error.data : error.statusText}</p>
        <p>
          <Link to="/">Go to your home page</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="panel narrow">
      <h1>Something went wrong</h1>
      <p>We could not show this page. Your saved work is safe; try again in a moment.</p>
    </section>
  );
}
