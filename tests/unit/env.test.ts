import { describe, expect, it } from "vitest";
import { parseEnv } from "../../lib/env";
import { describeConnectionError } from "../../scripts/lib/database";

describe("configuration", () => {
  it("applies defaults when nothing is set", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATA_DIR).toBe(".data");
    expect(env.NODE_ENV).toBe("development");
  });

  it.each([["mysql://localhost/db"], ["postgresql://"], ["not a url"], ["localhost:5432/heritage"]])(
    "refuses the malformed DATABASE_URL %s, naming the variable",
    (value) => {
      expect(() => parseEnv({ DATABASE_URL: value })).toThrow(/DATABASE_URL: must be a postgresql:\/\/ URL/);
    },
  );

  it("accepts postgres:// and postgresql:// URLs", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://u:p@db.internal:5432/heritage" }).DATABASE_URL).toBe(
      "postgres://u:p@db.internal:5432/heritage",
    );
  });

  it("refuses a short NEXTAUTH_SECRET and a port out of range", () => {
    expect(() => parseEnv({ NEXTAUTH_SECRET: "short" })).toThrow(/NEXTAUTH_SECRET/);
    expect(() => parseEnv({ PORT: "70000" })).toThrow(/PORT/);
  });
});

describe("database connection errors", () => {
  const url = "postgresql://alice:secret@db.example:5433/heritage";
  it.each([
    [{ code: "ECONNREFUSED" }, /unreachable: nothing answers at db\.example:5433/],
    [{ code: "ENOTFOUND" }, /unreachable/],
    [{ code: "28P01", message: "password authentication failed" }, /refused: .* rejected the login of user "alice"/],
    [{ code: "3D000" }, /database that does not exist: heritage/],
  ])("explains %o in one line", (error, expected) => {
    const message = describeConnectionError(error, url);
    expect(message).toMatch(expected);
    expect(message).not.toContain("secret");
    expect(message.split("\n")).toHaveLength(1);
  });
});
