/**
 * One reader's browser, in an engine other than Chromium, as the cross-engine spec drives it
 * (tests/e2e/engines/): Gecko through Debian's Firefox ESR (puppeteer-core over WebDriver BiDi,
 * gecko.ts) and WebKit through Debian's WebKitGTK (its WebDriver and MiniBrowser under Xvfb,
 * WebdriverIO over classic WebDriver, webkit.ts). Playwright drives Chromium; its own Firefox
 * and WebKit builds are downloads this machine cannot make, so these are the engines' own
 * packages, driven by their own protocols, behind this one small interface.
 */
export type EngineName = 'gecko' | 'webkit';

export interface EngineOptions {
  /** The device's colour scheme is dark (Firefox's content-override pref; MiniBrowser's --dark-mode). */
  dark?: boolean;
}

export interface EnginePage {
  readonly engine: EngineName;
  /** Sizes the viewport; gives back the size the engine laid out (WebKitGTK's window has a minimum width). */
  resize(width: number, height: number): Promise<{ width: number; height: number }>;
  /** Opens an address and waits for its load event. */
  goto(url: string): Promise<void>;
  evaluate<A extends unknown[], T>(fn: (...args: A) => T, ...args: A): Promise<Awaited<T>>;
  /** A real click (trusted input, with user activation) on the first element matching `selector`, or the first whose text is `text`. */
  click(selector: string, text?: string): Promise<void>;
  /**
   * Script errors the page reported. Gecko: console errors and uncaught exceptions from each
   * document's start. WebKit: classic WebDriver has no hook before a page's scripts run, so
   * from listeners installed once each page has loaded (what a page's script does before then
   * shows in what it adds, which the spec checks).
   */
  errors(): Promise<string[]>;
  /** Gecko only (WebKit's classic WebDriver has no such hook): runs `fn` at the start of every document, before its own scripts. */
  onNewDocument?(fn: () => void): Promise<void>;
  /**
   * Gecko only: prints as a reader's Ctrl+P does, through Firefox's own print path (silently,
   * to "Save to PDF", on A4, with Firefox's default headers and footers), and gives the PDF.
   */
  print?(): Promise<Buffer>;
  close(): Promise<void>;
}

/** Why this machine cannot run an engine (its package is missing), or undefined where it can. */
export async function missing(engine: EngineName): Promise<string | undefined> {
  return (engine === 'gecko' ? await import('./gecko.ts') : await import('./webkit.ts')).missing();
}

export async function launch(engine: EngineName, options: EngineOptions = {}): Promise<EnginePage> {
  const module = engine === 'gecko' ? await import('./gecko.ts') : await import('./webkit.ts');
  return module.launch(options);
}

/** The script that finds the element a click is for, marks it, and says whether it found one. */
export function markTarget(selector: string, text: string | null | undefined): boolean {
  // `text` may arrive as null: classic WebDriver sends an undefined argument as null.
  document.querySelector('[data-engine-target]')?.removeAttribute('data-engine-target');
  const found = [...document.querySelectorAll(selector)].find((el) => text == null || el.textContent?.trim() === text);
  found?.setAttribute('data-engine-target', '');
  return !!found;
}

export const TARGET = '[data-engine-target]';
