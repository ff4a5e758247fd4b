// The batch comparison: a warm Chromium (Debian's /usr/bin/chromium, driven by playwright-core,
// which downloads no browser) printing the same sheet as HTML with the same font, with as many
// pages at once as ikusei has workers. Launching and the first print happen before timing.
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = '/usr/bin/chromium';

export interface WarmChromium {
  /** Prints `count` PDFs from the HTML file, `concurrency` pages at a time; wall seconds. */
  print(count: number): Promise<number>;
  close(): Promise<void>;
}

export async function warmChromium(htmlFile: string, concurrency: number): Promise<WarmChromium | undefined> {
  if (!fs.existsSync(CHROMIUM)) return undefined;
  const { chromium } = await import('playwright-core');
  // No network, no GPU: the figure is printing, not waiting for the machine's refused connections.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const pages = await Promise.all(Array.from({ length: concurrency }, () => browser.newPage()));
  const url = pathToFileURL(htmlFile).href;
  const printOne = async (i: number) => {
    const page = pages[i % pages.length]!;
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    return page.pdf({ format: 'A4', printBackground: true });
  };
  for (let i = 0; i < concurrency; i++) await printOne(i); // warm: fonts decoded, code paths hot
  return {
    async print(count) {
      let next = 0;
      const t0 = performance.now();
      await Promise.all(
        pages.map(async (_, lane) => {
          while (next < count) {
            next++;
            await printOne(lane);
          }
        }),
      );
      return (performance.now() - t0) / 1000;
    },
    close: () => browser.close(),
  };
}
