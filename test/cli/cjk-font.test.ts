// The HTML report is read in Chinese: the machine that renders it (CI's headless Chromium, an auditor's screenshot)
// must draw Chinese glyphs, not the replacement box. A canvas draws a Chinese heading's characters and a code point
// no font has (U+10FFFD, private use): if every Chinese character comes out as that box, no CJK font is installed.
// .ci/run installs one (Debian's fonts-wqy-microhei). Like every Chromium test, this one fails in CI (CI is set)
// and skips only on a developer's machine without Chromium, saying so.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderInChromium, skipWithoutChromium } from '../helpers/chromium.js';
import { checkGlyphs, type GlyphCheck } from '../helpers/cjk-glyphs.js';

// The report's own font stack (src/app/formats/html.ts, body).
const FONT = '28px system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif';
const HEADING = '扶贫小额信贷审计报告';

// The check itself (test/helpers/cjk-glyphs.ts) runs in the page, inlined as source.
const page = `<!doctype html><meta charset="utf-8"><body><pre id="out"></pre><script>
const checkGlyphs = ${checkGlyphs.toString()};
document.getElementById('out').textContent = JSON.stringify(checkGlyphs(${JSON.stringify({ text: HEADING, font: FONT })}));
</script>`;

describe('the HTML report renders Chinese', () => {
  it.skipIf(skipWithoutChromium('cjk-font.test.ts'))('draws each character of a Chinese heading as its own glyph, not as the missing-glyph box', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fupin-cjk-'));
    const file = join(dir, 'cjk.html');
    writeFileSync(file, page);
    const dom = await renderInChromium(file);
    const result = JSON.parse(/<pre id="out">([^<]*)<\/pre>/.exec(dom)?.[1] ?? 'null') as GlyphCheck | null;
    expect(result).not.toBeNull();
    expect(result!.blank).toBe(0);
    expect(result!.asBox).toBe(0);
    // Ten different characters, ten different glyphs (the heading has no repeated character).
    expect(result!.distinct).toBe(new Set(HEADING).size);
  });
});
