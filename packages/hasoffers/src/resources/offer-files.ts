import type { CallOptions } from "@offerkit/request-engine";
import { invalid } from "../internal/errors.js";
import { one, value } from "../internal/relations.js";
import type { Rpc } from "../internal/rpc.js";
import { type FileInput, readUpload } from "../internal/upload.js";
import { idList } from "./decoders.js";
import { checkOptions } from "./method-table.js";
import { createModelManager, type ModelManager } from "./model-manager.js";
import type { Offer, OfferFile, OfferFileData } from "./models.js";
import type { CountOptions, Id, WriteOptions } from "./options.js";

/** Relations of an offer file, by `contain` name. */
export const OFFER_FILE_RELATIONS = {
  Offer: one<Offer>(),
  CreativeCode: value<string | null>(),
  Stat: value<unknown>(),
};

/** What `offerFiles.create` takes: the file's fields, and the file itself for file-based types. */
export type OfferFileUpload = OfferFileData & {
  /** The file: a `Blob`/`File`, bytes, or a path (Node). Leave it out for types without a file (text ads). */
  file?: FileInput | undefined;
};

/** `ho.offerFiles`: creatives and thumbnails of offers (Target `OfferFile`). */
export interface OfferFilesManager
  extends Omit<ModelManager<OfferFile, OfferFileData, typeof OFFER_FILE_RELATIONS>, "create"> {
  /**
   * Creates an offer file. With `file`, sends a multipart POST (the file in the body, named after it; every other
   * parameter in the query string, as HasOffers expects). `filename` defaults to the `File`'s or path's name. The
   * server computes `size`, `width` and `height` itself.
   *
   * @example
   * await ho.offerFiles.create({ file: "./banner.jpg", display: "Banner", type: "image banner", offer_id: 438 });
   */
  create(input: OfferFileUpload, options?: WriteOptions, call?: CallOptions): Promise<OfferFile>;

  /** Ids (as strings) of every offer file matching `filters`. */
  findAllIds(options?: CountOptions<OfferFile>, call?: CallOptions): Promise<string[]>;

  /** Marks a file deleted (`status: "deleted"`); returns it. */
  delete(id: Id, call?: CallOptions): Promise<OfferFile>;
}

/** Builds `ho.offerFiles`. */
export function createOfferFilesManager(rpc: Rpc): OfferFilesManager {
  const files = createModelManager<OfferFilesManager>(
    rpc,
    "OfferFile",
    OFFER_FILE_RELATIONS,
    { status: "deleted" },
    () => ({
      findAllIds: ["?filters", idList],
    }),
  );
  const create = files.create;
  files.create = async (input, options, call) => {
    const { file, ...data } = checkOptions(input, "input");
    if (file === undefined) return create(data, options, call);
    const { blob, name } = await readUpload(file);
    const filename = typeof data.filename === "string" && data.filename !== "" ? data.filename : name;
    if (!filename)
      throw invalid(
        "An upload needs a filename (give `filename`, a File or a path)",
        "filename",
        "missing_filename",
      );
    const form = new FormData();
    form.append(filename, blob, filename);
    // `form` rides along to `Rpc.call`, which POSTs it and keeps the parameters in the query string.
    return create({ ...data, filename }, options, { ...call, form } as CallOptions);
  };
  return files;
}
