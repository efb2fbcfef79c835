import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { responseSerializer } from "./response-serializer";

const person = z.object({
  id: z.uuid(),
  name: z.string(),
  sponsor: z.object({ name: z.string() }).nullable(),
  createdAt: z.iso.datetime(),
});
const id = "6f1c1f4e-8a57-4c43-9d1e-2f3c4b5a6d7e";

async function serve(check: boolean, body: unknown) {
  const app = Fastify();
  app.setSerializerCompiler(responseSerializer({ check }));
  app.get("/", { schema: { response: { 200: person } } }, async () => body);
  const response = await app.inject({ method: "GET", url: "/" });
  await app.close();
  return response;
}

describe("responseSerializer", () => {
  it.each([true, false])("writes declared fields only (check %s)", async (check) => {
    const response = await serve(check, {
      id,
      name: "Ada",
      sponsor: { name: "Grace", passwordHash: "x" },
      createdAt: "2026-11-25T08:00:00.000Z",
      secret: "never sent",
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      id,
      name: "Ada",
      sponsor: { name: "Grace" },
      createdAt: "2026-11-25T08:00:00.000Z",
    });
  });

  it("writes null for a nullable object", async () => {
    const response = await serve(false, {
      id,
      name: "Ada",
      sponsor: null,
      createdAt: "2026-11-25T08:00:00.000Z",
    });
    expect(response.json().sponsor).toBeNull();
  });

  it("writes every entry of a record", async () => {
    const app = Fastify();
    app.setSerializerCompiler(responseSerializer({ check: false }));
    const schema = z.object({ answers: z.record(z.string(), z.number().int()) });
    app.get("/", { schema: { response: { 200: schema } } }, async () => ({
      answers: { E1: 4, A2: 1 },
    }));
    const response = await app.inject({ method: "GET", url: "/" });
    await app.close();
    expect(response.json()).toEqual({ answers: { E1: 4, A2: 1 } });
  });

  it("refuses a response of the wrong shape when checking", async () => {
    const response = await serve(true, {
      id: "not-a-uuid",
      name: "Ada",
      sponsor: null,
      createdAt: "x",
    });
    expect(response.statusCode).toBe(500);
  });

  it("refuses a response that lacks a required field even without checking", async () => {
    const response = await serve(false, {
      id,
      sponsor: null,
      createdAt: "2026-11-25T08:00:00.000Z",
    });
    expect(response.statusCode).toBe(500);
  });
});
