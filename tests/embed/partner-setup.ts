import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from '../../tools/browser/browser';
import { servePartners } from '../../tools/browser/server';

/** What every browser test file shares: the partner sites (two origins) and one Chromium. */
export type PartnerSetup = { servers: Awaited<ReturnType<typeof servePartners>>; browser: Browser };

/** Starts the partner servers and Chromium before a test file's tests, and stops them after. */
export function partnerSetup(): PartnerSetup {
  const setup = {} as PartnerSetup;
  beforeAll(async () => {
    setup.servers = await servePartners();
    setup.browser = await launch();
  });
  afterAll(async () => {
    await setup.browser?.close();
    await setup.servers?.close();
  });
  return setup;
}
