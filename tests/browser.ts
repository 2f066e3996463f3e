// The one way the browser tests start Chromium: Debian's binary (or CHROMIUM_PATH), headless, no sandbox, no network
// of its own. `extra` adds flags, e.g. e2e's host-resolver rule that stands in for a training room's LAN name.
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export function launchChromium(extra: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...ARGS, ...extra] });
}

/**
 * The place (0-based, among the buttons shown; -1 when absent) of the story's option `index`: the game shows a
 * decision's options in an order drawn from the seed, so a test that takes a given option finds it by its index.
 */
export function placeOf(page: Page | Frame, index: number): Promise<number> {
  return page.locator('.choices button.choice').evaluateAll((els, i) => els.findIndex((e) => e.getAttribute('data-index') === String(i)), index);
}
