// @ts-check
/**
 * What may ship in a tarball: the manifest, README, CHANGELOG, LICENSE and the built JavaScript and declarations.
 * Anything else (tests, sources, source maps, build caches, env files) is junk, and no file may carry a credential.
 */

/** Paths allowed in a tarball; the first segment is the path inside the package. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^CHANGELOG\.md$/,
  /^LICENSE(\.md|\.txt)?$/,
  /^dist\/(?:[\w.-]+\/)*[\w.-]+\.(?:js|cjs|mjs|d\.ts|d\.cts|d\.mts)$/,
];

/** Paths that are never right, named so the failure says why rather than only "not allowed". */
const JUNK = [
  { pattern: /\.map$/, why: "source map" },
  { pattern: /(^|\/)(test|tests|__tests__|__mocks__|fixtures)\//, why: "test folder" },
  { pattern: /\.(test|spec|test-d)\.[cm]?[jt]sx?$/, why: "test file" },
  { pattern: /^src\//, why: "source file" },
  { pattern: /\.tsbuildinfo$|(^|\/)\.turbo\//, why: "build cache" },
  { pattern: /(^|\/)\.env(\.|$)|(^|\/)\.npmrc$/, why: "credentials file" },
  { pattern: /\.(tgz|log)$/, why: "stray artifact" },
];

/**
 * Shapes of real credentials. The documented placeholders (`tofz_sk_…`, `NET…`) are too short to match; the fakes'
 * keys are allowed only when they say what they are (`tofz_sk_test_…`, `tofz_sk_fake_…`, `NETfake…`).
 */
export const SECRET_PATTERNS = [
  { name: "TrackOfferz secret key", pattern: /tofz_sk_(?!(?:test|fake|example|demo)_)[A-Za-z0-9_]{8,}/ },
  {
    name: "HasOffers NetworkToken",
    pattern: /\bNET(?![Ff]ake|[Tt]est|[Ee]xample|[Dd]emo)[A-Za-z0-9]{20,}\b/,
  },
  {
    name: "presigned URL signature",
    pattern: /X-Amz-Signature=[0-9a-f]{16,}|[?&]Signature=[A-Za-z0-9%+/]{16,}/i,
  },
  { name: "AWS access key id", pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { name: "private key", pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
  { name: "npm token", pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { name: "GitHub token", pattern: /\bgh[pousr]_[A-Za-z0-9]{36}\b/ },
];

/**
 * Every problem with one packed package, as human-readable lines (empty when it may ship).
 * @param {Map<string, Buffer>} files the tarball's files by path inside the package
 * @returns {string[]}
 */
export function auditTarball(files) {
  const problems = [];
  for (const path of ["package.json", "README.md", "CHANGELOG.md"]) {
    if (!files.has(path)) problems.push(`${path} is missing`);
  }
  for (const [path, bytes] of files) {
    const junk = JUNK.find((j) => j.pattern.test(path));
    if (junk) problems.push(`${path}: ${junk.why} must not ship`);
    else if (!ALLOWED.some((a) => a.test(path))) problems.push(`${path}: not a file a package ships`);
    const text = bytes.toString("utf8");
    for (const secret of SECRET_PATTERNS) {
      const match = secret.pattern.exec(text);
      if (match) problems.push(`${path}: looks like a ${secret.name} (${match[0].slice(0, 12)}…)`);
    }
    if (/\/\/# sourceMappingURL=/.test(text))
      problems.push(`${path}: points at a source map that does not ship`);
  }
  return problems;
}

/**
 * Problems with the manifest that ends up on npm: unpublished protocols left in, missing fields users rely on.
 * @param {Record<string, any>} manifest the package.json inside the tarball
 * @returns {string[]}
 */
export function auditManifest(manifest) {
  const problems = [];
  for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
    for (const [dep, range] of Object.entries(manifest[field] ?? {})) {
      if (/^(workspace|link|file|portal|catalog):/.test(String(range)))
        problems.push(`${field}.${dep} is "${range}": only the workspace can resolve it`);
    }
  }
  for (const field of ["name", "version", "license", "exports", "types", "engines", "description"]) {
    if (manifest[field] === undefined) problems.push(`package.json has no "${field}"`);
  }
  if (manifest.sideEffects !== false) problems.push('package.json should say "sideEffects": false');
  return problems;
}
