import { join } from "node:path";
import { responseFor, spec } from "../../../trackofferz/test/support/spec.js";

/*
 * The JSON examples of the TrackOfferz wire contract (a markdown file), each paired with the spec schema it shows:
 * the error body, each endpoint's answer, the conversion request body, and the `201` answer written inline.
 */

/** The wire contract, the truth the spec is written from. */
export const CONTRACT = join(import.meta.dirname, "../../../../fixtures/trackofferz-api.md");

/** One example: where the contract shows it, the schema it must fit, and the value. */
export interface DocExample {
  where: string;
  schema: object;
  value: unknown;
}

type Schema = { schema: object };

/** The JSON media of a documented response (`GET /reports/summary`, 200). */
function responseSchema(method: string, path: string, status: number): object {
  const media = responseFor(method, path, status)?.content?.["application/json"] as Schema | undefined;
  if (!media) throw new Error(`the spec documents no JSON answer ${status} for ${method} ${path}`);
  return media.schema;
}

/** Every JSON example of the contract, in the order it shows them. */
export function docExamples(markdown: string): DocExample[] {
  const out: DocExample[] = [];
  let section = "";
  let block: string[] | undefined;
  for (const line of markdown.split("\n")) {
    if (block) {
      if (line.startsWith("```")) {
        out.push(exampleIn(section, JSON.parse(block.join("\n"))));
        block = undefined;
      } else block.push(line);
      continue;
    }
    if (line.startsWith("```json")) block = [];
    else if (/^#{2,3} /.test(line)) section = line.replace(/^#+ /, "");
    // An answer written inline: "- `201` — recorded now: `{ … }`".
    const inline = /^- `(\d{3})` .*?`(\{.*\})`/.exec(line);
    if (inline) {
      const [method = "", path = ""] = section.split(" ");
      const status = Number(inline[1]);
      out.push({
        where: `${section} → ${status}`,
        schema: responseSchema(method, path, status),
        value: JSON.parse(inline[2]!),
      });
    }
  }
  return out;
}

/** A fenced example: the error body under "Errors", a request body under POST, else the endpoint's 200 answer. */
function exampleIn(section: string, value: unknown): DocExample {
  if (section === "Errors")
    return { where: "error body", schema: { $ref: "#/components/schemas/ErrorBody" }, value };
  const [method = "", path = ""] = section.split(" ");
  if (method === "POST") {
    const body = spec.paths[path][method.toLowerCase()].requestBody.content["application/json"] as Schema;
    return { where: `${section} request body`, schema: body.schema, value };
  }
  return { where: `${section} → 200`, schema: responseSchema(method, path, 200), value };
}
