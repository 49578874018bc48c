import { invalid } from "../invalid.js";
import { resolveCents } from "../money.js";
import { isConversionResult } from "../shapes.js";
import type { Transport } from "../transport.js";
import type { ConversionCreateParams, ConversionResult, RequestOptions } from "../types.js";

type WireBody = Omit<ConversionCreateParams, "payout" | "sale_amount">;

/** `client.conversions`: server-to-server conversion ingest. */
export class Conversions {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /**
   * Records a conversion for a tracked click (`POST /conversions`). Amounts may be decimals (`payout: 12.5`) or
   * minor units (`payout_cents: 1250`); decimals follow `currency`'s minor unit (JPY has none, KWD three; two
   * when `currency` is left to the network's default). The API is idempotent on `transaction_id`, so the call is
   * retried like a read and never counts twice: a transaction id recorded before returns the existing conversion
   * with `duplicate: true` (which, after a retry, may be this very call's first attempt).
   * @throws NotFoundError (`click_not_found`) when no click matched the transaction id in the attribution window.
   * @example const res = await client.conversions.create({ transaction_id: "click_abc123", payout: 12.5 });
   */
  async create(params: ConversionCreateParams, options?: RequestOptions): Promise<ConversionResult> {
    const body = toWire(params);
    return this.#transport.post("/conversions", body, isConversionResult, options);
  }
}

/** The wire body: decimals converted to exact cents, nothing else touched (the API validates the rest). */
function toWire(params: ConversionCreateParams): WireBody {
  if (typeof params?.transaction_id !== "string" || params.transaction_id === "") {
    throw invalid(
      "transaction_id",
      "validation_failed",
      "conversions.create needs a transaction_id (the click's id)",
    );
  }
  const { payout, sale_amount, ...body } = params;
  const payoutCents = resolveCents(payout, body.payout_cents, "payout", body.currency);
  const saleCents = resolveCents(sale_amount, body.sale_amount_cents, "sale_amount", body.currency);
  if (payoutCents !== undefined) body.payout_cents = payoutCents;
  if (saleCents !== undefined) body.sale_amount_cents = saleCents;
  return body;
}
