/** What an assessment attempt records besides the answers, said plainly on the start page. */
export function RecordedSignals() {
  return (
    <ul className="recorded-signals" data-testid="recorded-signals">
      <li>Pastes into your answers: how many characters, into which question, and when.</li>
      <li>When this page loses focus or is hidden (another tab, window or app) and when you come back, so the time away can be shown.</li>
      <li>How each code and written answer changes over time (a snapshot every few seconds while you type), so it can be played back.</li>
      <li>Nothing is recorded before you press Start, and only the people who sent you this assessment can see it.</li>
    </ul>
  );
}
