import { isCalendarDate } from "../dates.js";

/** Seconds in a day. */
export const DAY = 86_400;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (UTC); `undefined` when it is not a real date. */
export function dayNumber(date: string): number | undefined {
  return isCalendarDate(date) ? Math.floor(Date.parse(`${date}T00:00:00Z`) / 1000 / DAY) : undefined;
}

/** The `YYYY-MM-DD` date of a day number. */
export function dateOf(day: number): string {
  return new Date(day * DAY * 1000).toISOString().slice(0, 10);
}

/** RFC 3339 UTC timestamp, whole seconds: `2026-06-03T09:58:41Z`. */
export function timestamp(seconds: number): string {
  return `${new Date(seconds * 1000).toISOString().slice(0, 19)}Z`;
}
