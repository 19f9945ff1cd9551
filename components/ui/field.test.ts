/**
 * The GOV.UK wiring every single-control field shares (components/ui/field.tsx): the label points at the control,
 * and the hint and the error are tied to it through aria-describedby, with aria-invalid on error.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DateField, FileUpload, Select, TextArea, TextInput } from "./field";

function parse(html: string) {
  const attr = (tag: string, name: string) => {
    const m = new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`).exec(html);
    return m ? m[1] : null;
  };
  return { html, attr };
}

const controls = [
  { tag: "input", make: (p: object) => createElement(TextInput, { name: "email", label: "Email address", ...p }) },
  { tag: "textarea", make: (p: object) => createElement(TextArea, { name: "email", label: "Email address", ...p }) },
  { tag: "select", make: (p: object) => createElement(Select, { name: "email", label: "Email address", options: [{ value: "a", label: "A" }], ...p }) },
  { tag: "input", make: (p: object) => createElement(DateField, { name: "email", label: "Email address", ...p }) },
  { tag: "input", make: (p: object) => createElement(FileUpload, { name: "email", label: "Email address", ...p }) },
];

describe.each(controls.map((c, i) => ({ ...c, kind: ["TextInput", "TextArea", "Select", "DateField", "FileUpload"][i] })))("$kind", ({ tag, make }) => {
  it("has a label for the control, which takes its id and name from `name`", () => {
    const { html, attr } = parse(renderToStaticMarkup(make({})));
    expect(html).toContain('<label for="email"');
    expect(html).toContain("Email address");
    expect(attr(tag, "id")).toBe("email");
    expect(attr(tag, "name")).toBe("email");
    expect(attr(tag, "aria-describedby")).toBeNull();
    expect(attr(tag, "aria-invalid")).toBeNull();
  });

  it("ties the hint and the error to the control and marks it invalid", () => {
    const { html, attr } = parse(renderToStaticMarkup(make({ hint: "We send updates here", error: "Enter an email address" })));
    expect(html).toMatch(/id="email-hint"[^>]*>We send updates here/);
    expect(html).toMatch(/id="email-error"[^>]*>.*Error:.*Enter an email address/);
    expect(attr(tag, "aria-describedby")).toBe("email-hint email-error");
    expect(attr(tag, "aria-invalid")).toBe("true");
  });

  it("uses an explicit id when given and marks an optional field in the label", () => {
    const { html, attr } = parse(renderToStaticMarkup(make({ id: "contact-email", optional: true, hint: "Hint" })));
    expect(html).toContain('<label for="contact-email"');
    expect(html).toContain("(optional)");
    expect(attr(tag, "id")).toBe("contact-email");
    expect(attr(tag, "name")).toBe("email");
    expect(attr(tag, "aria-describedby")).toBe("contact-email-hint");
  });
});

describe("TextInput", () => {
  it("keeps a description the caller adds and shows prefix and suffix beside the input", () => {
    const { html, attr } = parse(
      renderToStaticMarkup(createElement(TextInput, { name: "rate", label: "Rate", error: "Enter a rate", prefix: "£", suffix: "an hour", "aria-describedby": "rate-note" })),
    );
    expect(attr("input", "aria-describedby")).toBe("rate-error rate-note");
    expect(html.indexOf("£")).toBeLessThan(html.indexOf("<input"));
    expect(html.indexOf("an hour")).toBeGreaterThan(html.indexOf("<input"));
  });
});

describe("Select", () => {
  it("selects the default value, and an empty first option when there is a placeholder", () => {
    const options = [
      { value: "ASC", label: "Adult social care" },
      { value: "CSC", label: "Children's social care" },
    ];
    const chosen = renderToStaticMarkup(createElement(Select, { name: "service", label: "Service", options, defaultValue: "CSC" }));
    expect(chosen).toMatch(/<option value="CSC" selected="">/);
    const empty = renderToStaticMarkup(createElement(Select, { name: "service", label: "Service", options, placeholder: "Choose a service" }));
    expect(empty).toMatch(/<option value="" selected="">Choose a service<\/option>/);
  });
});
