declare const __TRACKOFFERZ_VERSION__: string | undefined;

/** This package's version: inlined from package.json by the build (tsup `define`); `0.0.0-dev` when run from source. */
export const VERSION: string =
  typeof __TRACKOFFERZ_VERSION__ === "string" ? __TRACKOFFERZ_VERSION__ : "0.0.0-dev";

/**
 * The `User-Agent` every request sends. Product tokens may not contain `@` or `/`, so the npm name goes in the
 * comment: `offerkit-trackofferz/1.2.3 (@offerkit/trackofferz)`.
 */
export const USER_AGENT = `offerkit-trackofferz/${VERSION} (@offerkit/trackofferz)`;
