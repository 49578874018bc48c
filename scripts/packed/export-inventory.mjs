// @ts-check
/**
 * What an installed entry exports, read from its declarations with the TypeScript compiler: which names are values,
 * functions, classes (with their public methods) and types. The consumer samples are generated from it, so a new
 * export is type-checked by every consumer setting without anyone writing a test for it.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/**
 * @typedef {object} ExportInfo
 * @property {string} name
 * @property {"function" | "class" | "value" | "type"} kind
 * @property {boolean} generic a type with type parameters (cannot be named without arguments)
 * @property {boolean} constructible a class with a public constructor
 * @property {string[]} methods public instance methods of a class, and of the resources it holds (`reports.summary`)
 * @property {string[]} staticMethods public static methods of a class
 */

/**
 * The exports of each specifier, as resolved from `projectDir` for a bundler consumer (the ESM declarations).
 * @param {string} projectDir
 * @param {string[]} specifiers
 * @returns {Map<string, ExportInfo[]>}
 */
export function inventoryExports(projectDir, specifiers) {
  const probe = join(projectDir, "export-inventory-probe.ts");
  writeFileSync(probe, specifiers.map((s, i) => `import * as m${i} from ${JSON.stringify(s)};\n`).join(""));
  const program = ts.createProgram([probe], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    types: [],
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(probe);
  if (!source) throw new Error("probe file missing from its program");
  /** @type {Map<string, ExportInfo[]>} */
  const result = new Map();
  source.statements.forEach((statement, i) => {
    const specifier = specifiers[i];
    if (!specifier || !ts.isImportDeclaration(statement)) return;
    const moduleSymbol = checker.getSymbolAtLocation(statement.moduleSpecifier);
    if (!moduleSymbol) throw new Error(`TypeScript cannot resolve ${specifier} from ${projectDir}`);
    result.set(
      specifier,
      checker
        .getExportsOfModule(moduleSymbol)
        .map((symbol) => describe(checker, symbol))
        .sort((a, b) => a.name.localeCompare(b.name)),
    );
  });
  return result;
}

/**
 * @param {ts.TypeChecker} checker
 * @param {ts.Symbol} exported
 * @returns {ExportInfo}
 */
function describe(checker, exported) {
  const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
  const name = exported.getName();
  const declarations = symbol.getDeclarations() ?? [];
  const generic = declarations.some(
    (d) =>
      (ts.isInterfaceDeclaration(d) || ts.isTypeAliasDeclaration(d) || ts.isClassDeclaration(d)) &&
      !!d.typeParameters?.length,
  );
  const base = { name, generic, constructible: false, methods: [], staticMethods: [] };
  if (symbol.flags & ts.SymbolFlags.Class) {
    const declaration = declarations.find(ts.isClassDeclaration);
    const abstract = !!declaration && hasModifier(declaration, ts.SyntaxKind.AbstractKeyword);
    const staticType = checker.getTypeOfSymbol(symbol);
    const instanceType = checker.getDeclaredTypeOfSymbol(symbol);
    return {
      ...base,
      kind: "class",
      constructible: !abstract && staticType.getConstructSignatures().length > 0,
      methods: publicMethods(checker, instanceType),
      staticMethods: publicMethods(checker, staticType, 0).filter((m) => m !== "prototype"),
    };
  }
  if (symbol.flags & ts.SymbolFlags.Function) return { ...base, kind: "function" };
  if (symbol.flags & ts.SymbolFlags.Value) return { ...base, kind: "value" };
  return { ...base, kind: "type" };
}

/**
 * Paths of the public, non-optional members of `type` that can be called: its methods (`send`) and, one level
 * down, the methods of the resource objects it holds (`reports.summary`), when those are declared by an offerkit
 * package rather than by a platform type such as `Headers`.
 * @param {ts.TypeChecker} checker
 * @param {ts.Type} type
 * @param {number} [depth]
 * @returns {string[]}
 */
function publicMethods(checker, type, depth = 1) {
  return checker
    .getPropertiesOfType(type)
    .filter((p) => {
      const name = p.getName();
      if (!/^[A-Za-z_$][\w$]*$/.test(name) || p.flags & ts.SymbolFlags.Optional) return false;
      const decl = p.getDeclarations()?.[0];
      return !(
        decl &&
        (hasModifier(decl, ts.SyntaxKind.PrivateKeyword) || hasModifier(decl, ts.SyntaxKind.ProtectedKeyword))
      );
    })
    .flatMap((p) => {
      const memberType = checker.getTypeOfSymbol(p);
      if (memberType.getCallSignatures().length > 0) return [p.getName()];
      const declaredIn = memberType.getSymbol()?.getDeclarations()?.[0]?.getSourceFile().fileName ?? "";
      if (depth === 0 || !/[\\/]node_modules[\\/]@offerkit[\\/]/.test(declaredIn)) return [];
      return publicMethods(checker, memberType, depth - 1).map((m) => `${p.getName()}.${m}`);
    })
    .sort();
}

/**
 * @param {ts.Node} node
 * @param {ts.SyntaxKind} kind
 */
function hasModifier(node, kind) {
  return ts.canHaveModifiers(node) && !!ts.getModifiers(node)?.some((m) => m.kind === kind);
}
