/**
 * Listen: reads the article aloud in a voice on the device (voices.ts), from the title or the
 * section in view, with a bar to pause, resume, stop and set the speed. Loaded on first use.
 */
import { SPEEDS } from './voices.ts';
import { registerAid } from './aids.ts';
import { announce, button } from './share-controls.ts';
import { put, say, words } from './strings.ts';

/**
 * What Listen reads of the toolkit's elements (LISTEN_SELECTOR, from their declaration:
 * src/toolkit/elements.ts), written in as text when the aid is bundled (src/pages/aids/), so
 * the declaration itself is not sent to the reader.
 */
declare const TOOLKIT_LISTEN_SELECTOR: string;

/**
 * What is read, in order: the title, then the body's paragraphs, headings and lists, and what
 * the toolkit's declaration gives Listen (src/toolkit/elements.ts: quotations, figure captions
 * and, at the end, the numbered notes; not pull quotes, a repeat, or asides, beside the text's run).
 */
function readableBlocks(): HTMLElement[] {
  return [
    ...document.querySelectorAll<HTMLElement>(
      `.article-title, .prose > p, .prose > .heading > :is(h2, h3), .prose > :is(ul, ol), ${TOOLKIT_LISTEN_SELECTOR}`,
    ),
  ].filter((block) => spokenText(block)); // not a paragraph that holds only a picture
}

/**
 * A block's words as a listener should hear them: without what is hidden from assistive
 * technology (a sidenote's copy), a note's number (the notes are read at the end) or its "↩"
 * link back, and with a pause between the blocks inside it (a quotation and its attribution).
 */
function spokenText(block: HTMLElement): string {
  const copy = block.cloneNode(true) as HTMLElement;
  // Each note's number goes with its <sup> (not `sup:has(…)`: an engine before :has(), Firefox 120
  // say, cannot parse the selector, and Listen would throw there).
  copy.querySelectorAll('[data-footnote-ref]').forEach((ref) => (ref.closest('sup') ?? ref).remove());
  copy.querySelectorAll('[aria-hidden="true"], [data-footnote-backref]').forEach((el) => el.remove());
  copy.querySelectorAll('annotation').forEach((el) => el.remove()); // a formula's TeX source: the formula is read once
  // What opens in place, and its button: a note's copy (read at the end), a citation's entries
  // (its words are read once, from its link).
  copy.querySelectorAll('[popover], button').forEach((el) => el.remove());
  copy.querySelectorAll('p, blockquote, figcaption, li, div').forEach((el) => el.append(' '));
  return copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** From the title when it is on screen, else from the heading of the section in view. */
function startIndex(blocks: HTMLElement[]): number {
  const atTop = blocks.findIndex((b) => b.getBoundingClientRect().bottom > 0);
  if (atTop <= 0) return 0;
  for (let i = atTop; i > 0; i--) if (/^H[23]$/.test(blocks[i]!.tagName)) return i;
  return 0; // still in the opening paragraphs: from the title
}

let stopCurrent: (() => void) | undefined;

export function startListening(voice: SpeechSynthesisVoice, lang: string): void {
  stopCurrent?.();
  const synth = window.speechSynthesis;
  const blocks = readableBlocks();
  let index = startIndex(blocks);
  let rate = 1;
  let generation = 0; // an utterance from before a cancel must not move the reading on
  let following = true;
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;

  const bar = document.createElement('div');
  bar.className = 'listen-bar';
  bar.setAttribute('role', 'region');
  put(bar, words('listen'), 'name');
  const pause = button('listen-pause', words('pause'), () => {
    if (synth.paused) {
      synth.resume();
      put(pause, words('pause'));
      following = true;
    } else {
      synth.pause();
      put(pause, words('resume'));
    }
  });
  const stop = button('listen-stop', words('stop'), () => finish());
  const speedLabel = document.createElement('label');
  const speed = document.createElement('select');
  for (const s of SPEEDS) speed.append(new Option(`${s}×`, String(s), s === 1, s === 1));
  speed.addEventListener('change', () => {
    rate = Number(speed.value);
    speak(); // the block being read starts again at the new speed
  });
  const speedWords = document.createElement('span');
  put(speedWords, words('speed'));
  speedLabel.append(speedWords, ' ', speed);
  bar.append(pause, stop, speedLabel);
  document.body.append(bar);

  // The reader scrolling on their own takes the page back: marking goes on, following stops.
  const letGo = (event: Event) => {
    if (event.type !== 'keydown' || /^(Arrow|Page|Home|End| )/.test((event as KeyboardEvent).key)) following = false;
  };
  for (const type of ['wheel', 'touchmove', 'keydown']) addEventListener(type, letGo, { passive: true });

  function mark(): void {
    document.querySelector('.listening')?.classList.remove('listening');
    const block = blocks[index]!;
    block.classList.add('listening');
    if (following) block.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
  }

  function speak(): void {
    const mine = ++generation;
    synth.cancel();
    if (index >= blocks.length) return finish();
    mark();
    const utterance = new SpeechSynthesisUtterance(spokenText(blocks[index]!));
    utterance.voice = voice;
    utterance.lang = voice.lang || lang;
    utterance.rate = rate;
    utterance.onend = () => {
      if (mine !== generation) return;
      index++;
      speak();
    };
    // Not our own cancel (that moves `generation` on first): the voice failed mid-block. Say so
    // and stop; the page keeps its place, and Listen starts again from the section in view.
    utterance.onerror = () => {
      if (mine !== generation) return;
      finish();
      announce(words('listenVoiceFailed'));
    };
    synth.speak(utterance);
    if (pause.textContent === say('resume')) put(pause, words('pause'));
  }

  // The voice gone from the device (uninstalled, a language pack removed): stop, and say why.
  const voiceGone = () => {
    if (synth.getVoices().some((v) => v.voiceURI === voice.voiceURI && v.name === voice.name)) return;
    finish();
    announce(words('listenVoiceGone'));
  };
  synth.addEventListener?.('voiceschanged', voiceGone);

  function finish(): void {
    generation++;
    synth.removeEventListener?.('voiceschanged', voiceGone);
    synth.cancel();
    document.querySelector('.listening')?.classList.remove('listening');
    for (const type of ['wheel', 'touchmove', 'keydown']) removeEventListener(type, letGo);
    bar.remove();
    stopCurrent = undefined;
  }

  stopCurrent = finish;
  speak();
  pause.focus();
}

registerAid('listen', { startListening });
