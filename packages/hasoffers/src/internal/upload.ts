import { ValidationError } from "@offerkit/errors";
import { SDK } from "./errors.js";

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
export async function readUpload(file: FileInput): Promise<{ blob: Blob; name: string | undefined }> {
  if (typeof file === "string") return readPath(file);
  if (file instanceof Blob)
    return { blob: file, name: "name" in file && typeof file.name === "string" ? file.name : undefined };
  if (file instanceof ArrayBuffer) return { blob: new Blob([file]), name: undefined };
  if (file instanceof Uint8Array) return { blob: new Blob([new Uint8Array(file)]), name: undefined };
  throw invalid("`file` must be a Blob, a Uint8Array, an ArrayBuffer or a file path", "invalid_file");
}

async function readPath(path: string): Promise<{ blob: Blob; name: string | undefined }> {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const fs = proc?.getBuiltinModule?.("node:fs") as NodeFs | undefined;
  if (!fs)
    throw invalid(
      "a file path needs Node.js 20.16+ (or Bun, Deno); pass a Blob or bytes instead",
      "file_path_unsupported",
    );
  let bytes: Uint8Array;
  try {
    bytes = await fs.promises.readFile(path);
  } catch (cause) {
    throw new ValidationError(`Cannot read the file to upload: ${path}`, {
      sdk: SDK,
      param: "file",
      code: "file_unreadable",
      cause,
    });
  }
  return { blob: new Blob([new Uint8Array(bytes)]), name: path.split(/[\\/]/).pop() || undefined };
}

function invalid(message: string, code: string): ValidationError {
  return new ValidationError(message, { sdk: SDK, param: "file", code });
}
