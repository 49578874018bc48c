/** Keeps a BOM as U+FEFF: only the first chunk of a stream may drop it, which the CSV parser does. */
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });

/** Bytes in the UTF-8 sequence a lead byte starts (1 for ASCII, and for invalid bytes, decoded as U+FFFD). */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if ((lead & 0xe0) === 0xc0) return 2;
  if ((lead & 0xf0) === 0xe0) return 3;
  if ((lead & 0xf8) === 0xf0) return 4;
  return 1;
}

/** Length of the prefix of `bytes` that ends on a character boundary (all of it, unless a character is cut). */
function completeLength(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let i = length - 1; i >= 0 && i >= length - 3; i--) {
    const byte = bytes[i]!;
    if ((byte & 0xc0) === 0x80) continue;
    return i + sequenceLength(byte) > length ? i : length;
  }
  return length;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/**
 * Decodes a UTF-8 byte stream chunk by chunk. `TextDecoder`'s own `{ stream: true }` mode would do, but Node 20
 * then leaves its SIMD fast path for a converter about four times slower, which showed as a fifth of the raw-log
 * reader's time; so each chunk is decoded whole, up to its last complete character, and a character cut by the
 * chunk boundary (at most 3 bytes) waits for the next chunk.
 */
export class Utf8StreamDecoder {
  #carry: Uint8Array | undefined;

  decode(chunk: Uint8Array): string {
    let head = "";
    const carry = this.#carry;
    if (carry !== undefined) {
      this.#carry = undefined;
      const need = sequenceLength(carry[0]!) - carry.length;
      let take = 0;
      while (take < need && take < chunk.length && (chunk[take]! & 0xc0) === 0x80) take++;
      if (take < need && take === chunk.length) {
        this.#carry = concat(carry, chunk);
        return "";
      }
      head = decoder.decode(concat(carry, chunk.subarray(0, take)));
      chunk = chunk.subarray(take);
    }
    const end = completeLength(chunk);
    if (end < chunk.length) this.#carry = chunk.slice(end);
    const body = decoder.decode(end < chunk.length ? chunk.subarray(0, end) : chunk);
    return head.length > 0 ? head + body : body;
  }

  /** Decodes what is left at the end of the stream (an incomplete character becomes U+FFFD). */
  end(): string {
    const carry = this.#carry;
    this.#carry = undefined;
    return carry === undefined ? "" : decoder.decode(carry);
  }
}
