import { parseSettings, serializeSettings, SETTINGS_KEY, type ReaderSettings } from './reader-settings-values.ts';

function read(): ReaderSettings {
  try {
    return parseSettings(localStorage.getItem(SETTINGS_KEY));
  } catch {
    return parseSettings(null); // storage refused (private mode): the defaults, not an error
  }
}

/** Applies settings to <html>, as the head script does before the first paint. */
function apply(settings: ReaderSettings): void {
  const root = document.documentElement;
  if (settings.theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  if (settings.size === '3') delete root.dataset.size;
  else root.dataset.size = settings.size;
}

/**
 * The browser's own bar (theme-color, as Safari and Chrome on phones tint it) takes the page's
 * colour: the chosen scheme's paper, read from the page itself so the palette stays in CSS, or,
 * with no choice, the device's as Head.astro gives it. Read only when a scheme is chosen: the
 * device's default costs no style read.
 */
function tintBrowserBar(): void {
  const chosen = document.documentElement.dataset.theme !== undefined;
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    meta.dataset.device ??= meta.content;
    meta.content = chosen ? getComputedStyle(document.body).backgroundColor : meta.dataset.device;
  }
}

/** Shows the settings control, checked as stored; each choice applies at once and is kept. */
export function enhanceSettings(): void {
  const box = document.querySelector<HTMLDetailsElement>('details.settings');
  if (!box) return;
  const settings = read();
  if (settings.theme !== 'auto') tintBrowserBar(); // chosen on an earlier visit
  for (const input of box.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    const key = input.name === 'reader-theme' ? 'theme' : 'size';
    input.checked = settings[key] === input.value;
    input.addEventListener('change', () => {
      settings[key] = input.value;
      apply(settings);
      if (key === 'theme') tintBrowserBar(); // a text size leaves the colours as they are
      try {
        localStorage.setItem(SETTINGS_KEY, serializeSettings(settings));
      } catch {
        /* not kept, but applied for this visit */
      }
    });
  }
  // Escape closes it and gives focus back to its button; so does a click elsewhere.
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && box.open) {
      box.open = false;
      box.querySelector('summary')?.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (box.open && !box.contains(event.target as Node)) box.open = false;
  });
  box.hidden = false;
}
