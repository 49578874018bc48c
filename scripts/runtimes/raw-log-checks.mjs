// @ts-check
/**
 * The HasOffers raw-log reader (`@offerkit/hasoffers/raw-logs`) streaming the records of small archives from the
 * fake network. Outside Node the reader inflates with `DecompressionStream`; a deflated archive proves that path ran
 * by counting the streams it created. A runtime without it (Vercel's edge runtime) must refuse a deflated archive
 * with a typed error, and still read stored ones.
 */
import { InvalidResponseError } from "../../packages/hasoffers/dist/index.js";
import { RawLogs } from "../../packages/hasoffers/dist/raw-logs.js";
import { createFakeHasOffers } from "../../packages/hasoffers/dist/testing.js";
import { assertEqual, collect, rejectsWith } from "./check-kit.mjs";
import { hasOffersOn } from "./hasoffers-checks.mjs";

/** A zip with one deflated CSV member, made ahead for runtimes whose fake cannot deflate (no CompressionStream). */
const DEFLATED_ZIP =
  "UEsDBBQAAAAIALk5dV2MEVywIAAAACAAAAAKAAAAY2xpY2tzLmNzdispSswrTkwuyczPi89M0clPS0stAjJ4uRKTknUMebkAUEsBAhQDFAAAAAgA" +
  "uTl1XYwRXLAgAAAAIAAAAAoAAAAAAAAAAAAAAIABAAAAAGNsaWNrcy5jc3ZQSwUGAAAAAAEAAQA4AAAASAAAAAAA";

/** @returns {import("./check-kit.mjs").Check[]} */
export function rawLogChecks() {
  const fake = createFakeHasOffers({ seed: { offers: 1, rawLogs: false }, rateLimit: false });
  const logs = new RawLogs(hasOffersOn(fake).rawLogTransport);

  /** @param {import("../../packages/hasoffers/dist/testing.js").AddRawLogFile} layout */
  const readBack = async (layout) => {
    const file = fake.rawLogs.addFile({ logType: "clicks", rows: 25, ...layout });
    const records = await collect(logs.clicks.records(file.filename), (record) => record);
    assertEqual(records, fake.rawLogs.records(file.filename), "records");
    return records.length;
  };

  return [
    {
      name: "hasoffers/raw-logs: a stored archive with 2 CSV members",
      run: async () => `${await readBack({ compression: "stored", members: 2 })} records`,
    },
    {
      name: "hasoffers/raw-logs: a deflated archive with a data descriptor, through DecompressionStream",
      run: async () => {
        const Original = globalThis.DecompressionStream;
        if (typeof Original !== "function") {
          // Only the edge VM lacks it; on Deno or Bun its absence is a failure, not the refusal to check.
          if (!("EdgeRuntime" in globalThis))
            throw new Error("DecompressionStream is missing outside the edge runtime");
          const bytes = Uint8Array.from(atob(DEFLATED_ZIP), (c) => c.charCodeAt(0));
          const file = fake.rawLogs.addFile({ logType: "clicks", bytes });
          const read = async () => {
            for await (const _ of logs.clicks.records(file.filename));
          };
          await rejectsWith(read(), [InvalidResponseError], "archive_unsupported");
          return "no DecompressionStream here: InvalidResponseError archive_unsupported";
        }
        let created = 0;
        globalThis.DecompressionStream = class extends Original {
          /** @param {ConstructorParameters<typeof DecompressionStream>} args */
          constructor(...args) {
            super(...args);
            created++;
          }
        };
        try {
          const count = await readBack({ compression: "deflated", dataDescriptor: true });
          assertEqual(created > 0, true, "DecompressionStream used");
          return `${count} records, ${created} DecompressionStream`;
        } finally {
          globalThis.DecompressionStream = Original;
        }
      },
    },
  ];
}
