import { useFetcher } from "@remix-run/react";
import { useId, useState } from "react";
import type { CustomRun } from "../../runners/execute.server";

type Response = { ok: boolean; error?: string; unreachable?: boolean; custom?: CustomRun };

const json = (v: unknown) => {
  const text = JSON.stringify(v, null, 0);
  return text === undefined ? "undefined" : text.length > 2000 ? text.slice(0, 2000) + "…" : text;
};

/** Run the code on arguments the candidate types: the return value and the output, no verdict. */
export function CustomInput({
  actionUrl,
  questionId,
  entry,
  example,
  current,
}: {
  actionUrl: string;
  questionId: string;
  entry: string;
  example: unknown[] | undefined;
  current: () => { language: string; code: string };
}) {
  const id = useId();
  const [args, setArgs] = useState(() => (example ? JSON.stringify(example) : "[]"));
  const fetcher = useFetcher<Response>({ key: `custom-${questionId}` });
  const busy = fetcher.state !== "idle";
  const run = () => {
    const form = new FormData();
    form.set("intent", "run-custom");
    form.set("question", questionId);
    form.set("language", current().language);
    form.set("code", current().code);
    form.set("args", args);
    fetcher.submit(form, { method: "post", action: actionUrl });
  };
  const data = busy ? undefined : fetcher.data;
  const result = data?.ok ? data.custom : undefined;
  return (
    <details className="custom-input">
      <summary>Run on your own arguments</summary>
      <div className="field">
        <label htmlFor={`${id}-args`}>
          Arguments to <code>{entry}</code> as a JSON array, one item per parameter
        </label>
        <textarea id={`${id}-args`} className="code" rows={3} value={args} onChange={(e) => setArgs(e.target.value)} spellCheck={false} />
      </div>
      <button type="button" className="secondary" onClick={run} disabled={busy}>
        {busy ? "Running…" : "Run on these arguments"}
      </button>
      <div aria-live="polite" data-testid="custom-result">
        {data && !data.ok ? (
          <p className="form-error" role="alert">
            {data.error}
            {data.unreachable ? (
              <>
                {" "}
                <button type="button" className="secondary small" onClick={run}>
                  Retry
                </button>
              </>
            ) : null}
          </p>
        ) : null}
        {result ? (
          <div className="custom-result">
            {result.compileError ? (
              <pre className="error">{result.compileError.message}</pre>
            ) : result.status === "Returned" ? (
              <div>
                Returned: <code>{json(result.value)}</code>
              </div>
            ) : (
              <pre className="error">{result.error ?? result.status}</pre>
            )}
            {result.stdout ? (
              <>
                <div>Output:</div>
                <pre>{result.stdout}</pre>
              </>
            ) : null}
          </div>
        ) : null}
      </div>
    </details>
  );
}
