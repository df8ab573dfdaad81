import { textError, type ErrorText } from '../../platform/errors.ts';

/** Extensions that make a file run, open as a page, or install something, refused anywhere in a name. */
const DANGEROUS = new Set([
  'exe', 'com', 'bat', 'cmd', 'scr', 'pif', 'msi', 'msp', 'dll', 'cpl', 'jar', 'js', 'mjs', 'jse', 'vbs', 'vbe', 'wsf', 'wsh',
  'ps1', 'psm1', 'sh', 'bash', 'zsh', 'csh', 'app', 'dmg', 'pkg', 'deb', 'rpm', 'apk', 'lnk', 'reg', 'hta', 'html', 'htm',
  'xhtml', 'svg', 'php', 'phtml', 'asp', 'aspx', 'jsp', 'py', 'pl', 'rb', 'cgi', 'iso', 'img', 'docm', 'xlsm', 'pptm',
]);

const MAX_NAME_LENGTH = 150;

/**
 * Longest name looked at. File systems allow 255 bytes; anything far longer is not a file's
 * real name, and every check below then runs on a bounded string.
 */
const MAX_ORIGINAL_LENGTH = 1_000;

/** Slashes, and the look-alikes NFKC leaves alone (division, fraction, big solidus). */
const SEPARATORS = /[/\\\u2215\u2044\u29F8\u29F9]/u;

/**
 * Letters of other alphabets that read as Latin ones in an extension (Cyrillic, Greek, Armenian
 * and a few Latin variants). Accents are stripped separately (NFD), so `éxé` reads as `exe` too.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', с: 'c', ԁ: 'd', е: 'e', ё: 'e', һ: 'h', і: 'i', ї: 'i', ј: 'j', к: 'k', ӏ: 'l', м: 'm', н: 'h', о: 'o',
  р: 'p', ԛ: 'q', ѕ: 's', т: 't', ս: 'u', ѵ: 'v', ԝ: 'w', х: 'x', у: 'y', α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k',
  ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ɡ: 'g', ı: 'i', ȷ: 'j', ℓ: 'l', օ: 'o', հ: 'h', ց: 'g', ո: 'n',
};

/** An inner segment that could be read as an extension: short, one word of letters and digits. */
const EXTENSION_LIKE = /^[\p{L}\p{N}]{1,10}$/u;

/** How an extension segment reads once look-alike letters and accents are folded to plain ASCII. */
function skeleton(segment: string): string {
  return [...segment.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')].map((ch) => LOOK_ALIKES[ch] ?? ch).join('');
}

function refuse(text: ErrorText): never {
  throw textError('bad_request', text, { field: 'file' });
}

/**
 * Checks an uploaded file's name and cleans it for display; names that try to mislead are
 * refused, each with a message saying why. The name is never used to store the file (storage
 * names are generated), only shown to readers, so:
 * - Unicode compatibility forms are folded (NFKC: fullwidth `ｘ．ｐｄｆ` becomes `x.pdf`);
 * - control characters (`\0`, bell, line breaks), invisible format characters (right-to-left
 *   overrides, zero-width spaces) and folder paths (`../../etc/passwd.pdf`, `C:\\x.pdf`) are
 *   refused rather than quietly removed: a cleaned name would no longer be the name the person
 *   chose, and these are how hostile names disguise themselves;
 * - the name must end in one of `extensions` written in plain ASCII (a Cyrillic `.рdf` is not
 *   `.pdf`), with no executable extension before it (`x.pdf.exe`, `x.exe.pdf`), including one
 *   spelt with look-alike letters (`x.ехе.pdf` in Cyrillic) or mixing alphabets in one word.
 * Ordinary names in any script (`Guía práctica.pdf`, `Отчёт v1.2.pdf`) are kept as they are.
 */
export function sanitizeUploadName(original: string, extensions: readonly string[]): string {
  if (original.length > MAX_ORIGINAL_LENGTH) refuse({ key: 'editorial.upload.name.long', params: { length: original.length, max: MAX_ORIGINAL_LENGTH } });
  let name = original.normalize('NFKC');
  // A readable form of a refused name, for the message: without the characters that were the problem.
  const shown = () => name.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '').replace(/\s+/gu, ' ').trim().slice(0, MAX_NAME_LENGTH);
  const example = `report${extensions[0] ? `.${extensions[0]}` : ''}`;
  if (/[\p{Cc}\p{Zl}\p{Zp}]/u.test(name)) refuse({ key: 'editorial.upload.name.control', params: { name: shown() } });
  if (/\p{Cf}/u.test(name)) refuse({ key: 'editorial.upload.name.invisible', params: { name: shown() } });
  if (SEPARATORS.test(name) || name.trim() === '..') refuse({ key: 'editorial.upload.name.path', params: { name: shown(), example } });
  name = trimTrailingDots(name.replace(/\s+/gu, ' ').trim());
  // A list of extensions reads the same in every language: ".jpg, .png".
  const wanted = extensions.map((e) => `.${e}`).join(', ');
  if (!name) refuse({ key: 'editorial.upload.name.none', params: { example } });
  const parts = name.split('.');
  if (parts.length < 2) refuse({ key: 'editorial.upload.name.ext', params: { name, wanted } });
  const ext = parts[parts.length - 1].toLowerCase();
  if (!extensions.includes(ext)) {
    if (parts.slice(0, -1).some((p) => extensions.includes(p.toLowerCase()))) {
      refuse({ key: 'editorial.upload.name.hidden', params: { name, ext, wanted } });
    }
    refuse({ key: 'editorial.upload.name.ext', params: { name, wanted } });
  }
  const inner = parts.slice(1, -1).map((p) => p.toLowerCase().trim());
  const risky = inner.find((p) => DANGEROUS.has(p));
  if (risky) refuse({ key: 'editorial.upload.name.risky', params: { name, ext: risky } });
  for (const segment of inner) {
    if (!EXTENSION_LIKE.test(segment) || /^[\x00-\x7f]*$/.test(segment)) continue;
    const folded = skeleton(segment);
    const mixed = /[a-z]/.test(segment) && /[^\x00-\x7f]/.test(segment);
    if (mixed || DANGEROUS.has(folded) || extensions.includes(folded)) {
      refuse({ key: 'editorial.upload.name.lookalike', params: { name, ext: segment } });
    }
  }
  const base = parts.slice(0, -1).join('.').replace(/^[.\s]+/, '').trim();
  if (!base) refuse({ key: 'editorial.upload.name.base', params: { name, wanted } });
  const keep = MAX_NAME_LENGTH - ext.length - 1;
  return `${[...base].slice(0, keep).join('').trim()}.${ext}`;
}

/**
 * The name without the dots and spaces it ends with. A loop, not `/[.\s]+$/`: that expression
 * retries from every dot of a long run that does not reach the end (`x…….pdf`), quadratic in it.
 */
function trimTrailingDots(name: string): string {
  let end = name.length;
  while (end > 0 && (name[end - 1] === '.' || /\s/u.test(name[end - 1]))) end--;
  return name.slice(0, end);
}

/** A title from a file name: `Know-your-rights_2024.pdf` → "Know your rights 2024". */
export function titleFromFilename(filename: string): string {
  return filename.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim() || filename;
}
