import { describe, expect, test } from "vitest";
import { checkChangesets, parseChangeset, requiredBumps } from "../spec-diff/index.mjs";

const preOne = { "@offerkit/trackofferz-core": "0.3.1", "@offerkit/trackofferz": "0.2.0" };
const stable = { "@offerkit/trackofferz-core": "1.4.0", "@offerkit/trackofferz": "2.0.0" };

type Bump = "major" | "minor" | "patch";

/** A changeset as parseChangeset returns it. */
function changeset(file: string, releases: Record<string, Bump>) {
  return { file, releases: Object.entries(releases).map(([name, type]) => ({ name, type })) };
}

/** Required bump per package name. */
function required(level: "breaking" | "minor" | "patch" | "none", versions: Record<string, string>) {
  return Object.fromEntries(requiredBumps("trackofferz", level, versions).map((r) => [r.name, r.required]));
}

describe("parseChangeset", () => {
  test("reads the package bumps from the front matter", () => {
    const text =
      "---\n\"@offerkit/trackofferz-core\": minor\n'@offerkit/trackofferz': patch\n---\n\nDrop clicks.\n";

    expect(parseChangeset(text, ".changeset/a.md")).toEqual({
      file: ".changeset/a.md",
      releases: [
        { name: "@offerkit/trackofferz-core", type: "minor" },
        { name: "@offerkit/trackofferz", type: "patch" },
      ],
    });
  });

  test("an empty changeset releases nothing", () => {
    expect(parseChangeset("---\n---\n", "e.md").releases).toEqual([]);
  });

  test("rejects a file without front matter and a bump that is not major, minor or patch", () => {
    expect(() => parseChangeset("just text\n", "x.md")).toThrow("x.md: no front matter");
    expect(() => parseChangeset('---\n"@offerkit/x": huge\n---\n', "y.md")).toThrow(
      'y.md: "@offerkit/x" has bump "huge"',
    );
  });
});

describe("requiredBumps", () => {
  test("before 1.0 a breaking spec change needs a minor bump of the core and of the wrapper", () => {
    expect(required("breaking", preOne)).toEqual({
      "@offerkit/trackofferz-core": "minor",
      "@offerkit/trackofferz": "minor",
    });
  });

  test("from 1.0 a breaking spec change needs a major bump of the core and of the wrapper", () => {
    expect(required("breaking", stable)).toEqual({
      "@offerkit/trackofferz-core": "major",
      "@offerkit/trackofferz": "major",
    });
  });

  test("an addition needs a patch before 1.0 and a minor from 1.0 for the core, a patch for the wrapper", () => {
    expect(required("minor", preOne)).toEqual({
      "@offerkit/trackofferz-core": "patch",
      "@offerkit/trackofferz": "patch",
    });
    expect(required("minor", stable)).toEqual({
      "@offerkit/trackofferz-core": "minor",
      "@offerkit/trackofferz": "patch",
    });
  });

  test("a documentation change needs a core patch and nothing for the wrapper, whose types do not change", () => {
    expect(required("patch", stable)).toEqual({
      "@offerkit/trackofferz-core": "patch",
      "@offerkit/trackofferz": "none",
    });
  });

  test("each package follows its own version: a 0.x wrapper over a 1.x core", () => {
    const mixed = { "@offerkit/trackofferz-core": "1.0.0", "@offerkit/trackofferz": "0.9.0" };

    expect(required("breaking", mixed)).toEqual({
      "@offerkit/trackofferz-core": "major",
      "@offerkit/trackofferz": "minor",
    });
  });
});

describe("checkChangesets", () => {
  const breaking = [{ api: "trackofferz", level: "breaking" as const }];

  test("fails when the core changeset is too small for a breaking change", () => {
    const result = checkChangesets({
      specs: breaking,
      versions: preOne,
      changesets: [
        changeset(".changeset/drop-clicks.md", {
          "@offerkit/trackofferz-core": "patch",
          "@offerkit/trackofferz": "minor",
        }),
      ],
    });

    expect(result.ok).toBe(false);
    expect(result.packages).toContainEqual(
      expect.objectContaining({
        name: "@offerkit/trackofferz-core",
        required: "minor",
        given: "patch",
        ok: false,
      }),
    );
  });

  test("fails when only the core is released and the wrapper is forgotten", () => {
    const result = checkChangesets({
      specs: [{ api: "trackofferz", level: "minor" }],
      versions: preOne,
      changesets: [changeset("a.md", { "@offerkit/trackofferz-core": "patch" })],
    });

    expect(result.ok).toBe(false);
    expect(result.packages.find((p) => p.name === "@offerkit/trackofferz")).toMatchObject({
      required: "patch",
      given: "none",
      givenBy: [],
      ok: false,
    });
  });

  test("passes when the changesets together bump enough, taking the strongest bump per package", () => {
    const result = checkChangesets({
      specs: breaking,
      versions: preOne,
      changesets: [
        changeset("a.md", { "@offerkit/trackofferz-core": "patch", "@offerkit/trackofferz": "minor" }),
        changeset("b.md", { "@offerkit/trackofferz-core": "minor" }),
      ],
    });

    expect(result.ok).toBe(true);
    expect(result.packages.find((p) => p.name === "@offerkit/trackofferz-core")).toMatchObject({
      given: "minor",
      givenBy: ["a.md", "b.md"],
    });
  });

  test("a breaking change can never ship as a patch, whatever the version", () => {
    for (const versions of [preOne, stable, {}]) {
      const result = checkChangesets({
        specs: breaking,
        versions,
        changesets: [
          changeset("a.md", { "@offerkit/trackofferz-core": "patch", "@offerkit/trackofferz": "patch" }),
        ],
      });

      expect(result.ok).toBe(false);
    }
  });

  test("a spec without changes needs no changeset", () => {
    expect(
      checkChangesets({ specs: [{ api: "trackofferz", level: "none" }], versions: preOne, changesets: [] }),
    ).toEqual({
      ok: true,
      packages: [],
      warnings: [],
    });
  });

  test("the strongest requirement wins when several specs affect the same package", () => {
    const result = checkChangesets({
      specs: [
        { api: "trackofferz", level: "patch" },
        { api: "trackofferz", level: "breaking" },
      ],
      versions: stable,
      changesets: [],
    });

    expect(result.packages.map((p) => [p.name, p.required])).toEqual([
      ["@offerkit/trackofferz-core", "major"],
      ["@offerkit/trackofferz", "major"],
    ]);
  });

  test("warns that a major on a 0.x package releases 1.0.0", () => {
    const result = checkChangesets({
      specs: breaking,
      versions: preOne,
      changesets: [
        changeset("a.md", { "@offerkit/trackofferz-core": "major", "@offerkit/trackofferz": "minor" }),
      ],
    });

    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual([
      'a.md: "major" on @offerkit/trackofferz-core@0.3.1 releases 1.0.0; before 1.0 a breaking change needs only "minor"',
    ]);
  });

  test("warns when an affected package is not in the workspace, and treats it as 0.x", () => {
    const result = checkChangesets({
      specs: [{ api: "newapi", level: "breaking" }],
      versions: {},
      changesets: [],
    });

    expect(result.packages.map((p) => p.required)).toEqual(["minor", "minor"]);
    expect(result.warnings).toContain(
      "@offerkit/newapi-core is not a workspace package (packages/*/package.json); assumed to be 0.x",
    );
  });
});
