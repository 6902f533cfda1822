/**
 * Bank text in a spreadsheet: a cell starting with `=`, `+`, `-` or `@` is what Excel, WPS and LibreOffice
 * run as a formula when the text is typed or imported (`=HYPERLINK(…)` sends data away, `@SUM(…)` runs).
 * The csv and xlsx reports write such text with a leading apostrophe — Excel's own mark for "this is
 * text" — so it shows as written and is never evaluated, even after a user edits the cell.
 */
// A cell starting with `=`, `+`, `-` or `@` (ASCII or full-width, as Chinese input methods type them), with a tab or
// carriage return (OWASP, "CSV Injection"), or with any of those after leading white space, which some spreadsheets skip.
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

/** The text as a spreadsheet cell may safely hold it: unchanged, or prefixed with `'` when it would start a formula. */
export function defuse(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
