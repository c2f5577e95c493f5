import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFile, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const REAL_ARTICLES = join(ROOT, 'content/articles');
/** The seed article, as a fixture: the article this site was made for, word for word. */
export const SEED_SLUG = 'what-we-learned-from-interviewing-russian-pows';
export const SEED_ARTICLE = join(ROOT, 'tests/fixtures/seed-article', `${SEED_SLUG}.mdx`);

/**
 * A throwaway copy of the project in a temporary folder, with its own content/articles, so a
 * build test can use bad or unusual content without touching the real article. Sources are
 * copied; node_modules entries are linked one by one, so that build caches
 * (node_modules/.astro, .vite) stay inside the copy.
 */
export class TempProject {
  readonly root = mkdtempSync(join(tmpdir(), 'article-build-'));

  /** `withTests`: the test suite and its configuration come along, to run them on the copy's article. */
  constructor({ withTests = false } = {}) {
    for (const entry of [
      'src',
      'public',
      'astro.config.mjs',
      'tsconfig.json',
      'package.json',
      '.npmrc',
      ...(withTests ? ['tests', 'playwright.config.ts'] : []),
    ]) {
      cpSync(join(ROOT, entry), join(this.root, entry), { recursive: true });
    }
    mkdirSync(join(this.root, 'node_modules'));
    for (const dep of readdirSync(join(ROOT, 'node_modules'))) {
      if (dep.startsWith('.')) continue;
      symlinkSync(join(ROOT, 'node_modules', dep), join(this.root, 'node_modules', dep));
    }
    mkdirSync(this.articles, { recursive: true });
  }

  get articles(): string {
    return join(this.root, 'content/articles');
  }

  /**
   * Copies the seed article (tests/fixtures/seed-article, a copy of the article this site was
   * made for) into the temporary collection under `name`: the product's tests run on it, never
   * on whatever article content/articles holds.
   */
  addSeedArticle(name = 'article.mdx'): this {
    cpSync(SEED_ARTICLE, join(this.articles, name));
    return this;
  }

  write(relativePath: string, text: string): this {
    writeFileSync(join(this.root, relativePath), text);
    return this;
  }

  /** The build's command line and environment: `astro build` in the copy, under faketime when a `clock` is given. */
  private command(env: Record<string, string>, clock?: string) {
    const astro = [process.execPath, join(this.root, 'node_modules/astro/bin/astro.mjs'), 'build'];
    const [command, ...args] = clock ? ['faketime', clock, ...astro] : astro;
    return {
      command: command!,
      args,
      options: {
        cwd: this.root,
        encoding: 'utf8' as const,
        env: { ...process.env, ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
        timeout: 180_000,
      },
    };
  }

  /**
   * Runs `astro build` in the copy; `output` is stdout and stderr together, without colours.
   * `clock` (e.g. "2031-06-01 12:00:00") runs the build under faketime, with that date and time.
   */
  build(env: Record<string, string> = {}, clock?: string): { ok: boolean; output: string } {
    const { command, args, options } = this.command(env, clock);
    const run = spawnSync(command, args, options);
    if (run.error) throw run.error;
    return { ok: run.status === 0, output: plain(`${run.stdout}\n${run.stderr}`) };
  }

  /** The same build without blocking, so tests marked `concurrency` really build side by side. */
  buildAsync(env: Record<string, string> = {}, clock?: string): Promise<{ ok: boolean; output: string }> {
    const { command, args, options } = this.command(env, clock);
    return new Promise((done, fail) => {
      execFile(command, args, { ...options, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return fail(error); // could not run at all
        done({ ok: !error, output: plain(`${stdout}\n${stderr}`) });
      });
    });
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** A valid article's frontmatter lines; `overrides` replace or (as null) drop a line. */
export function fixtureArticle(overrides: Record<string, string | null> = {}, body = 'Body text.'): string {
  const lines: Record<string, string | null> = {
    title: 'title: A fixture article',
    description: 'description: A fixture article, valid in every field unless a test says otherwise.',
    author: 'author:\n  name: Test Author',
    published: 'published: 2024-01-15',
    ...overrides,
  };
  return ['---', ...Object.values(lines).filter((l) => l !== null), '---', '', body, ''].join('\n');
}

/** A build's output without its terminal colours. */
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');
