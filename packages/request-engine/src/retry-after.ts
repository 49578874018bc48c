const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DAY = "(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*";
const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)";
const TIME = "(\\d{2}):(\\d{2}):(\\d{2})";
/** `Sun, 06 Nov 1994 08:49:37 GMT` (IMF-fixdate, the one senders must use). */
const IMF = new RegExp(`^${DAY},\\s*(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\s+${TIME}\\s+GMT$`, "i");
/** `Sunday, 06-Nov-94 08:49:37 GMT` (obsolete RFC 850). */
const RFC850 = new RegExp(`^${DAY},\\s*(\\d{1,2})-${MONTH}-(\\d{2})\\s+${TIME}\\s+GMT$`, "i");
/** `Sun Nov  6 08:49:37 1994` (obsolete asctime, always GMT). */
const ASCTIME = new RegExp(`^${DAY}\\s+${MONTH}\\s+(\\d{1,2})\\s+${TIME}\\s+(\\d{4})$`, "i");
const DELTA_SECONDS = /^(\d+)(\.\d+)?$/;

/**
 * Parses a `Retry-After` header value: delta-seconds (`"120"`, fractions tolerated) or an HTTP-date in any of
 * its three forms. Returns the wait in whole milliseconds, or `undefined` for a missing, malformed, negative or
 * already-past value, so the caller falls back to its own backoff. Never throws, never returns `NaN` or a
 * negative number, whatever the input. Dates are parsed by hand (as GMT), because `Date.parse` of anything but
 * ISO 8601 differs between runtimes.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  const delta = DELTA_SECONDS.exec(text);
  if (delta) {
    const ms = Math.ceil(Number(text) * 1000);
    return Number.isFinite(ms) ? ms : undefined;
  }
  const at = parseHttpDate(text, nowMs);
  if (at === undefined || !Number.isFinite(nowMs)) return undefined;
  const wait = Math.ceil(at - nowMs);
  return wait > 0 ? wait : undefined;
}

/**
 * The instant an HTTP-date names, in ms since the epoch, or `undefined` when `text` is not one. `nowMs` places the
 * two-digit years of the obsolete RFC 850 form.
 */
export function parseHttpDate(text: string, nowMs: number = Date.now()): number | undefined {
  const parts = dateParts(text, nowMs);
  if (!parts) return undefined;
  const { day, month, year, hh, mm, ss } = parts;
  if (hh > 23 || mm > 59 || ss > 60 || day < 1 || day > 31) return undefined;
  // A leap second (:60) is read as :59; the wait it gives is off by a second at most.
  const at = Date.UTC(year, MONTHS.indexOf(month.toLowerCase()), day, hh, mm, Math.min(ss, 59));
  // Reject dates that roll over (31 Feb) rather than guessing what the server meant.
  return new Date(at).getUTCDate() === day ? at : undefined;
}

interface DateParts {
  day: number;
  month: string;
  year: number;
  hh: number;
  mm: number;
  ss: number;
}

function dateParts(text: string, nowMs: number): DateParts | undefined {
  const imf = IMF.exec(text);
  if (imf) {
    const [, day, month, year, hh, mm, ss] = imf as unknown as string[];
    return { day: +day!, month: month!, year: +year!, hh: +hh!, mm: +mm!, ss: +ss! };
  }
  const rfc850 = RFC850.exec(text);
  if (rfc850) {
    const [, day, month, yy, hh, mm, ss] = rfc850 as unknown as string[];
    // RFC 9110: a two-digit year that would be more than 50 years ahead is in the past century.
    const thisYear = new Date(Number.isFinite(nowMs) ? nowMs : Date.now()).getUTCFullYear();
    let year = Math.floor(thisYear / 100) * 100 + +yy!;
    if (year > thisYear + 50) year -= 100;
    return { day: +day!, month: month!, year, hh: +hh!, mm: +mm!, ss: +ss! };
  }
  const asctime = ASCTIME.exec(text);
  if (asctime) {
    const [, month, day, hh, mm, ss, year] = asctime as unknown as string[];
    return { day: +day!, month: month!, year: +year!, hh: +hh!, mm: +mm!, ss: +ss! };
  }
  return undefined;
}
