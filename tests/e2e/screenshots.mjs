// Screenshots of each mode at tablet, phone and projector size, for a person to look at.
// Usage: node tests/e2e/screenshots.mjs [outdir] [route…]   (needs a release build in dist/)
import fs from 'node:fs';
import path from 'node:path';
import { startStatic, startTiles, launch, newPage, appUrl } from './harness.mjs';

const root = new URL('../..', import.meta.url).pathname;
const out = process.argv[2] ?? path.join(root, 'target', 'screenshots');
const routes = process.argv.slice(3).length ? process.argv.slice(3)
  : ['/', '/list', '/kiosk', '/walk', '/screen', '/settings'];
const sizes = { tablet: [1024, 768], phone: [390, 844], projector: [1920, 1080] };

fs.mkdirSync(out, { recursive: true });
const app = await startStatic(process.env.OASE_DIST ?? path.join(root, 'dist'));
const tiles = await startTiles();
const browser = await launch();
try {
  for (const route of routes) {
    for (const [name, [width, height]] of Object.entries(sizes)) {
      const page = await newPage(browser, {
        viewport: { width, height }, hasTouch: name !== 'projector', isMobile: name === 'phone',
      });
      await page.goto(appUrl(app.url, route, { tiles: tiles.template }));
      await page.waitForLoadState('networkidle');
      const file = path.join(out, `${route.replace(/\W/g, '') || 'map'}-${name}.png`);
      await page.screenshot({ path: file });
      if (page.__errors.length) console.log(route, name, page.__errors);
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await tiles.close();
  await app.close();
}
