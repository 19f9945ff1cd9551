import { describe, expect, it } from "vitest";
import { parseVacancyFilters, vacancyFilterParams } from "./filters";

describe("parseVacancyFilters", () => {
  it.each<[Record<string, string | string[] | undefined>, ReturnType<typeof parseVacancyFilters>]>([
    [{}, {}],
    [{ q: "  care  " }, { q: "care" }],
    [{ q: "" }, {}],
    [{ service: "cku1abc" }, { serviceId: "cku1abc" }],
    [{ service: "x' or 1=1" }, {}],
    [{ category: "SOCIAL_CARE" }, { roleCategory: "SOCIAL_CARE" }],
    [{ category: "NOT_A_CATEGORY" }, {}],
    [{ hours: "full" }, { hours: "full" }],
    [{ hours: "part" }, { hours: "part" }],
    [{ hours: "both" }, {}],
    [{ pay: "1500" }, { minPayPence: 1500 }],
    [{ pay: "1234" }, {}],
    [{ pay: "abc" }, {}],
    [{ q: ["first", "second"] }, { q: "first" }],
  ])("%o → %o", (sp, expected) => {
    expect(parseVacancyFilters(sp)).toEqual(expected);
  });

  it("round-trips through the query string, adding the page only after page 1", () => {
    const f = { q: "cook", serviceId: "abc", roleCategory: "ADMIN" as const, hours: "part" as const, minPayPence: 2000 };
    expect(parseVacancyFilters(Object.fromEntries(vacancyFilterParams(f, 3)))).toEqual(f);
    expect(vacancyFilterParams(f, 3).get("page")).toBe("3");
    expect(vacancyFilterParams({}, 1).toString()).toBe("");
  });
});
