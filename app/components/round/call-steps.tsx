import type { StepView } from "../../../sandbox/protocol";

// A stateful test as a list of calls on one object, up to the first that differs.

const json = (v: unknown) => {
  const text = JSON.stringify(v);
  return text === undefined ? "undefined" : text.length > 300 ? text.slice(0, 300) + "…" : text;
};

export function CallSteps({ steps }: { steps: StepView[] }) {
  return (
    <ol className="call-steps">
      {steps.map((s, i) => (
        <li key={i} className={s.ok ? "pass" : "fail"}>
          <code>{s.call}</code>
          {s.raises ? <span> — expected: {s.raises}</span> : "expected" in s ? <span> → expected <code>{json(s.expected)}</code></span> : null}
          {!s.ok ? (
            <span className="first-difference">
              {" "}
              — first difference:{" "}
              {s.error ? (
                <>
                  got <code>{s.error}</code>
                </>
              ) : (
                <>
                  got <code>{json(s.actual)}</code>
                </>
              )}
            </span>
          ) : s.error ? (
            <span> — {s.error}</span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
