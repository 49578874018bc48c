// @ts-check
/**
 * The TypeScript examples of a README as one program, so a test can type-check them against the built packages and
 * the docs cannot drift from the code.
 *
 * Every fenced block tagged `ts` or `typescript` is checked, in order, as one ES module with top-level await:
 * - imports are hoisted to the top and merged (two blocks may import the same names);
 * - each block runs in its own scope nested inside the previous block's, so a block sees what earlier blocks
 *   declared (`client` from "Quick start") and may declare the same name again (a second `client` with other
 *   options) without a clash;
 * - placeholders a reader fills in (`transactionId`, `metrics`) are declared in an HTML comment the rendered README
 *   does not show, anywhere in the file:
 *
 *       <!-- ts-setup
 *       declare const transactionId: string;
 *       -->
 */
import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/**
 * @typedef {object} Snippet
 * @property {string} readme repo-relative path of the README
 * @property {number} line the 1-based line of the first TypeScript block
 * @property {string} source the program
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
    const open = /^(\s*)(`{3,}|~{3,})\s*(ts|typescript)\s*$/.exec(lines[i] ?? "");
    if (!open) continue;
    const fence = open[2] ?? "```";
    const indent = open[1]?.length ?? 0;
    const body = [];
    let j = i + 1;
    for (; j < lines.length && !(lines[j] ?? "").trim().startsWith(fence); j++) {
      body.push((lines[j] ?? "").slice(indent));
    }
    blocks.push({ line: i + 1, code: body.join("\n") });
    i = j;
  }
  return blocks;
}

/**
 * The `<!-- ts-setup … -->` comments of a Markdown text, joined.
 * @param {string} markdown
 */
export function setupCode(markdown) {
  return [...markdown.matchAll(/<!--\s*ts-setup\b([\s\S]*?)-->/g)].map((m) => (m[1] ?? "").trim()).join("\n");
}

/**
 * The README's TypeScript blocks as one program (see the module comment), or undefined when it has none.
 * @param {string} markdown
 * @param {string} readme repo-relative path, for the comments that say where each block came from
 * @returns {Snippet | undefined}
 */
export function readmeProgram(markdown, readme) {
  const blocks = typescriptBlocks(markdown);
  if (blocks.length === 0) return undefined;
  const imports = new ImportSet();
  const bodies = blocks.map((block) => {
    const file = ts.createSourceFile("block.ts", block.code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    let body = block.code;
    // Cut the imports out back to front so the earlier offsets stay valid.
    for (const statement of [...file.statements].reverse()) {
      if (!ts.isImportDeclaration(statement)) continue;
      imports.add(statement);
      body = body.slice(0, statement.getFullStart()) + body.slice(statement.getEnd());
    }
    return `// ${readme}:${block.line}\n${body.trim()}\n`;
  });
  const setup = setupCode(markdown);
  const source = [
    imports.render(),
    setup ? `// ${readme}: ts-setup\n${setup}\n` : "",
    // Nested scopes: block n sees blocks 1..n-1 and may shadow their names.
    ...bodies.map((body) => `{\n${body}`),
    "}".repeat(bodies.length),
    "\nexport {};\n",
  ].join("");
  return { readme, line: blocks[0]?.line ?? 1, source };
}

/** Import declarations merged per module, so two blocks importing the same name do not collide. */
class ImportSet {
  /** @type {Map<string, { defaults: Set<string>, namespaces: Set<string>, named: Map<string, boolean>, bare: boolean }>} */
  modules = new Map();

  /** @param {ts.ImportDeclaration} statement */
  add(statement) {
    const from = /** @type {ts.StringLiteral} */ (statement.moduleSpecifier).text;
    const entry = this.modules.get(from) ?? {
      defaults: new Set(),
      namespaces: new Set(),
      named: new Map(),
      bare: false,
    };
    this.modules.set(from, entry);
    const clause = statement.importClause;
    if (!clause) {
      entry.bare = true;
      return;
    }
    const typeOnly = clause.isTypeOnly;
    if (clause.name) entry.defaults.add(clause.name.text);
    const bindings = clause.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) entry.namespaces.add(bindings.name.text);
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        const text = element.propertyName
          ? `${element.propertyName.text} as ${element.name.text}`
          : element.name.text;
        const isType = typeOnly || element.isTypeOnly;
        // A name imported as a value somewhere is a value import (it covers the type too).
        entry.named.set(text, (entry.named.get(text) ?? true) && isType);
      }
    }
  }

  render() {
    const lines = [];
    for (const [from, entry] of this.modules) {
      const spec = JSON.stringify(from);
      if (entry.bare) lines.push(`import ${spec};`);
      for (const name of entry.namespaces) lines.push(`import * as ${name} from ${spec};`);
      const named = [...entry.named].map(([name, isType]) => (isType ? `type ${name}` : name));
      const defaults = [...entry.defaults];
      if (named.length || defaults.length) {
        const parts = [defaults[0], named.length ? `{ ${named.join(", ")} }` : undefined].filter(Boolean);
        lines.push(`import ${parts.join(", ")} from ${spec};`);
      }
      for (const extra of defaults.slice(1)) lines.push(`import ${extra} from ${spec};`);
    }
    return lines.length ? `${lines.join("\n")}\n` : "";
  }
}

/**
 * The program of the root README and of each package README that has TypeScript blocks.
 * @param {string} root repository root
 * @param {string[]} packageDirs absolute package folders
 * @returns {Snippet[]}
 */
export function collectReadmeSnippets(root, packageDirs) {
  return [join(root, "README.md"), ...packageDirs.map((dir) => join(dir, "README.md"))]
    .filter((file) => existsSync(file))
    .map((file) => readmeProgram(readFileSync(file, "utf8"), relative(root, file).split("\\").join("/")))
    .filter((snippet) => snippet !== undefined);
}
