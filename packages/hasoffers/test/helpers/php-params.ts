/** Decodes recorded PHP-style query pairs (`data[name]=x`, `fields[]=id`) into nested values, like PHP does. */
export function decodePhp(pairs: readonly (readonly [string, string])[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of pairs) {
    const [head, ...rest] = key.split("[");
    const path = [head ?? "", ...rest.map((part) => part.replace(/]$/, ""))];
    let node: Record<string, unknown> | unknown[] = root;
    path.forEach((segment, i) => {
      const last = i === path.length - 1;
      const nextIsList = path[i + 1] === "";
      if (Array.isArray(node)) {
        if (last) node.push(value);
        else {
          const child = nextIsList ? [] : {};
          node.push(child);
          node = child;
        }
        return;
      }
      if (last) {
        node[segment] = value;
        return;
      }
      node[segment] ??= nextIsList ? [] : {};
      node = node[segment] as Record<string, unknown> | unknown[];
    });
  }
  return root;
}

/** Query pairs grouped by key, values in order: equal when two requests carry the same parameters. */
export function grouped(pairs: readonly (readonly [string, string])[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of pairs) {
    out[k] ??= [];
    out[k].push(v);
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}
