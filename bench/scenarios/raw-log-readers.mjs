import { credentials, importBuilt } from "../lib/packages.mjs";

/**
 * The SDK's streaming raw-log readers, each `(file) => Promise<{ records }>` consuming every record of the zip the
 * bench server holds as `file`: the SDK asks the (bench) API for the download link of `20160909/<file>`, then
 * streams the archive from it. Empty until `@offerkit/hasoffers/raw-logs` is built.
 */
export async function rawLogReaders(origin) {
  const rawLogs = await importBuilt("hasoffers", "raw-logs");
  const main = await importBuilt("hasoffers");
  if (!rawLogs || !main) return {};
  const { networkId, networkToken } = credentials;
  return {
    "records()": async (file) => {
      const ho = new main.HasOffers({ networkId, networkToken, endpoint: `${origin}/s/1/0/Apiv3/json` });
      const logs = new rawLogs.RawLogs(ho.rawLogTransport);
      let records = 0;
      for await (const _record of logs.clicks.records(`20160909/${file}`)) records++;
      return { records };
    },
  };
}
