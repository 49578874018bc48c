/**
 * Node's built-in module `id` (`"node:zlib"`…) through `process.getBuiltinModule` (Node 20.16+, 22.3+), or
 * `undefined` elsewhere. Going through the global rather than an `import` keeps the raw-log entry free of
 * `node:` imports, so it still bundles for browsers and edge runtimes, which take the portable path.
 */
export function nodeBuiltin<T>(id: string): T | undefined {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  try {
    return (process?.getBuiltinModule?.(id) as T | undefined) ?? undefined;
  } catch {
    return undefined;
  }
}
