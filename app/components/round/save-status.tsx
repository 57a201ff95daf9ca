export function SaveStatus({ state, error, savedAt }: { state: string; error?: string; savedAt?: string | null }) {
  const text =
    state === "saving"
      ? "Saving…"
      : state === "error"
        ? (error ?? "Not saved")
        : state === "unsaved"
          ? "Unsaved changes"
          : savedAt
            ? `Draft saved ${new Date(savedAt).toLocaleTimeString("en-GB")}`
            : "";
  return (
    <span className={`save-status ${state}`} role="status" aria-live="polite" data-state={state}>
      {text}
    </span>
  );
}
