import { isoDate } from '../../platform/clock.ts';
import { daysBefore, RETENTION_DAYS } from './search-log.ts';

/** The Monday (`YYYY-MM-DD`, UTC) of the week a day falls in. */
export function mondayOf(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return daysBefore(day, weekday);
}

/** The Sunday ending the week that starts on `monday`. */
export function sundayAfter(monday: string): string {
  return daysBefore(monday, -6);
}

/** The weeks the report can show, newest first: every week that may still hold kept searches. */
export function reportWeeks(now: Date): string[] {
  const today = isoDate(now);
  const oldest = mondayOf(daysBefore(today, RETENTION_DAYS));
  const weeks: string[] = [];
  for (let monday = mondayOf(today); monday >= oldest; monday = daysBefore(monday, 7)) weeks.push(monday);
  return weeks;
}
