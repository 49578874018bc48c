import { hasKind, OfferkitError, type OfferkitErrorOptions, sdkOf } from "./base.js";

/**
 * Creates the catch-all base class of one SDK (`TrackOfferzError`, `HasOffersError`): `instanceof` is true for
 * every offerkit error that SDK threw, whichever shared subclass it is (`RateLimitError`, `TimeoutError`…) and
 * whichever copy of this package built it. Errors built without `sdk` (or for another SDK) do not match.
 *
 * @example
 * export const TrackOfferzError = defineSdkError("TrackOfferzError", "trackofferz");
 * try { await client.reports.summary() } catch (e) { if (e instanceof TrackOfferzError) ... }
 */
export function defineSdkError(name: string, sdk: string): typeof OfferkitError {
  const SdkError = class extends OfferkitError {
    static override readonly kind: string = name;
    constructor(message: string, options: OfferkitErrorOptions = {}) {
      super(message, { ...options, sdk });
    }
    static override [Symbol.hasInstance](value: unknown): boolean {
      // Only the SDK base itself means "anything this SDK threw"; its subclasses are ordinary brands.
      // biome-ignore lint/complexity/noThisInStatic: `this` is the class on the right of `instanceof`, maybe a subclass.
      if (this !== SdkError) return hasKind(this, value);
      return sdkOf(value) === sdk;
    }
  };
  Object.defineProperty(SdkError, "name", { value: name });
  return SdkError;
}
