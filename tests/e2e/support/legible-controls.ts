import type { Page } from "@playwright/test";

export type IllegibleControl = { control: string; problem: string };

/**
 * Every visible button and link on the page, checked in the browser: it has a name (its text,
 * aria-label, aria-labelledby, an image's alt or a title) and its text has a contrast of at least
 * 4.5:1 (3:1 for large text) against the background it is painted on. Colours are read back
 * from a canvas, so oklch, color-mix and translucent layers are compared as painted. axe skips
 * elements whose background it cannot resolve; this check does not (the white-on-white button of
 * /admin/users passed axe).
 */
export async function findIllegibleControls(page: Page): Promise<IllegibleControl[]> {
  return page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext("2d", { willReadFrequently: true })!;
    const rgba = (colour: string): [number, number, number, number] => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = "#000";
      ctx.fillStyle = colour;
      ctx.fillRect(0, 0, 1, 1);
      const d = ctx.getImageData(0, 0, 1, 1).data;
      return [d[0] ?? 0, d[1] ?? 0, d[2] ?? 0, (d[3] ?? 0) / 255];
    };
    type Rgba = [number, number, number, number];
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const mix = (t: number, b: number) => t * top[3] + b * (1 - top[3]);
      return [mix(top[0], bottom[0]), mix(top[1], bottom[1]), mix(top[2], bottom[2]), 1];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const lin = (v: number) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    // the background an element is painted on: its own and its ancestors' layers, composed
    const background = (element: Element): [number, number, number, number] | null => {
      const layers: [number, number, number, number][] = [];
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.backgroundImage !== "none") return null; // a picture or gradient: cannot say
        const colour = rgba(style.backgroundColor);
        if (colour[3] > 0) layers.push(colour);
        if (colour[3] === 1) break;
      }
      let result: [number, number, number, number] = [255, 255, 255, 1];
      for (const layer of layers.reverse()) result = over(layer, result);
      return result;
    };
    const nameOf = (element: HTMLElement) => {
      const labelledBy = element.getAttribute("aria-labelledby");
      const byIds = labelledBy
        ?.split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" ");
      const alts = [...element.querySelectorAll("img[alt], svg[aria-label]")]
        .map((img) => img.getAttribute("alt") ?? img.getAttribute("aria-label") ?? "")
        .join(" ");
      // textContent, not innerText: content-visibility:auto leaves innerText empty off screen
      return [element.getAttribute("aria-label"), byIds, element.textContent, alts, element.getAttribute("title")]
        .filter(Boolean)
        .join(" ")
        .trim();
    };
    const describe = (element: HTMLElement) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""} "${(element.textContent || element.getAttribute("aria-label") || "").trim().slice(0, 60)}"`;

    const problems: { control: string; problem: string }[] = [];
    const controls = document.querySelectorAll<HTMLElement>("a[href], button, [role=button], input[type=submit]");
    for (const element of controls) {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      // not rendered, or hidden from everyone: nothing to read or reach
      if (
        element.getClientRects().length === 0 ||
        // inside a closed <details> (content-visibility: hidden) or visibility: hidden
        !element.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }) ||
        style.visibility === "hidden" ||
        element.closest("[aria-hidden=true]")
      )
        continue;
      if (!nameOf(element)) problems.push({ control: describe(element), problem: "no accessible name" });
      // visually hidden until focused (a skip link): its contrast is checked when it shows
      if (box.width <= 1 || box.height <= 1) continue;
      if (!element.textContent?.trim()) continue; // an icon button: its name is checked above
      const bg = background(element);
      if (!bg) continue;
      const fg = over(rgba(style.color), bg);
      const ratio = (Math.max(luminance(fg), luminance(bg)) + 0.05) / (Math.min(luminance(fg), luminance(bg)) + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const needed = large ? 3 : 4.5;
      // disabled controls are exempt in WCAG, but a disabled primary action must still be readable
      if (ratio < needed) {
        problems.push({ control: describe(element), problem: `text contrast ${ratio.toFixed(2)}:1 < ${needed}:1` });
      }
    }
    return problems;
  });
}
