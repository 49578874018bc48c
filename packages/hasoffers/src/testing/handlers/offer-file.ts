import { fail } from "../api-failure.js";
import { imageSize } from "../image-size.js";
import type { TargetHandlers } from "./context.js";
import { modelMethods } from "./model-methods.js";

/** Types whose creative is an uploaded file rather than code. */
const FILE_TYPES = new Set(["file", "image banner", "flash banner", "offer thumbnail", "hidden"]);

/**
 * The OfferFile Target. `create` takes the multipart upload (any file part; pyoffers names the part after the
 * file): the server computes `size`, reads the real `width`/`height` from the image (the recording sent 200×100
 * and got 640×480 back) and serves it from the media host.
 */
export function offerFileHandlers(): TargetHandlers {
  return modelMethods("OfferFile", {
    beforeCreate: (ctx, row) => {
      const upload = ctx.uploads[0];
      if (!upload) {
        if (FILE_TYPES.has(String(row.type))) fail(`A file upload is required for type ${row.type}`);
        return { ...row, preview_uri: row.code ?? null };
      }
      const filename = row.filename ? String(row.filename) : upload.filename;
      const base = `https://media.go2speed.org/brand/files/${ctx.networkId}/${row.offer_id}`;
      const size = imageSize(upload.bytes);
      return {
        ...row,
        filename,
        size: String(upload.size),
        width: size ? String(size.width) : row.width,
        height: size ? String(size.height) : row.height,
        url: `${base}/${filename}`,
        preview_uri: `${base}/${filename}`,
        thumbnail: `${base}/thumbnails_100/${filename}`,
      };
    },
  });
}
