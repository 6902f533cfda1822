/**
 * Whether a browser draws Chinese text as glyphs or as the missing-glyph box. Runs INSIDE a page: pass it to
 * Playwright's `evaluate`, or inline its source (`checkGlyphs.toString()`) in a page's script. A canvas draws each
 * character in the given CSS font, and a code point no font has (U+10FFFD, private use): a character drawn as that
 * box, or drawn as nothing, has no glyph in any installed font. Used by test/cli/cjk-font.test.ts (the HTML report's
 * font stack) and test/web/audit-page.test.ts (the report the audit page shows).
 */

/** What {@link checkGlyphs} found, each count over the text's characters (code points). */
export interface GlyphCheck {
  readonly characters: number;
  /** Characters that left the canvas empty. */
  readonly blank: number;
  /** Characters drawn exactly as the missing-glyph box. */
  readonly asBox: number;
  /** How many different drawings there were: one per different character when each has its own glyph. */
  readonly distinct: number;
}

// The little of the canvas API used (tsconfig has no DOM library; in the page these are the real objects).
interface Canvas2D {
  font: string;
  fillStyle: string;
  clearRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  getImageData(x: number, y: number, w: number, h: number): { readonly data: ArrayLike<number> };
}
interface CanvasDocument {
  createElement(tag: 'canvas'): { width: number; height: number; getContext(kind: '2d'): Canvas2D | null };
}

/**
 * Draws each character of `text` in `font` (a CSS font shorthand, e.g. an element's computed `font`) and counts
 * the blank ones, the ones drawn as the missing-glyph box and the different drawings. Self-contained: it is
 * serialised into the page, so it may use nothing from this module at run time.
 */
export function checkGlyphs({ text, font }: { text: string; font: string }): GlyphCheck {
  const size = 64;
  const canvas = (globalThis as unknown as { document: CanvasDocument }).document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const g = canvas.getContext('2d');
  if (!g) throw new Error('no 2d canvas');
  const pixels = (ch: string) => {
    g.clearRect(0, 0, size, size);
    g.font = font;
    g.fillStyle = '#000';
    g.fillText(ch, 8, 40);
    return Array.from(g.getImageData(0, 0, size, size).data).join(',');
  };
  const box = pixels(String.fromCodePoint(0x10fffd));
  // By code point, on purpose: each character is drawn alone.
  const drawn = Array.from(text, pixels);
  return {
    characters: drawn.length,
    blank: drawn.filter((p) => !/[1-9]/.test(p)).length,
    asBox: drawn.filter((p) => p === box).length,
    distinct: new Set(drawn).size,
  };
}
