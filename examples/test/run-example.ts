import { type ChildProcess, execFile, spawn } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The environment of an example: the test's, without vitest's loaders and without stray API keys. */
function exampleEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: "" };
  delete base.TRACKOFFERZ_API_KEY;
  delete base.TRACKOFFERZ_BASE_URL;
  delete base.HASOFFERS_NETWORK_TOKEN;
  return { ...base, ...env };
}

/** Runs an example program to the end; resolves with its exit code and output (never rejects on exit code). */
export async function runExample(
  projectDir: string,
  file: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(projectDir, file), ...args], {
      cwd: projectDir,
      env: exampleEnv(env),
      timeout: 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    if (typeof e.code !== "number") throw error;
    return { code: e.code, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

/** A long-running example (a server): started, and resolved once it printed a line matching `ready`. */
export async function startExample(
  projectDir: string,
  file: string,
  env: Record<string, string>,
  ready: RegExp,
): Promise<{
  child: ChildProcess;
  match: RegExpMatchArray;
  output: () => string;
  stop: () => Promise<number | null>;
}> {
  const child = spawn(process.execPath, [join(projectDir, file)], { cwd: projectDir, env: exampleEnv(env) });
  let output = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const match = await new Promise<RegExpMatchArray>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const found = output.match(ready);
      if (found) resolve(found);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    exited.then((code) => reject(new Error(`${file} exited (${code}) before it was ready:\n${output}`)));
  });
  return {
    child,
    match,
    output: () => output,
    stop: async () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}
