// Text from other people's files (unit names, sheet names, file names) is echoed to a terminal:
// control characters and escape sequences in it could move the cursor, rewrite earlier lines,
// change the window title or hide text. They are removed before anything reaches the terminal;
// line breaks and tabs of our own output stay.

/**
 * ESC-introduced sequences (CSI "ESC [ … final", OSC "ESC ] … BEL/ST", two-character escapes),
 * the 8-bit CSI/OSC introducers, other C0/C1 controls and DEL, and the bidirectional overrides
 * that reorder what is shown (U+202A–U+202E, U+2066–U+2069).
 */
const UNSAFE =
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?|\x9b[0-?]*[ -/]*[@-~]|\x9d[^\x07\x9c]*[\x07\x9c]?|[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with control characters and escape sequences removed (newlines and tabs kept). */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, '');
}
