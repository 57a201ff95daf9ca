const time = (iso: string) => new Date(iso).toLocaleTimeString("en-GB");

export function SaveStatus({ state, error, savedAt, recovered }: { state: string; error?: string; savedAt?: string | null; recovered?: boolean }) {
  const text =
    state === "saving"
      ? "Saving…"
      : state === "offline"
        ? `Offline — retrying. ${error ?? ""} Your draft stays here and is saved when the server answers.`
        : state === "error"
          ? (error ?? "Not saved")
          : state === "unsaved"
            ? "Unsaved changes"
            : savedAt
              ? recovered
                ? `Back online — saved ${time(savedAt)}`
                : `Draft saved ${time(savedAt)}`
              : "";
  return (
    <span className={`save-status ${state}`} role="status" aria-live="polite" data-state={state}>
      {text}
    </span>
  );
}
