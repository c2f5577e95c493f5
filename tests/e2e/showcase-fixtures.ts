import { join } from 'node:path';
import { test as base } from './fixtures.ts';
import { TempProject } from '../build/temp-project.ts';
import { startStaticServer } from '../tools/static-server.ts';
import { addShowcase } from '../fixtures/long-form-showcase/showcase.ts';

export { SHOWCASE_SOURCE } from '../fixtures/long-form-showcase/showcase.ts';

/**
 * The long-form showcase (tests/fixtures/long-form-showcase): its MDX and the pictures the test
 * draws, built in a temporary copy of the project (the real article is never touched) once per
 * worker, and served as a static host serves dist/ (with its _headers). Its tests use it as
 * their baseURL, so the real article's checks read the same against it.
 */
export const test = base.extend<object, { showcase: { url: string; dist: string } }>({
  showcase: [
    async ({}, use) => {
      const project = new TempProject();
      await addShowcase(project);
      const build = project.build();
      if (!build.ok) throw new Error(`the showcase did not build:\n${build.output}`);
      const dist = join(project.root, 'dist');
      const server = await startStaticServer({ root: dist });
      await use({ url: server.url, dist });
      await server.close();
      project.remove();
    },
    { scope: 'worker', timeout: 240_000 },
  ],
  baseURL: async ({ showcase }, use) => use(showcase.url),
});

export { expect } from './fixtures.ts';
