/**
 * The one check every redirect to a path taken from a request goes through (the `next` of the
 * login form, the language switch, the trailing-slash redirect): only a path on this site, as a
 * browser would resolve it against BASE_URL, is ever put in a Location header.
 */

/** Printable ASCII without space or backslash: anything else is how redirect tricks hide. */
const PLAIN = /^[\x21-\x5b\x5d-\x7e]+$/;
/** A path a browser would read as another host: `//host` or `/\host`. */
const NETWORK_PATH = /^\/[/\\]/;
/** Longer than any URL Haven itself builds. */
const MAX_LENGTH = 2000;

/**
 * The path (with its query) that `value` names on this site, or null when it is not plainly a
 * path of this site. Parsed with `URL` against `baseUrl`, so it stays on that origin however a
 * browser reads it:
 * - only printable ASCII is accepted: tabs and newlines (which browsers drop, turning `/\t/evil`
 *   into `//evil`), spaces, backslashes (read as `/`), Unicode slashes and every other character
 *   outside it are refused rather than cleaned;
 * - it must start with one `/` and resolve to the origin of `baseUrl` with no user name;
 * - neither the resolved path nor its percent-decoded form may start with `//` or `/\`
 *   (`/.//evil`, `/%2f/evil`, `/%5cevil`), so no later decoding or normalizing step can turn it
 *   into a link to another host.
 * The fragment is dropped.
 */
export function sameOriginPath(value: unknown, baseUrl: string): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return null;
  if (!PLAIN.test(value) || !value.startsWith('/') || NETWORK_PATH.test(value)) return null;
  let base: URL;
  let url: URL;
  try {
    base = new URL(baseUrl);
    url = new URL(value, base);
  } catch {
    return null;
  }
  if (url.origin !== base.origin || url.username || url.password) return null;
  const path = url.pathname + url.search;
  if (!path.startsWith('/') || NETWORK_PATH.test(path)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // eslint-disable-next-line no-control-regex
  if (NETWORK_PATH.test(decoded) || /[\u0000-\u001f\u007f]/.test(decoded)) return null;
  return path;
}
