import type { ClickRow, ConversionRow, ConversionStatus, EventType } from "../types.js";
import { DAY, dayNumber, timestamp } from "./calendar.js";
import { Dataset, revenueOf, type SeedOptions } from "./dataset.js";

/** A conversion the fake holds: wire fields plus the network's revenue. */
export type StoredConversion = ConversionRow & { revenue_cents: number };

/** A validated `POST /conversions` body. */
export interface ConversionInput {
  transaction_id: string;
  event_type?: EventType | undefined;
  payout_cents?: number | undefined;
  sale_amount_cents?: number | undefined;
  currency?: string | undefined;
  custom_data?: Record<string, string | number | boolean> | undefined;
}

/**
 * Everything the fake knows: the seeded data set, plus what arrived through the API (conversions, each recorded
 * once per transaction id) and clicks added by tests. Things added now are stamped at the last second of `today`,
 * after all seeded data, which keeps every report's order (`created_at`, then id) a plain append.
 */
export class FakeState {
  readonly dataset: Dataset;
  readonly today: number;
  readonly recorded: StoredConversion[] = [];
  readonly extraClicks: ClickRow[] = [];
  private readonly byTransaction = new Map<string, StoredConversion>();
  private readonly extraById = new Map<string, ClickRow>();
  private readonly received = new Map<string, number>();

  constructor(
    seed: SeedOptions,
    today: string,
    private readonly attributionWindowDays: number,
  ) {
    this.dataset = new Dataset(seed, today);
    this.today = dayNumber(today) as number;
  }

  /** The timestamp given to whatever is added now. */
  get stamp(): string {
    return timestamp((this.today + 1) * DAY - 1);
  }

  addClick(click: Partial<ClickRow> & { transaction_id: string }): ClickRow {
    if (this.findClick(click.transaction_id))
      throw new Error(`addClick: ${click.transaction_id} already exists`);
    const row: ClickRow = {
      campaign_id: 1,
      publisher_id: 11,
      country_code: null,
      is_unique: true,
      ip: null,
      user_agent: null,
      sub_id: null,
      ...click,
      created_at: this.stamp,
    };
    this.extraById.set(row.transaction_id, row);
    this.extraClicks.push(row);
    this.extraClicks.sort((a, b) => (a.transaction_id < b.transaction_id ? -1 : 1));
    return row;
  }

  /** The click with this transaction id, if it exists and is inside the attribution window. */
  findClick(transactionId: string): Pick<ClickRow, "campaign_id" | "publisher_id"> | undefined {
    const extra = this.extraById.get(transactionId);
    if (extra) return extra;
    const { dataset } = this;
    const i = dataset.clickIndex(transactionId);
    if (i === undefined) return undefined;
    const oldest = (this.today + 1 - this.attributionWindowDays) * DAY;
    if (dataset.clickSeconds(i) < oldest) return undefined;
    return { campaign_id: dataset.campaignOf(i), publisher_id: dataset.publisherOf(i) };
  }

  /** The conversion already on this transaction id: recorded through the API, or seeded. */
  findConversion(transactionId: string): StoredConversion | undefined {
    const recorded = this.byTransaction.get(transactionId);
    if (recorded) return recorded;
    const i = this.dataset.clickIndex(transactionId);
    const j = i === undefined ? undefined : this.dataset.conversionOfClick(i);
    return j === undefined ? undefined : this.dataset.conversion(j);
  }

  /** Counts one `POST /conversions` for a transaction id (whatever its answer). */
  countReceived(transactionId: string): void {
    this.received.set(transactionId, (this.received.get(transactionId) ?? 0) + 1);
  }

  receivedFor(transactionId: string): number {
    return this.received.get(transactionId) ?? 0;
  }

  /** Records a new conversion; the caller has checked that the click exists and no conversion does. */
  record(input: ConversionInput, click: Pick<ClickRow, "campaign_id" | "publisher_id">): StoredConversion {
    const { dataset } = this;
    const payout = input.payout_cents ?? dataset.campaignPayout(click.campaign_id);
    // Every third campaign reviews its conversions before approving them.
    const status: ConversionStatus = click.campaign_id % 3 === 0 ? "pending" : "approved";
    const row: StoredConversion = {
      conversion_id: dataset.conversionId(dataset.conversions) + this.recorded.length,
      transaction_id: input.transaction_id,
      campaign_id: click.campaign_id,
      publisher_id: click.publisher_id,
      event_type: input.event_type ?? "purchase",
      status,
      payout_cents: payout,
      sale_amount_cents: input.sale_amount_cents ?? null,
      currency: input.currency ?? dataset.currency,
      custom_data: input.custom_data ?? {},
      created_at: this.stamp,
      revenue_cents: revenueOf(payout),
    };
    this.byTransaction.set(row.transaction_id, row);
    this.recorded.push(row);
    return row;
  }
}
