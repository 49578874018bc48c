// @ts-check
/**
 * The TypeScript examples of the READMEs, so a test can type-check them against the built packages and the docs
 * cannot drift from the code.
 *
 * Every fenced block tagged `ts` or `typescript` is checked. A block that has an `import` starts a new program;
 * a block without one continues the previous block of the same README (so "Quick start" can create `client` and
 * later sections use it). Each program is an ES module with top-level await.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * @typedef {object} Snippet
 * @property {string} readme repo-relative path of the README
 * @property {number} line the 1-based line of the first block's opening fence
 * @property {string} source the program: the blocks, each introduced by a comment naming its README line
 */

/**
 * The fenced TypeScript blocks of one Markdown text.
 * @param {string} markdown
 * @returns {{ line: number, code: string }[]}
 */
export function typescriptBlocks(markdown) {
  const blocks = [];
  const lines = markdown.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(ts|typescript)\b/.exec(lines[i] ?? "");
    if (!open) continue;
    const fence = open[2] ?? "```";
    const indent = open[1]?.length ?? 0;
    const body = [];
    let j = i + 1;
    for (; j < lines.length && !(lines[j] ?? "").trim().startsWith(fence); j++)
      body.push((lines[j] ?? "").slice(indent));
    blocks.push({ line: i + 1, code: body.join("\n") });
    i = j;
  }
  return blocks;
}

/**
 * The programs of one README (see the module comment for how blocks are grouped).
 * @param {string} markdown
 * @param {string} readme repo-relative path, for messages
 * @returns {Snippet[]}
 */
export function readmeSnippets(markdown, readme) {
  /** @type {Snippet[]} */
  const snippets = [];
  for (const block of typescriptBlocks(markdown)) {
    const text = `// ${readme}:${block.line}\n${block.code}\n`;
    const last = snippets.at(-1);
    if (last && !/^\s*import\s/m.test(block.code)) last.source += text;
    else snippets.push({ readme, line: block.line, source: text });
  }
  for (const snippet of snippets) {
    if (!/^\s*(import|export)\s/m.test(snippet.source)) snippet.source += "export {};\n";
  }
  return snippets;
}

/**
 * Every snippet of the root README and of each package README that exists.
 * @param {string} root repository root
 * @param {string[]} packageDirs absolute package folders
 * @returns {Snippet[]}
 */
export function collectReadmeSnippets(root, packageDirs) {
  return [join(root, "README.md"), ...packageDirs.map((dir) => join(dir, "README.md"))]
    .filter((file) => existsSync(file))
    .flatMap((file) =>
      readmeSnippets(readFileSync(file, "utf8"), relative(root, file).split("\\").join("/")),
    );
}
