// The tooltip's pictures for the README: the card open on the reference report at 1024×640, in the light
// and the dark colour scheme (docs/gallery/tooltip-light.png, tooltip-dark.png). Used by `npm start`.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Hovers `term` (simplified or as published) in the middle of the window; resolves once the card settled. */
const HOVER_POINT = (forms) => `(() => {
  const strip = (s) => s.replace(/\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)/g, '');
  const r = [...(CSS.highlights.get('tifa-lens-term') ?? [])].find((x) => ${JSON.stringify(forms)}.includes(strip(x.toString())));
  if (!r) return null;
  const rect = r.getClientRects()[0];
  scrollBy(0, rect.y - innerHeight * 0.3);
  const b = r.getClientRects()[0];
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
})()`;
const WAIT = `new Promise((resolve) => { let n = 0; const t = () => (CSS.highlights.get('tifa-lens-term')?.size || n++ > 100) ? setTimeout(resolve, 500) : setTimeout(t, 100); t(); })`;

/** Writes both pictures with a Playwright browser context that has the extension loaded. */
export async function tooltipGallery(context, url) {
  mkdirSync('docs/gallery', { recursive: true });
  const page = await context.newPage();
  await page.setViewportSize({ width: 1024, height: 640 });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(url);
    await page.evaluate(WAIT);
    await page.mouse.move(2, 2);
    const point = await page.evaluate(HOVER_POINT(['四保']));
    if (point) {
      await page.mouse.move(point.x, point.y, { steps: 4 });
      await new Promise((r) => setTimeout(r, 1200));
    }
    const path = resolve(`docs/gallery/tooltip-${scheme}.png`);
    await page.screenshot({ path });
    console.log(`Tooltip (${scheme}) written to ${path}`);
  }
  await page.close();
}
