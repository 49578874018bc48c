import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";

/**
 * Runs one scenario script in a fresh Node process and resolves with the object it reports through `report()`.
 * A fresh process per measurement keeps peak RSS honest and keeps one run's garbage out of the next.
 */
export function runChild(script, input, { execArgv = [] } = {}) {
  const path = fileURLToPath(new URL(`../scenarios/${script}`, import.meta.url));
  const child = fork(path, [JSON.stringify(input)], {
    execArgv,
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  return new Promise((resolve, reject) => {
    let result;
    child.on("message", (message) => {
      result = message;
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0 && result !== undefined) resolve(result);
      else reject(new Error(`${script} ${JSON.stringify(input)} failed (exit ${code ?? signal})`));
    });
  });
}

/** In a scenario process: the input the parent passed. */
export function scenarioInput() {
  return JSON.parse(process.argv[2] ?? "{}");
}

/** In a scenario process: hands the result to the parent and exits once it is delivered. */
export function report(result) {
  process.send(result, () => process.exit(0));
}

/** Peak resident set size of this process so far, in bytes. */
export function peakRss() {
  return process.resourceUsage().maxRSS * 1024;
}
