import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Button, BUTTON_VARIANTS, buttonClasses } from "@/components/ui/button";
import { ErrorSummary, Field } from "@/components/ui/field";
import { Table, TableBody, TableCell, TableRow } from "@/components/ui/table";
import { contrastRatio, tailwindColour } from "../helpers/colour";

// The design system's primitives: what they render, and that every button variant is legible.
// (Their behaviour in a browser, the dialog's focus and keyboard, is tested end to end.)

/** The one colour a class list sets for a property at rest (no hover:, focus: … prefix). */
function restingColour(classes: string, property: "bg" | "text"): string[] {
  return classes
    .split(/\s+/)
    .filter((c) => !c.includes(":"))
    .map((c) => new RegExp(`^${property}-((?:[a-z]+-\\d+)|white|black|transparent)$`).exec(c)?.[1])
    .filter((c): c is string => Boolean(c));
}

describe("button variants", () => {
  it.each(Object.keys(BUTTON_VARIANTS))("%s sets exactly one background and one text colour", (variant) => {
    const classes = buttonClasses({ variant: variant as keyof typeof BUTTON_VARIANTS });
    expect(restingColour(classes, "bg")).toHaveLength(1);
    expect(restingColour(classes, "text")).toHaveLength(1);
  });

  it.each(Object.keys(BUTTON_VARIANTS))("%s has a text contrast of at least 4.5:1 (WCAG AA)", (variant) => {
    const classes = buttonClasses({ variant: variant as keyof typeof BUTTON_VARIANTS });
    const [bg = "missing"] = restingColour(classes, "bg");
    const [text = "missing"] = restingColour(classes, "text");
    // a transparent button sits on the page's white
    const background = bg === "transparent" ? "#fff" : tailwindColour(bg);
    expect(contrastRatio(tailwindColour(text), background)).toBeGreaterThanOrEqual(4.5);
  });

  it("the measure can fail: white on white, the old /admin/users button, is 1:1", () => {
    expect(contrastRatio(tailwindColour("white"), "#fff")).toBe(1);
    expect(contrastRatio(tailwindColour("stone-400"), "#fff")).toBeLessThan(4.5);
  });

  it("renders a <button type=button> unless told otherwise, and a link with asChild", () => {
    expect(renderToStaticMarkup(<Button>Save</Button>)).toMatch(/^<button type="button" class="[^"]+">Save<\/button>$/);
    expect(renderToStaticMarkup(<Button type="submit">Send</Button>)).toContain('type="submit"');
    const link = renderToStaticMarkup(
      <Button asChild>
        <a href="https://example.org/x">Go</a>
      </Button>,
    );
    expect(link).toMatch(/^<a href="https:\/\/example.org\/x" class="[^"]*bg-blue-800[^"]*">Go<\/a>$/);
  });
});

describe("field", () => {
  it("ties the label, hint and error to the control", () => {
    const html = renderToStaticMarkup(
      <Field
        id="email"
        label="E-mail"
        hint="Where the link goes"
        error="Enter an e-mail address"
        required
        requiredLabel="required"
      >
        {(control) => <input type="email" {...control} />}
      </Field>,
    );
    expect(html).toContain('<label for="email"');
    expect(html).toMatch(
      /<input type="email" id="email" class="[^"]+" aria-invalid="true" aria-describedby="email-hint email-error" aria-required="true"\/>/,
    );
    expect(html).toContain('id="email-error"');
    expect(html).toContain("(required)");
  });

  it("marks nothing invalid without an error", () => {
    const html = renderToStaticMarkup(
      <Field id="n" label="Name">
        {(control) => <input {...control} />}
      </Field>,
    );
    expect(html).not.toContain("aria-invalid");
    expect(html).not.toContain("aria-describedby");
  });

  it("lists the errors of a form with links to their fields", () => {
    const html = renderToStaticMarkup(
      <ErrorSummary
        id="errors"
        heading="Check these fields"
        errors={[
          { fieldId: "title", message: "Give a title" },
          { fieldId: "status", message: "Choose a status" },
        ]}
      />,
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain('<a href="#title"');
    expect(html).toContain('<a href="#status"');
    expect(renderToStaticMarkup(<ErrorSummary id="e" heading="x" errors={[]} />)).toBe("");
  });
});

describe("table", () => {
  it("has a caption that names its scrolling region", () => {
    const html = renderToStaticMarkup(
      <Table id="accounts" caption="Accounts">
        <TableBody>
          <TableRow>
            <TableCell>a</TableCell>
          </TableRow>
        </TableBody>
      </Table>,
    );
    expect(html).toMatch(/^<div role="region" aria-labelledby="accounts-caption" tabindex="0"/);
    expect(html).toContain('<caption id="accounts-caption"');
  });
});
