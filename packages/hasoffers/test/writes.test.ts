import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ValidationError } from "@offerkit/errors";
import { describe, expect, test } from "vitest";
import { answering, client, failed, fakeFetch, ok, pairs } from "./helpers/fake-fetch.js";

describe("return_object", () => {
  test("create with returnObject: false sends return_object=0 and resolves to { id } from the bare id", async () => {
    const { ho, calls } = answering("115");
    expect(await ho.advertisers.create({ company: "X" }, { returnObject: false })).toEqual({ id: "115" });
    expect(pairs(calls[0])).toEqual(["data[company]=X", "return_object=0"]);
  });

  test("a numeric id works too", async () => {
    expect(await answering(115).ho.goals.create({ name: "g", offer_id: 1 }, { returnObject: false })).toEqual(
      { id: "115" },
    );
  });

  test("update answered with a bare true resolves to { id }", async () => {
    const { ho, calls } = answering(true);
    expect(await ho.offers.update(196, { name: "n" }, { returnObject: false })).toEqual({ id: "196" });
    expect(pairs(calls[0])).toEqual(["id=196", "data[name]=n", "return_object=0"]);
  });

  test("updateField answered with true resolves to { id }", async () => {
    expect(await answering(true).ho.conversions.updateField(7, "status", "approved")).toEqual({ id: "7" });
  });
});

describe("guards before sending", () => {
  test.each<[string | number, string]>([
    ["", "empty"],
    [-1, "negative"],
    [1.5, "fractional"],
    [Number.NaN, "NaN"],
  ])("an id of %s (%s) is refused", async (id) => {
    const { ho, calls } = answering(null);
    await expect(ho.offers.findById(id)).rejects.toBeInstanceOf(ValidationError);
    expect(calls).toHaveLength(0);
  });

  test("findAllByIds with no ids answers [] without a request", async () => {
    const { ho, calls } = answering([]);
    expect(await ho.offers.findAllByIds([])).toEqual([]);
    expect(calls).toHaveLength(0);
  });

  test("count reads the total without fetching the rows, also when the answer has no wrapper", async () => {
    expect(await answering({ 1: { Offer: { id: "1" } }, 2: { Offer: { id: "2" } } }).ho.offers.count()).toBe(
      2,
    );
    expect(await answering([]).ho.offers.count()).toBe(0);
  });
});

describe("affiliates.createWithUser", () => {
  test("creates the affiliate, then its user with the new affiliate_id", async () => {
    const fake = fakeFetch((seen) =>
      seen.target === "Affiliate"
        ? ok({ Affiliate: { id: "80", company: "Test" } })
        : ok({ AffiliateUser: { id: "32", affiliate_id: "80" } }),
    );
    const ho = client(fake.fetch);
    const created = await ho.affiliates.createWithUser(
      { company: "Test" },
      { email: "a@b.c", password: "p", password_confirmation: "p" },
    );
    expect(created).toEqual({
      affiliate: { id: "80", company: "Test" },
      user: { id: "32", affiliate_id: "80" },
    });
    expect(fake.calls.map((c) => `${c.target}.${c.rpcMethod}`)).toEqual([
      "Affiliate.create",
      "AffiliateUser.create",
    ]);
    expect(pairs(fake.calls[1])).toContain("data[affiliate_id]=80");
  });

  test("a refused user is thrown as its typed error", async () => {
    const fake = fakeFetch((seen) =>
      seen.target === "Affiliate"
        ? ok({ Affiliate: { id: "80" } })
        : failed([
            {
              err_code: 3,
              err_msg: "Email is not unique.",
              attribute_name: "email",
              publicMessage: "Could not create user.",
            },
          ]),
    );
    const error = await client(fake.fetch)
      .affiliates.createWithUser({ company: "T" }, { email: "a@b.c" })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).param).toBe("email");
  });
});

describe("offerFiles.create uploads", () => {
  const bytes = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
  const uploaded = { OfferFile: { id: "96", filename: "thumb.jpg", size: "7" } };

  async function upload(file: Blob | Uint8Array | ArrayBuffer | string, filename?: string) {
    const fake = fakeFetch(() => ok(uploaded));
    const ho = client(fake.fetch);
    const result = await ho.offerFiles.create({
      file,
      filename,
      display: "TEST_FILE",
      type: "offer thumbnail",
      width: 200,
      height: 100,
      offer_id: 438,
    });
    return { result, seen: fake.calls[0] };
  }

  async function part(seen: NonNullable<Awaited<ReturnType<typeof upload>>["seen"]>, name: string) {
    const form = await new Response(seen.body, {
      headers: { "content-type": seen.headers.get("content-type") ?? "" },
    }).formData();
    const file = form.get(name);
    return file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : null;
  }

  test("a POST with the parameters in the query and the file as the one multipart part", async () => {
    const { result, seen } = await upload(bytes, "thumb.jpg");
    expect(result).toEqual({ id: "96", filename: "thumb.jpg", size: "7" });
    expect(seen?.method).toBe("POST");
    expect(seen?.target).toBe("OfferFile");
    expect(seen?.rpcMethod).toBe("create");
    expect(pairs(seen)).toEqual([
      "data[filename]=thumb.jpg",
      "data[display]=TEST_FILE",
      "data[type]=offer thumbnail",
      "data[width]=200",
      "data[height]=100",
      "data[offer_id]=438",
    ]);
    expect(seen?.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/);
    expect(await part(seen as never, "thumb.jpg")).toEqual(bytes);
  });

  test("a Blob or File; a File names the upload", async () => {
    const { seen } = await upload(new File([bytes], "banner.jpg"));
    expect(pairs(seen)[0]).toBe("data[filename]=banner.jpg");
    expect(await part(seen as never, "banner.jpg")).toEqual(bytes);
  });

  test("an ArrayBuffer", async () => {
    const { seen } = await upload(bytes.slice().buffer, "a.jpg");
    expect(await part(seen as never, "a.jpg")).toEqual(bytes);
  });

  test("a path (Node): read from disk, named after the file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "offerkit-upload-"));
    const path = join(dir, "test-thumbnail.jpg");
    writeFileSync(path, bytes);
    const { seen } = await upload(path);
    expect(pairs(seen)[0]).toBe("data[filename]=test-thumbnail.jpg");
    expect(await part(seen as never, "test-thumbnail.jpg")).toEqual(bytes);
  });

  test("a missing path is a ValidationError, nothing sent", async () => {
    const fake = fakeFetch(() => ok(uploaded));
    const error = await client(fake.fetch)
      .offerFiles.create({
        file: join(tmpdir(), "does-not-exist-offerkit.jpg"),
        type: "offer thumbnail",
        offer_id: 1,
      })
      .catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).code).toBe("file_unreadable");
    expect(fake.calls).toHaveLength(0);
  });

  test("bytes without a filename are refused", async () => {
    await expect(upload(bytes)).rejects.toMatchObject({ name: "ValidationError", param: "filename" });
  });

  test("a failed upload is not retried on an unreadable answer (the file may exist)", async () => {
    const fake = fakeFetch(() => new Response("<html>oops</html>", { status: 200 }));
    const ho = client(fake.fetch, { maxRetries: 3 });
    await expect(ho.offerFiles.create({ file: bytes, filename: "a.jpg", offer_id: 1 })).rejects.toMatchObject(
      {
        name: "InvalidResponseError",
      },
    );
    expect(fake.calls).toHaveLength(1);
  });
});
