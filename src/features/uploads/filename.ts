import { textError, type ErrorText } from '../../lib/errors.ts';

/** Extensions that make a file run, open as a page, or install something, refused anywhere in a name. */
const DANGEROUS = new Set([
  'exe', 'com', 'bat', 'cmd', 'scr', 'pif', 'msi', 'msp', 'dll', 'cpl', 'jar', 'js', 'mjs', 'jse', 'vbs', 'vbe', 'wsf', 'wsh',
  'ps1', 'psm1', 'sh', 'bash', 'zsh', 'csh', 'app', 'dmg', 'pkg', 'deb', 'rpm', 'apk', 'lnk', 'reg', 'hta', 'html', 'htm',
  'xhtml', 'svg', 'php', 'phtml', 'asp', 'aspx', 'jsp', 'py', 'pl', 'rb', 'cgi', 'iso', 'img', 'docm', 'xlsm', 'pptm',
]);

const MAX_NAME_LENGTH = 150;

function refuse(text: ErrorText): never {
  throw textError('bad_request', text, { field: 'file' });
}

/**
 * Cleans an uploaded file's name for display, and refuses names that try to mislead. The name is
 * never used to store the file (storage names are generated), only shown to readers, so:
 * Unicode compatibility forms are folded (NFKC: fullwidth `ｘ．ｐｄｆ` becomes `x.pdf`), path
 * components are dropped (`../../etc/passwd.pdf` → `passwd.pdf`), control and invisible
 * formatting characters (including right-to-left overrides) are removed, and the name must end
 * in one of `extensions` written in plain ASCII (a Cyrillic `.рdf` is not `.pdf`), with no
 * executable extension before it (`x.pdf.exe`, `x.exe.pdf`).
 */
export function sanitizeUploadName(original: string, extensions: readonly string[]): string {
  let name = original.normalize('NFKC');
  name = name.split(/[/\\]/).pop() ?? '';
  // Controls, format characters (bidi overrides, zero-width), line and paragraph separators.
  name = name.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '');
  name = name.replace(/\s+/gu, ' ').trim().replace(/[.\s]+$/, '');
  // A list of extensions reads the same in every language: ".jpg, .png".
  const wanted = extensions.map((e) => `.${e}`).join(', ');
  if (!name) refuse({ key: 'editorial.upload.name.none', params: { example: `report${extensions[0] ? `.${extensions[0]}` : ''}` } });
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
  const base = parts.slice(0, -1).join('.').replace(/^[.\s]+/, '').trim();
  if (!base) refuse({ key: 'editorial.upload.name.base', params: { name, wanted } });
  const keep = MAX_NAME_LENGTH - ext.length - 1;
  return `${[...base].slice(0, keep).join('').trim()}.${ext}`;
}

/** A title from a file name: `Know-your-rights_2024.pdf` → "Know your rights 2024". */
export function titleFromFilename(filename: string): string {
  return filename.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim() || filename;
}
