const MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
/** `Sun Nov  6 08:49:37 1994` (obsolete asctime, always GMT), rewritten into the order of the other two forms. */
const ASCTIME = /^(\w+)\s+(\w+)\s+(\d+)\s+(\S+)\s+(\d+)$/;
/**
 * `Sun, 06 Nov 1994 08:49:37 GMT` (IMF-fixdate, the one senders must use) and `Sunday, 06-Nov-94 08:49:37 GMT`
 * (obsolete RFC 850): day, month, year, hours, minutes, seconds.
 */
const HTTP_DATE =
  /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,\s*(\d\d?)[\s-]+([a-z]{3})[\s-]+(\d\d|\d{4})\s+(\d\d):(\d\d):(\d\d)\s+GMT$/i;

/**
 * Parses a `Retry-After` header value: delta-seconds (`"120"`, fractions tolerated) or an HTTP-date in any of
 * its three forms. Returns the wait in whole milliseconds, or `undefined` for a missing, malformed, negative or
 * already-past value, so the caller falls back to its own backoff. Never throws, never returns `NaN` or a
 * negative number, whatever the input. Dates are parsed by hand (as GMT), because `Date.parse` of anything but
 * ISO 8601 differs between runtimes (and rolls 31 Feb over into March).
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const delta = /^\d+(\.\d+)?$/.test(text);
  // An unparsable date or an unusable `nowMs` gives NaN or an infinite wait, which the check turns away; a date
  // must lie in the future (a wait of 1 ms or more), delta-seconds may be 0.
  const wait = Math.ceil(delta ? Number(text) * 1000 : (parseHttpDate(text, nowMs) as number) - nowMs);
  return wait >= (delta ? 0 : 1) && wait < Infinity ? wait : undefined;
}

/**
 * The instant an HTTP-date names, in ms since the epoch, or `undefined` when `text` is not one. `nowMs` places the
 * two-digit years of the obsolete RFC 850 form.
 */
export function parseHttpDate(text: string, nowMs: number = Date.now()): number | undefined {
  const parts = HTTP_DATE.exec(text.replace(ASCTIME, "$1, $3 $2 $5 $4 GMT"));
  if (!parts) return undefined;
  const [, day, , year, hh, mm, ss] = parts.map(Number) as number[];
  const month = MONTHS.indexOf((parts[2] as string).toLowerCase());
  let fullYear = year as number;
  if ((parts[3] as string).length < 3) {
    // RFC 9110: a two-digit year that would be more than 50 years ahead is in the past century.
    const now = new Date(Number.isFinite(nowMs) ? nowMs : Date.now()).getUTCFullYear();
    fullYear += now - (now % 100);
    if (fullYear > now + 50) fullYear -= 100;
  }
  // Not a month name (its index is not a multiple of 3, or -1), or a time that does not exist.
  if (month % 3 || (hh as number) > 23 || (mm as number) > 59 || (ss as number) > 60) return undefined;
  // A leap second (:60) is read as :59; the wait it gives is off by a second at most.
  const at = Date.UTC(fullYear, month / 3, day, hh, mm, Math.min(ss as number, 59));
  // Reject dates that roll over (31 Feb) rather than guessing what the server meant.
  return new Date(at).getUTCDate() === day ? at : undefined;
}
