// The one way the browser tests start Chromium: Debian's binary (or CHROMIUM_PATH), headless, no sandbox, no network
// of its own. `extra` adds flags, e.g. e2e's host-resolver rule that stands in for a training room's LAN name.
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export function launchChromium(extra: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...ARGS, ...extra] });
}
