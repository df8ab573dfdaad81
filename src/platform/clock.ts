/** The time source; tests and the scheduler inject their own instead of sleeping. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** `YYYY-MM-DD` of an instant, in UTC. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}
