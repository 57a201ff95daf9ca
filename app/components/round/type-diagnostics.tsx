import type { Diagnostic } from "../code-editor";

/** TypeScript's type errors, as the editor marks them: reported, never part of the verdict. */
export function TypeDiagnostics({ diagnostics }: { diagnostics: Diagnostic[] | null }) {
  if (diagnostics === null) return null;
  const errors = diagnostics.filter((d) => d.severity === "error");
  return (
    <section className="type-diagnostics" aria-live="polite" data-testid="type-diagnostics">
      <h3>
        Type check: {errors.length === 0 ? "no type errors" : `${errors.length} type ${errors.length === 1 ? "error" : "errors"}`}
        <span className="muted small"> (shown for your information; runs and grades do not depend on it)</span>
      </h3>
      {diagnostics.length ? (
        <ul>
          {diagnostics.map((d, i) => (
            <li key={i} className={d.severity}>
              Line {d.line}, column {d.column}: {d.message}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
