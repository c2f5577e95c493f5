/** A setup project's one test: builds its fixture's site (playwright.config.ts names which). */
import { test as setup } from '@playwright/test';
import { buildFixtureSite, type FixtureSite } from './fixture-sites.ts';

setup('build the fixture’s site', async ({}, testInfo) => {
  setup.setTimeout(240_000);
  await buildFixtureSite(testInfo.project.metadata.fixture as FixtureSite);
});
