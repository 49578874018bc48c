import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, test } from "vitest";

const cli = fileURLToPath(new URL("../spec-diff/cli.mjs", import.meta.url));
const fixtures = fileURLToPath(new URL("./fixtures/spec-diff/", import.meta.url));

let repo: string;

/** Runs git in the temporary repository with a fixed identity, whatever the machine's config says. */
function git(...args: string[]) {
  const identity = ["-c", "user.name=spec-diff test", "-c", "user.email=test@example.invalid"];
  return execFileSync("git", [...identity, "-c", "commit.gpgsign=false", ...args], {
    cwd: repo,
    encoding: "utf8",
  });
}

/** Puts fixture `<name>.openapi.yaml` in place as `specs/<api>.openapi.yaml`. */
function useSpec(name: string, api = "demo") {
  copyFileSync(join(fixtures, `${name}.openapi.yaml`), join(repo, "specs", `${api}.openapi.yaml`));
}

function writePackage(folder: string, name: string, version: string) {
  mkdirSync(join(repo, "packages", folder), { recursive: true });
  writeFileSync(join(repo, "packages", folder, "package.json"), JSON.stringify({ name, version }));
}

function writeChangeset(file: string, releases: Record<string, string>) {
  const lines = Object.entries(releases).map(([name, type]) => `"${name}": ${type}`);
  writeFileSync(join(repo, ".changeset", file), `---\n${lines.join("\n")}\n---\n\nA change.\n`);
}

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: repo, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), "spec-diff-"));
  git("init", "-q", "-b", "main");
  mkdirSync(join(repo, "specs"));
  mkdirSync(join(repo, ".changeset"));
  writeFileSync(join(repo, ".changeset", "README.md"), "# Changesets\n\nNot a changeset.\n");
  writePackage("demo-core", "@offerkit/demo-core", "0.4.0");
  writePackage("demo", "@offerkit/demo", "0.4.0");
  useSpec("base");
  git("add", ".");
  git("commit", "-q", "-m", "base");
  git("checkout", "-q", "-b", "feature");
});

afterEach(() => {
  rmSync(repo, { recursive: true, force: true });
});

describe("spec-diff CLI in a git repository", () => {
  test("fails on a breaking change without changesets, listing the reason and the bumps needed", () => {
    useSpec("removed-operation");

    const { code, stdout } = run();

    expect(code).toBe(1);
    expect(stdout).toContain("comparing specs/*.openapi.yaml with main (merge-base ");
    expect(stdout).toContain(
      "specs/demo.openapi.yaml: breaking\n  breaking: removed operation GET /conversions\n",
    );
    expect(stdout).toContain("SHORT @offerkit/demo-core@0.4.0: needs minor, changesets give none");
    expect(stdout).toContain("SHORT @offerkit/demo@0.4.0: needs minor, changesets give none");
    expect(stdout).toContain("FAIL: 2 package(s) need a bigger changeset.");
  });

  test("still fails when the core is covered but the wrapper only gets a patch", () => {
    useSpec("removed-operation");
    git("commit", "-q", "-am", "drop GET /conversions");
    writeChangeset("drop-lookup.md", { "@offerkit/demo-core": "minor", "@offerkit/demo": "patch" });

    const { code, stdout } = run();

    expect(code).toBe(1);
    expect(stdout).toContain(
      "ok    @offerkit/demo-core@0.4.0: needs minor, changesets give minor (.changeset/drop-lookup.md)",
    );
    expect(stdout).toContain(
      "SHORT @offerkit/demo@0.4.0: needs minor, changesets give patch (.changeset/drop-lookup.md)",
    );
  });

  test("passes once the changesets bump both packages enough", () => {
    useSpec("removed-operation");
    writeChangeset("drop-lookup.md", { "@offerkit/demo-core": "minor", "@offerkit/demo": "minor" });

    const { code, stdout } = run();

    expect(code).toBe(0);
    expect(stdout).toContain("OK: pending changesets cover every spec change.");
  });

  test("--json prints the classification and the check as data", () => {
    useSpec("added-optional-param");

    const { code, stdout } = run("--json");
    const report = JSON.parse(stdout);

    expect(code).toBe(1);
    expect(report.ok).toBe(false);
    expect(report.base.ref).toBe("main");
    expect(report.specs).toEqual([
      expect.objectContaining({
        file: "specs/demo.openapi.yaml",
        api: "demo",
        status: "modified",
        level: "minor",
      }),
    ]);
    expect(report.packages.map((p: { name: string; required: string }) => [p.name, p.required])).toEqual([
      ["@offerkit/demo-core", "patch"],
      ["@offerkit/demo", "patch"],
    ]);
  });

  test("a spec that is not on the base branch counts as a minor change", () => {
    useSpec("base", "fresh");
    writePackage("fresh-core", "@offerkit/fresh-core", "0.1.0");
    writePackage("fresh", "@offerkit/fresh", "0.1.0");
    writeChangeset("fresh.md", { "@offerkit/fresh-core": "patch", "@offerkit/fresh": "patch" });

    const { code, stdout } = run();

    expect(code).toBe(0);
    expect(stdout).toContain(
      "specs/fresh.openapi.yaml: minor\n  minor: new spec specs/fresh.openapi.yaml (not on base)",
    );
  });

  test("compares against the merge-base, so later commits on main are not this branch's changes", () => {
    git("checkout", "-q", "main");
    useSpec("removed-path");
    git("commit", "-q", "-am", "main moves on");
    git("checkout", "-q", "feature");

    expect(run().code).toBe(0);
    expect(run("--base", "main").stdout).toContain("specs/demo.openapi.yaml: unchanged");
  });

  test("prefers origin/main over a local main", () => {
    git("update-ref", "refs/remotes/origin/main", "main");

    expect(run().stdout).toContain("comparing specs/*.openapi.yaml with origin/main (merge-base ");
  });

  test("--base picks another base revision", () => {
    useSpec("added-path");
    git("commit", "-q", "-am", "add breakdown");

    const { code, stdout } = run("--base", "HEAD");

    expect(code).toBe(0);
    expect(stdout).toContain("No spec changes need a release.");
  });

  test("exits 2 with a message when the base cannot be found", () => {
    expect(run("--base", "no-such-branch")).toMatchObject({
      code: 2,
      stderr: "spec-diff: --base no-such-branch is not a commit in this repository\n",
    });
    git("branch", "-q", "-m", "main", "trunk");
    expect(run().stderr).toContain("neither origin/main nor main exists");
  });

  test("--help prints the usage; an unknown option is a usage error", () => {
    expect(run("--help")).toMatchObject({
      code: 0,
      stdout: expect.stringContaining("usage: node scripts/spec-diff/cli.mjs"),
    });
    expect(run("--bogus")).toMatchObject({ code: 2, stderr: expect.stringContaining("--bogus") });
  });

  test("exits 2 when a changeset is malformed", () => {
    writeFileSync(join(repo, ".changeset", "broken.md"), '---\n"@offerkit/demo": huge\n---\n');

    expect(run()).toMatchObject({ code: 2, stderr: expect.stringContaining(".changeset/broken.md") });
  });
});
