import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Response } from "../support/agent";
import { newAgent, uniqueEmail } from "../support/factories";
import { collectingCampaign, daysFromToday } from "../support/feedback-factories";
import {
  buildRecords,
  knownValues,
  labelOf,
  type Records,
  type Schema,
  urlOf,
  WRITE_METHODS,
} from "../support/hostile-records";
import { useTestApp } from "../support/test-app";
import { databaseKinds } from "../support/test-database";

// Every write route of the OpenAPI document, every string field of its body (nested, and the
// keys of records), with text no database can store, a megabyte and HTML, as a coach, a client
// and someone signed out: never a 5xx; unstorable text is a 400 naming the field.

const HTML = "<script>alert(1)</script><img src=x onerror=alert(1)>";
const MEGABYTE = "x".repeat(1_000_000);

/** A place in a body where hostile text goes: a string's value, or a record's key. */
interface FieldCase {
  at: string[];
  kind: "value" | "key";
  build(): unknown;
}

/** A body of the schema's shape, each string a plausible one, each record keyed by `key`. */
function sample(schema: Schema, key = "k"): unknown {
  const variant = schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (variant) return sample(variant, key);
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === "string") return sampleText(schema);
  if (type === "number" || type === "integer") return schema.minimum ?? 1;
  if (type === "boolean") return true;
  if (type === "array")
    return Array.from({ length: Math.max(1, schema.minItems ?? 0) }, () =>
      sample(schema.items ?? {}, key),
    );
  if (type === "object" || schema.properties) {
    const value: Record<string, unknown> = {};
    for (const [name, property] of Object.entries(schema.properties ?? {}))
      value[name] = knownValues[name] ?? sample(property, key);
    if (typeof schema.additionalProperties === "object")
      value[key] = sample(schema.additionalProperties, key);
    return value;
  }
  return null;
}

function sampleText(schema: Schema): string {
  if (schema.format === "email") return uniqueEmail("fuzz");
  if (schema.format === "date") return daysFromToday(10);
  if (schema.format === "uuid") return randomUUID();
  return "Sample text".padEnd(schema.minLength ?? 0, ".");
}

/** Every string field of a schema, each with a body of its branch of the schema. */
function fieldCases(schema: Schema, key = "k"): FieldCase[] {
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.flatMap((variant) => fieldCases(variant, key));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (type === "string") return [{ at: [], kind: "value", build: () => sample(schema, key) }];
  if (type === "array" && schema.items) {
    return fieldCases(schema.items, key).map((inner) => ({
      ...inner,
      at: ["0", ...inner.at],
      build: () => [inner.build()],
    }));
  }
  if (type !== "object" && !schema.properties) return [];
  const cases: FieldCase[] = [];
  const within = (name: string, inner: FieldCase): FieldCase => ({
    ...inner,
    at: [name, ...inner.at],
    build: () => ({ ...(sample(schema, key) as object), [name]: inner.build() }),
  });
  for (const [name, property] of Object.entries(schema.properties ?? {}))
    for (const inner of fieldCases(property, key)) cases.push(within(name, inner));
  if (typeof schema.additionalProperties === "object") {
    for (const inner of fieldCases(schema.additionalProperties, key))
      cases.push(within(key, inner));
    cases.push({ at: [key], kind: "key", build: () => sample(schema, key) });
  }
  return cases;
}

/** The body with `text` put in place of the field's value or key. */
function withText(body: unknown, field: FieldCase, text: string): unknown {
  if (field.at.length === 0) return text;
  const parents = field.at.slice(0, -1);
  const last = field.at.at(-1) as string;
  let holder = body as Record<string, unknown>;
  for (const step of parents) holder = holder[step] as Record<string, unknown>;
  if (field.kind === "value") holder[last] = text;
  else {
    holder[text] = holder[last];
    delete holder[last];
  }
  return body;
}

/** The field's path as the error names it (a broken key is shown with U+FFFD in place). */
function namedPath(field: FieldCase, text: string): string {
  if (field.kind === "value") return field.at.join(".");
  return [...field.at.slice(0, -1), text.replace(/\0|\p{Cs}/gu, "\uFFFD")].join(".");
}

const unstorable = fc
  .tuple(
    fc.string({ maxLength: 12 }),
    fc.oneof(
      fc.constant("\0"),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
    ),
    fc.string({ maxLength: 12 }),
  )
  .map((parts) => parts.join(""));

function expectRefused(response: Response<any>, path: string) {
  const shown = JSON.stringify(response.body);
  expect(response.status, shown).toBe(400);
  expect(response.body.error.code, shown).toBe("invalid_input");
  expect(
    response.body.error.fields.map((f: { path: string }) => f.path),
    shown,
  ).toContain(path);
}

function expectNoServerError(response: Response<any>, what: string) {
  expect(response.status, `${what}: ${JSON.stringify(response.body).slice(0, 500)}`).toBeLessThan(
    500,
  );
}

describe.each(databaseKinds())("hostile text on %s", (kind) => {
  const t = useTestApp(kind);
  let records: Records;

  beforeAll(async () => {
    records = await buildRecords(t.current);
  }, 120_000);

  const writes = () =>
    records.operations.filter((o) => (WRITE_METHODS as readonly string[]).includes(o.method));

  it("covers every write route of the API document", () => {
    expect(writes().length).toBeGreaterThan(40);
    const withText = writes().filter((o) => o.body && fieldCases(o.body).length > 0);
    expect(withText.length).toBeGreaterThan(25);
  });

  it("refuses a NUL or a lone surrogate in any string of any body, naming the field", async () => {
    for (const operation of writes()) {
      if (!operation.body) continue;
      for (const field of fieldCases(operation.body, records.recordKey(operation.path))) {
        await fc.assert(
          fc.asyncProperty(unstorable, async (text) => {
            for (const [role, agent] of records.roles) {
              const body = withText(field.build(), field, text);
              const url = urlOf(records, operation);
              const response = await agent
                .copy()
                .request(operation.method.toUpperCase() as "POST", url, body);
              expectNoServerError(response, `${labelOf(operation)} as ${role}`);
              expectRefused(response, namedPath(field, text));
            }
          }),
          { seed: 12, numRuns: 4 },
        );
      }
    }
  }, 120_000);

  it("answers a megabyte or HTML in any string field without a server error", async () => {
    for (const operation of writes()) {
      if (!operation.body) continue;
      for (const field of fieldCases(operation.body, records.recordKey(operation.path))) {
        const megabyte = await records.world.coach.agent
          .copy()
          .request(
            operation.method.toUpperCase() as "POST",
            urlOf(records, operation),
            withText(field.build(), field, MEGABYTE),
          );
        expectNoServerError(megabyte, `${labelOf(operation)} ${field.at.join(".")}, 1 MB`);
        for (const [role, agent] of records.roles) {
          // A copy: signing up or accepting an invitation must not change who the role is.
          const response = await agent
            .copy()
            .request(
              operation.method.toUpperCase() as "POST",
              urlOf(records, operation),
              withText(field.build(), field, HTML),
            );
          expectNoServerError(response, `${labelOf(operation)} ${field.at.join(".")} as ${role}`);
        }
      }
    }
  }, 120_000);

  it("refuses a NUL in any route's address or query string, naming the parameter", async () => {
    const agent = records.world.coach.agent;
    for (const operation of records.operations) {
      const method = operation.method.toUpperCase() as "POST";
      for (const parameter of operation.parameters.filter((p) => p.in === "path")) {
        const url = urlOf(records, operation, { [parameter.name]: "a\0b" });
        const response = await agent.request(method, url);
        expectNoServerError(response, labelOf(operation));
        expectRefused(response, parameter.name);
      }
      const names = [
        ...operation.parameters.filter((p) => p.in === "query").map((p) => p.name),
        "note",
      ];
      for (const name of names) {
        const response = await agent.request(method, `${urlOf(records, operation)}?${name}=a%00b`);
        expectNoServerError(response, `${labelOf(operation)}?${name}`);
        expectRefused(response, name);
      }
      const brokenKey = await agent.request(method, `${urlOf(records, operation)}?a%00=1`);
      expectRefused(brokenKey, "a\uFFFD");
      if (operation.method !== "get") continue;
      const invalidUtf8 = await agent.request(method, `${urlOf(records, operation)}?q=%ED%A0%80`);
      expectNoServerError(invalidUtf8, `${labelOf(operation)} with invalid UTF-8`);
    }
  }, 120_000);

  it("keeps a rater's HTML comment exactly, as text, and refuses a NUL with nothing saved", async () => {
    const { world } = records;
    const { raters } = await collectingCampaign(t.current, world, { peer: 3 });
    const rater = newAgent(t.current);
    const url = `/api/feedback/survey/${raters[0]?.token}`;
    const question = (await rater.get(url)).body.model.openQuestions[0].id as string;

    const refused = await rater.put(`${url}/answers`, { comments: { [question]: `Kind\u0000ly` } });
    expectRefused(refused, `comments.${question}`);
    expect((await rater.get(url)).body.answers.comments[question]).toBeUndefined();

    const saved = await rater.put(`${url}/answers`, { comments: { [question]: HTML } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const read = await rater.get(url);
    expect(read.headers["content-type"]).toMatch(/^application\/json/);
    expect(read.body.answers.comments[question]).toBe(HTML);
  });

  it("keeps HTML exactly in an engagement's title and a profile entry", async () => {
    const { world } = records;
    const engagementUrl = `/api/engagements/${world.engagement.id}`;
    const patched = await world.coach.agent.patch(engagementUrl, { title: HTML });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect((await world.client.agent.get(engagementUrl)).body.title).toBe(HTML);

    const entry = await world.client.agent.post(`${engagementUrl}/development-profile/entries`, {
      kind: "development_area",
      title: HTML,
      detail: HTML,
    });
    expect(entry.status, JSON.stringify(entry.body)).toBe(201);
    const profile = await world.coach.agent.get(`${engagementUrl}/development-profile`);
    const kept = profile.body.entries.find((e: { id: string }) => e.id === entry.body.id);
    expect([kept.title, kept.detail]).toEqual([HTML, HTML]);
  });

  it("refuses a NUL in a name at sign-up as invalid input, with no account made", async () => {
    const email = uniqueEmail("nul-name");
    const agent = newAgent(t.current);
    const response = await agent.post("/api/auth/sign-up", {
      name: "Ada\u0000",
      email,
      password: "correct horse battery",
      practiceName: "Ada's practice",
    });
    expectRefused(response, "name");
    const signIn = await agent.post("/api/auth/sign-in", {
      email,
      password: "correct horse battery",
    });
    expect(signIn.status).toBe(401);
  });
});
