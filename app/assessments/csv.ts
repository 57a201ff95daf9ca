import Papa from "papaparse";

export type CsvValue = string | number | null | undefined;

// papaparse's own escapeFormulae pattern (/^[=+\-@\t\r].*$/) has no "s" flag, so a
// value like "=HYPERLINK(…)\nx" slips through it: any value starting with one of the six
// characters is prefixed, whatever follows.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180 CSV (quoted where needed, CRLF line ends) with a UTF-8 byte order mark so
 * spreadsheet apps read accents right. A text cell that a spreadsheet would run as a
 * formula gets a leading apostrophe; numbers stay numbers.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return (
    "\uFEFF" +
    Papa.unparse(
      { fields: [...header], data: rows.map((r) => [...r]) },
      { escapeFormulae: FORMULA_START, newline: "\r\n", quotes: false },
    ) +
    "\r\n"
  );
}
