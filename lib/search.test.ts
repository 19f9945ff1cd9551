import { describe, expect, it } from "vitest";
import { likeLiteral } from "./search";

describe("likeLiteral", () => {
  it.each([
    ["care", "care"],
    ["50%", "50\\%"],
    ["_", "\\_"],
    ["a\\b", "a\\\\b"],
    ["%' or 1=1 --", "\\%' or 1=1 --"],
  ])("%s → %s", (input, out) => expect(likeLiteral(input)).toBe(out));
});
