/**
 * WebKit: Debian's WebKitGTK (`webkit2gtk-driver`: WebKitWebDriver and its MiniBrowser, the
 * Safari engine), in a virtual display (`xvfb-run`, Debian's `xvfb`), driven by WebdriverIO over
 * classic WebDriver. Each browser has a driver of its own, on a free port, stopped with its
 * process group.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { remote } from 'webdriverio';
import { markTarget, TARGET, type EngineOptions, type EnginePage } from './engine.ts';

export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
/** WebKitGTK's MiniBrowser: $MINIBROWSER_PATH, else where Debian and Ubuntu put it, for this machine's architecture. */
export const MINIBROWSER =
  [process.env.MINIBROWSER_PATH, ...readdirSync('/usr/lib').map((dir) => `/usr/lib/${dir}/webkit2gtk-4.1/MiniBrowser`)].find(
    (path) => path && existsSync(path),
  ) ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

export function missing(): string | undefined {
  const absent = [WEBKIT_DRIVER, MINIBROWSER, '/usr/bin/xvfb-run'].filter((path) => !existsSync(path));
  if (!absent.length) return undefined;
  return `No WebKitGTK driver here (${absent.join(', ')} missing): apt-get install webkit2gtk-driver xvfb (.ci/system-packages.tsv)`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function startDriver(): Promise<{ port: number; driver: ChildProcess }> {
  const port = await freePort();
  const driver = spawn('xvfb-run', ['-a', WEBKIT_DRIVER, `--port=${port}`], { detached: true, stdio: 'ignore' });
  for (let waited = 0; waited < 20_000; waited += 200) {
    if (
      await fetch(`http://127.0.0.1:${port}/status`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { port, driver };
    await new Promise((done) => setTimeout(done, 200));
  }
  process.kill(-driver.pid!, 'SIGTERM');
  throw new Error(`WebKitWebDriver did not answer on port ${port} within 20 s`);
}

/** Listens for what goes wrong in the page from now on: uncaught errors, rejections, console errors. */
function watchPage(): void {
  const w = window as unknown as { engineErrors?: string[] };
  if (w.engineErrors) return;
  const seen: string[] = (w.engineErrors = []);
  addEventListener('error', (e) => seen.push(e.message));
  addEventListener('unhandledrejection', (e) => seen.push(String(e.reason)));
  const log = console.error.bind(console);
  console.error = (...args: unknown[]) => (seen.push(args.map(String).join(' ')), log(...args));
}

export async function launch(options: EngineOptions): Promise<EnginePage> {
  const { port, driver } = await startDriver();
  const stop = () => {
    try {
      process.kill(-driver.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  let browser: WebdriverIO.Browser;
  try {
    browser = await remote({
      logLevel: 'error',
      hostname: '127.0.0.1',
      port,
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', ...(options.dark ? ['--dark-mode'] : [])] },
      } as WebdriverIO.Capabilities,
    });
  } catch (error) {
    stop();
    throw error;
  }
  const errors: string[] = [];
  const collect = async () => {
    errors.push(
      ...((await browser.execute(() => (window as unknown as { engineErrors?: string[] }).engineErrors?.splice(0) ?? [])) as string[]),
    );
  };

  return {
    engine: 'webkit',
    async resize(width, height) {
      await browser.setWindowSize(width, height);
      return browser.execute(() => ({ width: innerWidth, height: innerHeight }));
    },
    async goto(url) {
      await collect().catch(() => undefined);
      await browser.url(url);
      await browser.execute(watchPage);
    },
    evaluate: (fn, ...args) => browser.execute(fn as never, ...(args as unknown as never[])) as never,
    async click(selector, text) {
      if (!(await browser.execute(markTarget, selector, text))) throw new Error(`nothing to click: ${selector}${text ? ` "${text}"` : ''}`);
      await browser.$(TARGET).click();
    },
    async errors() {
      await collect();
      return errors.splice(0);
    },
    async close() {
      await browser.deleteSession().catch(() => undefined);
      stop();
    },
  };
}
