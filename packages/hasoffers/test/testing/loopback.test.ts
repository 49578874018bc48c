import { afterEach, describe, expect, test, vi } from "vitest";
import { createFakeHasOffers, type FakeHasOffers, type FakeServer } from "../../src/testing.js";

let fake: FakeHasOffers;
let server: FakeServer;

afterEach(async () => {
  await fake.close();
});

async function start(options: Parameters<typeof createFakeHasOffers>[0] = {}): Promise<void> {
  fake = createFakeHasOffers({ rateLimit: false, ...options });
  server = await fake.listen();
}

const url = (query: string) =>
  `${server.endpoint}?NetworkId=fakenet&NetworkToken=${fake.networkToken}&${query}`;

describe("the loopback server", () => {
  test("serves the same API on 127.0.0.1, with the recorded headers", async () => {
    await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(url("Target=Offer&Method=findById&id=1"));
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("server")).toBe("Apache");
    expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect((await response.json()).response.data.Offer.id).toBe("1");
  });

  test("takes urlencoded POST bodies", async () => {
    await start();
    const response = await fetch(url("Target=Tag&Method=create"), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "data%5Bname%5D=posted",
    });
    expect((await response.json()).response.data.Tag.name).toBe("posted");
  });

  test("hands out raw-log links on its own origin and serves them", async () => {
    await start();
    const [file] = fake.rawLogs.files("clicks");
    const linked = await fetch(
      url(`Target=RawLog&Method=getDownloadLink&log_type=clicks&log_filename=${file!.filename}`),
    );
    const link: string = (await linked.json()).response.data.link;
    expect(link.startsWith(`${server.url}/ho-adserverlogs-prod/qproc/raw-logs/clicks/fakenet/`)).toBe(true);
    const download = await fetch(link);
    expect(download.headers.get("server")).toBe("AmazonS3");
    const bytes = new Uint8Array(await download.arrayBuffer());
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  test("a reset drops the connection without an answer", async () => {
    await start();
    fake.faults.next({ kind: "reset" });
    await expect(fetch(url("Target=Offer&Method=findById&id=1"))).rejects.toThrow("fetch failed");
  });

  test("a truncated body stops short of its Content-Length and the read fails", async () => {
    await start();
    fake.faults.next({ kind: "truncate", afterBytes: 30 });
    const response = await fetch(url("Target=Offer&Method=findById&id=1"));
    expect(Number(response.headers.get("content-length"))).toBeGreaterThan(30);
    await expect(response.text()).rejects.toThrow();
  });

  test("a hung request ends when the client aborts, or when the fake closes", async () => {
    await start();
    fake.faults.next({ kind: "hang" }, 2);
    const controller = new AbortController();
    const aborted = fetch(url("Target=Offer&Method=findById&id=1"), { signal: controller.signal });
    await vi.waitFor(() => expect(fake.faults.hung).toBe(1));
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: "AbortError" });
    const pending = fetch(url("Target=Offer&Method=findById&id=1"));
    await vi.waitFor(() => expect(fake.faults.hung).toBeGreaterThanOrEqual(1));
    await fake.close();
    await expect(pending).rejects.toThrow("fetch failed");
  });

  test("a slow body arrives whole, in small writes", async () => {
    await start({ clock: { now: () => Date.now(), sleep: async () => {} } });
    const whole = await (await fetch(url("Target=Offer&Method=findById&id=1"))).text();
    fake.faults.next({ kind: "slowBody", chunkBytes: 16, delayMs: 1 });
    expect(await (await fetch(url("Target=Offer&Method=findById&id=1"))).text()).toBe(whole);
  });
});
