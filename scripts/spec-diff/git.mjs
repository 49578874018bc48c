/**
 * The few git reads the check needs. Everything goes through `git` itself so it works the same in
 * a fresh clone, a worktree and CI.
 */
import { execFileSync } from "node:child_process";

/**
 * Runs git and returns its stdout; throws with git's own message on failure.
 * @param {string} cwd
 * @param {string[]} args
 */
export function git(cwd, args) {
  try {
    return execFileSync("git", args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64e6,
    });
  } catch (error) {
    const stderr = /** @type {{ stderr?: string }} */ (error).stderr?.trim();
    throw new Error(`git ${args.join(" ")} failed${stderr ? `: ${stderr}` : ""}`, { cause: error });
  }
}

/**
 * Like {@link git} but returns undefined instead of throwing.
 * @param {string} cwd
 * @param {string[]} args
 */
function tryGit(cwd, args) {
  try {
    return git(cwd, args).trim();
  } catch {
    return undefined;
  }
}

/**
 * @typedef {object} BaseRevision
 * @property {string} ref what was asked for or found (`origin/main`, `main`, or `--base`)
 * @property {string} rev the commit compared against: the merge-base of HEAD and `ref`
 * @property {boolean} mergeBase whether `rev` is a merge-base (false: no common history, or no HEAD yet)
 */

/**
 * Picks the commit to compare against. The base branch is `explicit`, else `origin/main`, else `main`;
 * the comparison uses its merge-base with HEAD, like `git diff main...HEAD`, so commits that landed
 * on main after this branch forked are not mistaken for this branch's changes.
 * @param {string} cwd
 * @param {string | undefined} explicit
 * @returns {BaseRevision}
 */
export function resolveBase(cwd, explicit) {
  const candidates = explicit ? [explicit] : ["origin/main", "main"];
  for (const ref of candidates) {
    const sha = tryGit(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    if (!sha) continue;
    const mergeBase = tryGit(cwd, ["merge-base", "HEAD", sha]);
    return { ref, rev: mergeBase || sha, mergeBase: Boolean(mergeBase) };
  }
  throw new Error(
    explicit
      ? `--base ${explicit} is not a commit in this repository`
      : "no base branch: neither origin/main nor main exists (fetch it, or pass --base <rev>)",
  );
}

/**
 * Spec files present at `rev`, as repository-relative paths.
 * @param {string} cwd
 * @param {string} rev
 * @returns {string[]}
 */
export function listSpecsAt(cwd, rev) {
  return git(cwd, ["ls-tree", "--name-only", rev, "--", "specs/"])
    .split("\n")
    .filter((path) => /^specs\/[^/]+\.openapi\.yaml$/.test(path));
}

/**
 * The content of `path` at `rev` (`git show rev:path`).
 * @param {string} cwd
 * @param {string} rev
 * @param {string} path repository-relative
 */
export function showFile(cwd, rev, path) {
  return git(cwd, ["show", `${rev}:${path}`]);
}

/**
 * The repository root containing `cwd`.
 * @param {string} cwd
 */
export function repoRoot(cwd) {
  return git(cwd, ["rev-parse", "--show-toplevel"]).trim();
}
