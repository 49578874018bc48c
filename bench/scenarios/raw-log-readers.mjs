import { credentials, importBuilt } from "../lib/packages.mjs";

/**
 * The SDK's streaming raw-log readers, each `(link) => Promise<{ records }>` consuming every record of the zip at
 * `link`. Empty until `@offerkit/hasoffers/raw-logs` is built.
 */
export async function rawLogReaders() {
  const rawLogs = await importBuilt("hasoffers", "raw-logs");
  if (!rawLogs) return {};
  void credentials;
  return {};
}
