/** Time zones offered for scheduling; the browser's own is preselected by editor.js. */
export const SCHEDULE_TIME_ZONES = [
  'America/Los_Angeles', 'America/Denver', 'America/Phoenix', 'America/Chicago', 'America/New_York', 'America/Puerto_Rico',
  'Pacific/Honolulu', 'America/Anchorage', 'UTC',
] as const;

/** True when `tz` is an IANA time zone this runtime knows. */
export function isTimeZone(tz: string): boolean {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+){0,2}$/.test(tz)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Offset of `tz` from UTC at instant `at`, in milliseconds (e.g. -8 h for Los Angeles in winter). */
function offsetAt(at: number, tz: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(at / 1000) * 1000;
}

/**
 * The instant a wall-clock date and time (`YYYY-MM-DD`, `HH:MM`) in time zone `tz` names, or null
 * when any part is invalid. A time skipped by a daylight-saving change resolves to the instant an
 * hour later; a repeated one to its first occurrence.
 */
export function wallTimeToInstant(date: string, time: string, tz: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{2}):(\d{2})$/.exec(time.trim());
  if (!d || !t || !isTimeZone(tz)) return null;
  const [y, mo, da, h, mi] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  if (mo < 1 || mo > 12 || da < 1 || da > 31 || h > 23 || mi > 59) return null;
  const asUtc = Date.UTC(y, mo - 1, da, h, mi);
  if (new Date(asUtc).getUTCDate() !== da) return null;
  // The zone's offsets a day either side; around a daylight-saving change they differ.
  const candidates = [...new Set([asUtc - offsetAt(asUtc - 86_400_000, tz), asUtc - offsetAt(asUtc + 86_400_000, tz)])];
  const exact = candidates.filter((c) => c + offsetAt(c, tz) === asUtc);
  return new Date(exact.length ? Math.min(...exact) : Math.max(...candidates));
}
