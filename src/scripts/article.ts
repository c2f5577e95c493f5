/**
 * The article page's one script: enhancements only. Everything it touches works without it
 * (links stay links; the citation stays selectable text).
 */
import { watchCurrentSection } from './contents-spy.ts';
import { announce, button, enhanceAnchors, enhanceCopyButtons, enhanceShare } from './share-controls.ts';
import { enhanceSettings } from './reader-settings.ts';
import { rememberPlace } from './reading-position.ts';
import { pickVoice } from './voices.ts';
import { words } from './strings.ts';

/**
 * A reading aid loaded on first use, from /aids/ (src/pages/aids/[module].js.ts), by a module
 * script element; the aid registers itself in `window.readingAids` (src/scripts/aids.ts). Not
 * `import()`: Vite wraps that in a preload helper that a script Astro inlines cannot carry.
 */
let attempts = 0;
function loadAid<T>(name: string): Promise<T> {
  const ready = () => (window as unknown as { readingAids?: Record<string, T> }).readingAids?.[name];
  const loaded = ready();
  if (loaded) return Promise.resolve(loaded);
  return new Promise((resolve, reject) => {
    // A retry asks anew: the browser remembers a module that failed to load under its address.
    const retry = attempts++ ? `?${attempts}` : '';
    const script = Object.assign(document.createElement('script'), {
      type: 'module',
      src: `${import.meta.env.BASE_URL}aids/${name}.js${retry}`,
    });
    script.addEventListener('load', () => resolve(ready()!));
    script.addEventListener('error', () => (script.remove(), reject(new Error(name))));
    document.head.append(script);
  });
}

/**
 * The Listen button, only where the browser can speak the article's language in a voice on the
 * device (voices may arrive late, and go: `voiceschanged`; the button comes and goes with them).
 * The player itself loads on the first press.
 */
function offerListen(): void {
  const slot = document.querySelector('.listen-slot');
  const synth = window.speechSynthesis;
  if (!slot || !synth || typeof SpeechSynthesisUtterance !== 'function') return;
  const lang = document.documentElement.lang || 'en';
  let voice: SpeechSynthesisVoice | undefined;
  const listen = button('listen-button', words('listen'), () =>
    loadAid<typeof import('./listen.ts')>('listen').then(
      (m) => voice && m.startListening(voice, lang),
      () => announce(words('listenNotLoaded')),
    ),
  );
  const offer = () => {
    voice = pickVoice(synth.getVoices(), lang);
    if (voice && !listen.isConnected) slot.append(listen);
    if (!voice) listen.remove();
  };
  offer();
  synth.addEventListener?.('voiceschanged', offer);
}

/**
 * Runs the enhancements once the first frame is painted (a frame callback, then tasks after it),
 * each in a task of its own: the text paints first, and no single task grows long enough to
 * block a reader's tap (Lighthouse's Total Blocking Time counts tasks over 50 ms). Their places
 * are held open by CSS, so nothing moves when they arrive.
 */
function afterFirstPaint(steps: (() => void)[]): void {
  requestAnimationFrame(() => steps.forEach((step) => setTimeout(step, 0)));
}

const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;

/** Quote sharing is loaded on the first selection: most readers never select anything. */
function offerQuotes(): void {
  document.addEventListener('selectionchange', function firstSelection() {
    if (document.getSelection()?.isCollapsed !== false) return;
    document.removeEventListener('selectionchange', firstSelection);
    // Not loaded (offline, say): nothing is offered, and the next selection tries again.
    void loadAid<typeof import('./quote-share.ts')>('quote-share').then((m) => m.startQuoteSharing(canonical), offerQuotes);
  });
}

afterFirstPaint([
  watchCurrentSection,
  enhanceShare,
  () => enhanceAnchors(canonical),
  enhanceCopyButtons,
  enhanceSettings,
  rememberPlace,
  offerListen,
  offerQuotes,
]);
