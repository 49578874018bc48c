/** Settings of the client-wide retry budget (the AWS SDK "standard" retry mode's token bucket). */
export interface RetryBudgetOptions {
  /** Tokens when full. Default 500. */
  capacity?: number | undefined;
  /** Tokens a retry costs. Default 5. */
  retryCost?: number | undefined;
  /** Tokens a retry after a timeout costs. Default 10. */
  timeoutCost?: number | undefined;
  /** Tokens a success without retries gives back. Default 1. */
  successRefill?: number | undefined;
}

/** A setting as a usable count: missing or `NaN` gives the default, negatives give 0. */
function count(value: number | undefined, fallback: number): number {
  return value === undefined || Number.isNaN(value) ? fallback : Math.max(0, value);
}

/**
 * A token bucket shared by every call of one client: each retry takes tokens, successes give them back. When an API
 * is down, the default bucket runs dry after 100 retries (50 after timeouts) and further failures are reported at
 * once instead of multiplying the traffic; first attempts are never refused, so calls still get through and, as
 * they succeed, refill the bucket.
 */
export class RetryBudget {
  readonly capacity: number;
  #tokens: number;
  /** Cost of a retry, then of a retry after a timeout, then the refill of a clean success. */
  readonly #costs: readonly [number, number, number];

  constructor(options: RetryBudgetOptions = {}) {
    this.#tokens = this.capacity = count(options.capacity, 500);
    this.#costs = [
      count(options.retryCost, 5),
      count(options.timeoutCost, 10),
      count(options.successRefill, 1),
    ];
  }

  /** Tokens left. */
  get available(): number {
    return this.#tokens;
  }

  /** Takes the cost of one retry; returns the tokens taken, or `undefined` when the budget cannot pay. */
  acquire(afterTimeout: boolean): number | undefined {
    const cost = this.#costs[+afterTimeout] as number;
    if (cost > this.#tokens) return undefined;
    this.#tokens -= cost;
    return cost;
  }

  /** Records a success: refunds what its retries took, or the small success refill when it needed none. */
  release(spent: number): void {
    this.#tokens = Math.min(this.capacity, this.#tokens + (spent > 0 ? spent : this.#costs[2]));
  }
}
