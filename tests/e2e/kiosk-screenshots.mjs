// Screenshots of every kiosk screen at tablet size, landscape and portrait, for a person to
// look at. Usage: node tests/e2e/kiosk-screenshots.mjs [outdir]   (needs a release build)
import fs from 'node:fs';
import path from 'node:path';
import { startStatic, startTiles, launch, newPage, appUrl, photoFile } from './harness.mjs';

const root = new URL('../..', import.meta.url).pathname;
const out = process.argv[2] ?? path.join(root, 'target', 'kiosk-screenshots');
const sizes = { landscape: [1024, 768], portrait: [768, 1024] };

fs.mkdirSync(out, { recursive: true });
const app = await startStatic(process.env.OASE_DIST ?? path.join(root, 'dist'));
const tiles = await startTiles();
const browser = await launch();
try {
  for (const [name, [width, height]] of Object.entries(sizes)) {
    const page = await newPage(browser, { viewport: { width, height }, hasTouch: true });
    const shot = async (step) => {
      await page.waitForTimeout(150);
      const file = path.join(out, `${name}-${step}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    };
    // With an organiser PIN, to see the lock.
    await page.goto(appUrl(app.url, '/settings', { tiles: tiles.template }));
    await page.fill('[data-testid=kiosk-pin-new]', '2468');
    await page.tap('[data-testid=kiosk-pin-set]');
    await page.goto(appUrl(app.url, '/kiosk', { tiles: tiles.template, lat: 51.837, lon: 5.887, z: 16 }));
    await page.waitForSelector('[data-testid=kiosk-start]');
    await shot('01-welcome');
    await page.tap('[data-testid=kiosk-start]');
    await shot('02-kind');
    await page.tap('[data-testid=kind-place]');
    await page.waitForSelector('img.tile');
    await shot('03-where');
    await page.tap('[data-testid=kiosk-here]');
    await shot('04-symbol');
    await page.tap('[data-testid=symbol-option][data-symbol=drawn]');
    await shot('05-draw');
    await page.tap('[data-testid=symbol-option][data-symbol=bench]');
    await page.tap('[data-testid=kiosk-next]');
    await page.fill('[data-testid=pin-quote]', 'Hier kom ik elke ochtend even zitten, met koffie.');
    await shot('06-quote');
    await page.tap('[data-testid=kiosk-next]');
    await shot('07-name');
    await page.tap('[data-testid=kiosk-next]');
    await page.waitForSelector('[data-testid=kiosk-thanks]');
    await shot('08-thanks');
    await page.tap('[data-testid=kiosk-done]');
    // The other kinds' screens.
    await page.tap('[data-testid=kiosk-start]');
    await page.tap('[data-testid=kind-beauty]');
    await page.tap('[data-testid=kiosk-here]');
    await shot('09-photo');
    await page.setInputFiles('[data-testid=pin-photo]', photoFile());
    await page.waitForSelector('.kiosk-photo img');
    await shot('10-photo-taken');
    await page.tap('[data-testid=kiosk-next]');
    await shot('11-title-beauty');
    await page.tap('[data-testid=kiosk-back]');
    await page.tap('[data-testid=kiosk-back]');
    await page.tap('[data-testid=kiosk-back]');
    await page.tap('[data-testid=kind-dream]');
    await page.tap('[data-testid=kiosk-here]');
    await page.tap('[data-testid=kiosk-next]');
    await shot('12-talents');
    // The organiser's PIN prompt and the idle countdown.
    await page.tap('[data-testid=kiosk-leave]');
    await shot('13-leave');
    await page.fill('[data-testid=pin-code]', '1111');
    await page.tap('[data-testid=kiosk-unlock]');
    await shot('14-wrong-pin');
    await page.goto(appUrl(app.url, '/kiosk', { tiles: tiles.template, idle: 2 }));
    await page.tap('[data-testid=kiosk-start]');
    await page.waitForSelector('[data-testid=kiosk-stay]', { timeout: 5000 });
    await shot('15-idle');
    if (page.__errors.length) console.log(name, page.__errors);
    await page.close();
  }
} finally {
  await browser.close();
  await tiles.close();
  await app.close();
}
