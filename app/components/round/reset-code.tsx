import { useState } from "react";

/** "Reset to starter code", asked twice: the current code is lost. */
export function ResetCode({ onReset, language }: { onReset: () => void; language: string }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="secondary" onClick={() => setAsking(true)}>
        Reset to starter code
      </button>
    );
  }
  return (
    <span className="reset-confirm" role="group" aria-label="Reset to starter code">
      <span>Replace your {language} code with the starter code? Your changes are lost.</span>
      <button
        type="button"
        className="danger"
        onClick={() => {
          onReset();
          setAsking(false);
        }}
      >
        Yes, reset
      </button>
      <button type="button" className="secondary" onClick={() => setAsking(false)} autoFocus>
        Keep my code
      </button>
    </span>
  );
}
