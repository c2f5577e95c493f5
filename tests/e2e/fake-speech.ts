import type { Page } from '@playwright/test';

export type FakeVoice = { lang: string; localService: boolean };

/**
 * A scripted stand-in for speech synthesis (the machines here have no voices), installed in a
 * page before its own scripts run. Besides speaking, it fails as a real one can:
 * `speech.fail()` errors the utterance being spoken (a voice crashing mid-paragraph:
 * 'synthesis-failed'), and `speech.removeVoices()` takes every voice away and says so
 * (`voiceschanged`), as when a voice is uninstalled.
 */
function install(given: FakeVoice[]): void {
  let voices = given;
  const spoken: { text: string; rate: number; voice: string | undefined }[] = [];
  const listeners: (() => void)[] = [];
  let current: { onend?: () => void; onerror?: (e: { error: string }) => void } | null = null;
  class FakeUtterance {
    text: string;
    rate = 1;
    lang = '';
    voice: { name: string } | null = null;
    onend?: () => void;
    onerror?: (e: { error: string }) => void;
    constructor(text: string) {
      this.text = text;
    }
  }
  const synth = {
    paused: false,
    speaking: false,
    getVoices: () => voices.map((v, i) => ({ ...v, name: `voice ${i}`, voiceURI: `v${i}`, default: i === 0 })),
    speak(u: FakeUtterance) {
      spoken.push({ text: u.text, rate: u.rate, voice: u.voice?.name });
      current = u;
    },
    cancel() {
      // As a real synthesizer does: the utterance cut off reports it, as an error.
      const u = current;
      current = null;
      if (u) setTimeout(() => u.onerror?.({ error: 'canceled' }), 0);
    },
    pause() {
      this.paused = true;
    },
    resume() {
      this.paused = false;
    },
    addEventListener(type: string, listener: () => void) {
      if (type === 'voiceschanged') listeners.push(listener);
    },
    removeEventListener(type: string, listener: () => void) {
      if (type === 'voiceschanged' && listeners.includes(listener)) listeners.splice(listeners.indexOf(listener), 1);
    },
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
  Object.assign(window, {
    speech: {
      spoken,
      synth,
      finish: () => {
        const u = current;
        current = null;
        u?.onend?.();
      },
      fail: () => {
        const u = current;
        current = null;
        u?.onerror?.({ error: 'synthesis-failed' });
      },
      removeVoices: () => {
        voices = [];
        [...listeners].forEach((l) => l());
      },
    },
  });
}

/** In a Playwright page. */
export async function fakeSpeech(page: Page, voices: FakeVoice[]): Promise<void> {
  await page.addInitScript(install, voices);
}

/** As a script's text, for an engine with no hook before a page's scripts (static-server.ts serves it first). */
export const fakeSpeechScript = (voices: FakeVoice[]): string => `(${install.toString()})(${JSON.stringify(voices)});`;

export type Speech = {
  speech: {
    spoken: { text: string; rate: number; voice: string }[];
    synth: { paused: boolean };
    finish: () => void;
    fail: () => void;
    removeVoices: () => void;
  };
};
export const spoken = (page: Page) => page.evaluate(() => (window as unknown as Speech).speech.spoken.map((s) => s.text));
export const finish = (page: Page) => page.evaluate(() => (window as unknown as Speech).speech.finish());

/**
 * Lets Listen read to the end, one utterance at a time as a real voice would: each is finished
 * only once it has been spoken, and reading is over when the Listen bar is gone (not after a
 * fixed count, which would depend on the article's length and the machine's speed).
 */
export async function listenToTheEnd(page: Page, { name = 'Listen', limit = 500 } = {}): Promise<void> {
  // The bar is named by the Listen button's words, in the article's language.
  const bar = page.getByRole('region', { name });
  await bar.waitFor();
  for (let heard = 1; heard <= limit; heard++) {
    await page.waitForFunction(
      (n) => (window as unknown as Speech).speech.spoken.length >= n || !document.querySelector('.listen-bar'),
      heard,
    );
    if (!(await bar.count())) return;
    await finish(page);
  }
  throw new Error(`Listen was still reading after ${limit} utterances`);
}
