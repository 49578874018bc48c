// @ts-check
/**
 * Every runtime check, in the order they run: the same module is imported by Deno and Bun and bundled for the
 * edge-runtime VM, so it uses only the language and web globals.
 */
import { runChecks } from "./check-kit.mjs";
import { hasOffersChecks } from "./hasoffers-checks.mjs";
import { rawLogChecks } from "./raw-log-checks.mjs";
import { trackOfferzChecks } from "./trackofferz-checks.mjs";

/**
 * Runs the checks, printing one line each; resolves to the number that failed.
 * @param {(line: string) => void} print
 */
export function runScenario(print) {
  return runChecks([...trackOfferzChecks(), ...hasOffersChecks(), ...rawLogChecks()], print);
}
