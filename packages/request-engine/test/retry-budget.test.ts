import { describe, expect, test } from "vitest";
import { RetryBudget } from "../src/index.js";

describe("RetryBudget", () => {
  test("starts full and charges 5 per retry, 10 per retry after a timeout", () => {
    const budget = new RetryBudget();
    expect(budget.available).toBe(500);
    expect(budget.acquire(false)).toBe(5);
    expect(budget.acquire(true)).toBe(10);
    expect(budget.available).toBe(485);
  });

  test("refuses a retry it cannot pay for, without taking anything", () => {
    const budget = new RetryBudget({ capacity: 12 });
    expect(budget.acquire(true)).toBe(10);
    expect(budget.acquire(false)).toBeUndefined();
    expect(budget.available).toBe(2);
  });

  test("a success refunds what its retries took, or adds the refill, never beyond capacity", () => {
    const budget = new RetryBudget({ capacity: 20 });
    budget.acquire(false);
    budget.acquire(false);
    budget.release(10);
    expect(budget.available).toBe(20);
    budget.acquire(true);
    budget.release(0);
    expect(budget.available).toBe(11);
    for (let i = 0; i < 50; i++) budget.release(0);
    expect(budget.available).toBe(20);
  });

  test("unusable settings fall back or floor at zero", () => {
    const budget = new RetryBudget({
      capacity: Number.NaN,
      retryCost: -3,
      timeoutCost: Number.NaN,
      successRefill: -1,
    });
    expect(budget.capacity).toBe(500);
    expect(budget.acquire(false)).toBe(0);
    expect(budget.acquire(true)).toBe(10);
    budget.release(0);
    expect(budget.available).toBe(490);
  });
});
