import { inspect } from "node:util";

/** The spellings a secret can take in text: raw, URL-encoded (both hex cases), form-encoded, JSON-escaped. */
function spellings(secret: string): string[] {
  const encoded = encodeURIComponent(secret);
  const lowerHex = encoded.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase());
  const form = new URLSearchParams([["", secret]]).toString().slice(1);
  return [secret, encoded, lowerHex, form, JSON.stringify(secret).slice(1, -1)];
}

/** Every way a value is shown to a person or a log pipeline. */
function renderings(value: unknown): string[] {
  const out: string[] = [];
  const attempt = (render: () => unknown) => {
    try {
      const text = render();
      if (typeof text === "string") out.push(text);
    } catch {
      // A value that cannot be rendered one way cannot leak that way either.
    }
  };
  attempt(() => String(value));
  attempt(() => JSON.stringify(value));
  attempt(() => inspect(value, { depth: Number.POSITIVE_INFINITY }));
  // Past any custom inspect, with non-enumerable properties: what a debugger or a careless serialiser reaches.
  attempt(() =>
    inspect(value, {
      depth: Number.POSITIVE_INFINITY,
      showHidden: true,
      customInspect: false,
      getters: true,
    }),
  );
  if (value instanceof Error) {
    attempt(() => value.message);
    attempt(() => value.stack);
    const seen = new Set<unknown>([value]);
    for (let link: unknown = value.cause; link !== undefined && !seen.has(link); ) {
      seen.add(link);
      out.push(...renderings(link));
      link = link instanceof Error ? link.cause : undefined;
    }
    const errors = (value as { errors?: unknown }).errors;
    if (Array.isArray(errors)) for (const member of errors) out.push(...renderings(member));
  }
  return out;
}

/** A leak: where a secret showed up, and which spelling of which secret. */
export interface Leak {
  source: string;
  spelling: string;
}

/**
 * Scans everything a client lets out (errors, log lines, hook events, returned values, the client itself) for
 * canary secrets in any spelling. Counts what it scanned per source, for the summary table.
 */
export class LeakScanner {
  readonly leaks: Leak[] = [];
  readonly scanned = new Map<string, number>();
  #needles: string[] = [];

  /** Adds secrets to look for (and distinctive fragments of them, so a partial leak is caught too). */
  watch(...secrets: string[]): void {
    const all = new Set(this.#needles);
    for (const secret of secrets) for (const spelling of spellings(secret)) all.add(spelling);
    this.#needles = [...all];
  }

  get needles(): readonly string[] {
    return this.#needles;
  }

  /** Scans every rendering of `value`, counted under `source`. */
  scan(source: string, value: unknown): void {
    this.scanned.set(source, (this.scanned.get(source) ?? 0) + 1);
    for (const text of renderings(value)) {
      for (const needle of this.#needles) {
        if (text.includes(needle)) this.leaks.push({ source, spelling: needle });
      }
    }
  }
}
