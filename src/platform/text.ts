/**
 * Cleaning of short text people type (titles, names, summaries) before it is stored. Invisible
 * characters there serve no reader and are how misleading text hides: C0/C1 control characters
 * (U+0000 apart: it is refused, see db/refuse-nul.ts),
 * and the bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069)
 * that make "Report\u202Efdp.exe" display as "Reportexe.pdf". Letters of every script, and the
 * plain left-to-right and right-to-left marks (U+200E, U+200F) that right-to-left text needs, stay.
 */

const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
// U+0000 is left for the check that refuses it with a message (db/refuse-nul.ts): it is never
// typed, only sent on purpose.
const CONTROLS_BUT_LINES = /[\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const LINE_BREAKS = /[\t\r\n\u2028\u2029]+/g;

/** Removes the bidirectional override, embedding and isolate controls. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** A one-line value (a title, a name): controls and bidi controls removed, line breaks and tabs as spaces. */
export function cleanLine(text: string): string {
  return stripBidiControls(text.replace(LINE_BREAKS, ' ').replace(CONTROLS_BUT_LINES, ''));
}

/** A multi-line value (a summary): controls and bidi controls removed, line breaks and tabs kept. */
export function cleanText(text: string): string {
  return stripBidiControls(text.replace(CONTROLS_BUT_LINES, ''));
}

/** For zod preprocessing: cleans strings with `clean`, leaves anything else for the schema to refuse. */
export function cleaned(clean: (text: string) => string) {
  return (value: unknown) => (typeof value === 'string' ? clean(value) : value);
}
