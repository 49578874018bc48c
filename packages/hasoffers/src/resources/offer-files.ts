import { ValidationError } from "@offerkit/errors";
import type { CallOptions } from "@offerkit/request-engine";
import { SDK } from "../internal/errors.js";
import { one, value } from "../internal/relations.js";
import type { Rpc } from "../internal/rpc.js";
import { type FileInput, readUpload } from "../internal/upload.js";
import { ModelManager } from "./model-manager.js";
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
export class OfferFilesManager extends ModelManager<OfferFile, OfferFileData, typeof OFFER_FILE_RELATIONS> {
  constructor(rpc: Rpc) {
    super(rpc, "OfferFile", OFFER_FILE_RELATIONS);
  }

  /**
   * Creates an offer file. With `file`, sends a multipart POST (the file in the body, named after it; every other
   * parameter in the query string, as HasOffers expects). `filename` defaults to the `File`'s or path's name. The
   * server computes `size`, `width` and `height` itself.
   *
   * @example
   * await ho.offerFiles.create({ file: "./banner.jpg", display: "Banner", type: "image banner", offer_id: 438 });
   */
  override async create(
    input: OfferFileUpload,
    options: WriteOptions = {},
    call?: CallOptions,
  ): Promise<OfferFile> {
    const { file, ...data } = input;
    if (file === undefined) return super.create(data, options, call);
    const { blob, name } = await readUpload(file);
    const filename = typeof data.filename === "string" && data.filename !== "" ? data.filename : name;
    if (!filename) {
      throw new ValidationError("An upload needs a filename (give `filename`, a File or a path)", {
        sdk: SDK,
        param: "filename",
        code: "missing_filename",
      });
    }
    const form = new FormData();
    form.append(filename, blob, filename);
    const params = { data: { ...data, filename }, return_object: options.returnObject };
    return this.rpc.call(this.target, "create", params, {
      ...call,
      form,
      decode: (answer) => this.written(answer),
    });
  }

  /** Ids (as strings) of every offer file matching `filters`. */
  async findAllIds(options: CountOptions<OfferFile> = {}, call?: CallOptions): Promise<string[]> {
    return this.findIds(options.filters, call);
  }

  /** Marks a file deleted (`status: "deleted"`); returns it. */
  async delete(id: Id, call?: CallOptions): Promise<OfferFile> {
    return this.update(id, { status: "deleted" }, {}, call);
  }
}
