import { isCalendarDate } from "../dates.js";

/** Seconds in a day. */
export const DAY = 86_400;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (UTC); `undefined` when it is not a real date. */
export function dayNumber(date: string): number | undefined {
  return isCalendarDate(date) ? Math.floor(Date.parse(`${date}T00:00:00Z`) / 1000 / DAY) : undefined;
}

const dates = new Map<number, string>();

/** The `YYYY-MM-DD` date of a day number (memoised: a page of rows shares a handful of days). */
export function dateOf(day: number): string {
  let date = dates.get(day);
  if (date === undefined) {
    date = new Date(day * DAY * 1000).toISOString().slice(0, 10);
    if (dates.size < 100_000) dates.set(day, date);
  }
  return date;
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** RFC 3339 UTC timestamp, whole seconds: `2026-06-03T09:58:41Z`. Built by hand: it runs once per row served. */
export function timestamp(seconds: number): string {
  const day = Math.floor(seconds / DAY);
  const rest = seconds - day * DAY;
  return `${dateOf(day)}T${two(Math.floor(rest / 3600))}:${two(Math.floor((rest % 3600) / 60))}:${two(rest % 60)}Z`;
}
