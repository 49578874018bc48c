import { invalid } from "./errors.js";

/** A file to upload: a `Blob`/`File`, bytes, or (in Node, Bun and Deno) a path on disk. */
export type FileInput = Blob | Uint8Array | ArrayBuffer | string;

interface NodeFs {
  promises: { readFile(path: string): Promise<Uint8Array> };
}

/**
 * Reads an upload into a `Blob` with its natural name (a `File`'s name, a path's last segment). Paths are read
 * through `process.getBuiltinModule("node:fs")`, so this entry point imports nothing from Node and still runs in
 * browsers, where a path is refused.
 */
export async function readUpload(file: FileInput): Promise<{ blob: Blob; name?: string | undefined }> {
  if (file instanceof Blob) return { blob: file, name: (file as Partial<File>).name };
  if (file instanceof ArrayBuffer || file instanceof Uint8Array)
    return { blob: new Blob([new Uint8Array(file)]) };
  if (typeof file !== "string")
    throw invalid(
      "`file` must be a Blob, a Uint8Array, an ArrayBuffer or a file path",
      "file",
      "invalid_file",
    );
  const fs = (
    globalThis as { process?: { getBuiltinModule?: (id: string) => NodeFs | undefined } }
  ).process?.getBuiltinModule?.("node:fs");
  if (!fs) throw invalid("A file path needs Node.js 20.16+, Bun or Deno", "file", "file_path_unsupported");
  try {
    return {
      blob: new Blob([new Uint8Array(await fs.promises.readFile(file))]),
      name: file.split(/[\\/]/).pop(),
    };
  } catch (cause) {
    throw invalid(`Cannot read the file to upload: ${file}`, "file", "file_unreadable", cause);
  }
}
