import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FieldValue } from "@/components/review/field-value";
import { translator } from "@/lib/i18n/config";

// Issue 11: the review and history pages spoke in raw codes ("Date precision: WINDOW",
// "Deliberate destruction with explosives (deliberate_destruction_explosives)").

const text = (html: string) => html.replace(/<[^>]+>/g, "");

describe("a field's value as a reviewer reads it", () => {
  it("says a date precision in words, in both languages", () => {
    const en = renderToStaticMarkup(
      <FieldValue field="datePrecision" value="WINDOW" locale="en" t={translator("en")} labels={{}} />,
    );
    expect(text(en)).toBe("Between two dates");
    const ar = renderToStaticMarkup(
      <FieldValue field="windowStartPrecision" value="MONTH" locale="ar" t={translator("ar")} labels={{}} />,
    );
    expect(text(ar)).not.toContain("MONTH");
    expect(text(ar)).toBe(translator("ar")("editor.precisionMONTH"));
  });

  it("gives a vocabulary term or a record its label without the code beside it", () => {
    const labels = {
      "causeCode:deliberate_destruction_explosives": {
        en: "Deliberate destruction with explosives",
        ar: "تدمير متعمَّد بالمتفجرات",
      },
      "monumentId:mon-temple-of-baalshamin": { en: "Temple of Baalshamin", ar: "معبد بعل شمين" },
    };
    const cause = renderToStaticMarkup(
      <FieldValue
        field="causeCode"
        value="deliberate_destruction_explosives"
        locale="en"
        t={translator("en")}
        labels={labels}
      />,
    );
    expect(text(cause)).toBe("Deliberate destruction with explosives");
    const monument = renderToStaticMarkup(
      <FieldValue
        field="monumentId"
        value="mon-temple-of-baalshamin"
        locale="ar"
        t={translator("ar")}
        labels={labels}
      />,
    );
    expect(text(monument)).toBe("معبد بعل شمين");
  });
});
