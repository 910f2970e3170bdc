/**
 * Words that stand where an app name could, but whose neighbours say they name none: "…, rego's about to open" (the
 * subject of a remark, "X is …"; "worker's logs" is an app's), "the laggy one" (which one, said by how it behaves).
 * Registered apps and near misses of them are never excluded here (the caller checks).
 */
const SUBJECT_OF_REMARK =
  /^'s\s+(?:about|gonna|going|getting|been|not|still|nearly|almost|just|open|closed|closing|opening|coming|ready|done|over|busy|slammed|cooked|stuffed|flat|back|up|down|on\s+fire)(?![a-z])/;
const WHICH_ONE_BEFORE = /(?<![a-z])the\s$/;
const WHICH_ONE_AFTER = /^\s+one(?![a-z])/;

/** `before` and `after`: the reader's text around the word. */
export function describedNotNamed(before: string, after: string): boolean {
  return SUBJECT_OF_REMARK.test(after) || (WHICH_ONE_BEFORE.test(before) && WHICH_ONE_AFTER.test(after));
}
