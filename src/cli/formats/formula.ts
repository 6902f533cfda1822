/**
 * Bank text in a spreadsheet: a cell starting with `=`, `+`, `-` or `@` is what Excel, WPS and LibreOffice
 * run as a formula when the text is typed or imported (`=HYPERLINK(…)` sends data away, `@SUM(…)` runs).
 * The csv and xlsx reports write such text with a leading apostrophe — Excel's own mark for "this is
 * text" — so it shows as written and is never evaluated, even after a user edits the cell.
 */
const FORMULA_START = /^[=+\-@]/;

/** The text as a spreadsheet cell may safely hold it: unchanged, or prefixed with `'` when it would start a formula. */
export function defuse(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
