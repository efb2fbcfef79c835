import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { ApiError } from "./api-client";
import { fieldErrorsOf, formMessageOf, validate } from "./form-errors";

describe("fieldErrorsOf", () => {
  it("keys the API's field errors by field name", () => {
    const error = new ApiError(400, "invalid_input", "The body has invalid fields.", [
      { path: "email", message: "Enter a valid email address" },
      { path: "body/password", message: "Use at least 10 characters" },
    ]);
    expect(fieldErrorsOf(error)).toEqual({
      email: "Enter a valid email address",
      password: "Use at least 10 characters",
    });
  });

  it("is empty for errors that are not from the API", () => {
    expect(fieldErrorsOf(new Error("boom"))).toEqual({});
  });
});

describe("formMessageOf", () => {
  it("points at the fields when the API named some", () => {
    const error = new ApiError(400, "invalid_input", "x", [{ path: "email", message: "bad" }]);
    expect(formMessageOf(error)).toBe("Please correct the highlighted fields.");
  });

  it("passes on the API's message for a conflict", () => {
    const error = new ApiError(
      409,
      "invitation_pending",
      "They have a pending invitation already.",
    );
    expect(formMessageOf(error)).toBe("They have a pending invitation already.");
  });

  it("quotes the error id of a server failure", () => {
    const error = new ApiError(500, "internal", "Something went wrong", [], "abc-123");
    expect(formMessageOf(error)).toContain("abc-123");
  });

  it("says nothing when there is no error", () => {
    expect(formMessageOf(null)).toBeNull();
  });
});

describe("validate", () => {
  const schema = z.object({ name: z.string().check(z.minLength(1, "Enter your name")) });

  it("returns the parsed data when the values are valid", () => {
    expect(validate(schema, { name: "Ada" })).toEqual({ ok: true, data: { name: "Ada" } });
  });

  it("returns the first message per field when they are not", () => {
    expect(validate(schema, { name: "" })).toEqual({
      ok: false,
      errors: { name: "Enter your name" },
    });
  });
});
