import { cpus, release, totalmem, type } from "node:os";

/** One line naming the machine and runtime the figures were taken on. */
export function describeMachine() {
  const cores = cpus();
  return (
    `${cores[0]?.model.trim() ?? "unknown CPU"}, ${cores.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ` +
    `${type()} ${release()}, Node ${process.version}`
  );
}
