/**
 * <share-box>: enhances the "Share or embed" disclosure (src/components/share/Share.astro).
 * - Copy buttons (shown only here, since they need a script), with a polite status message.
 * - The reader's access date in the citations, in place of the placeholder the server writes.
 * Its words come from the server (the translation table stays there): the placeholder and the failure message as
 * data-accessed-placeholder and data-copy-failed on <share-box>, each button's status as its data-copied.
 * - With data-follow, the texts of the view that the enclosing <scrolly-steps> shows (map scrollies).
 */
import { retrievedDate } from '../lib/cite.ts';
import {
  SCROLLY_TAG,
  SELECTOR,
  STEP_EVENT,
  type ScrollyStepsApi,
  type StepEventDetail,
} from '../lib/scrolly-contract.ts';

interface Texts {
  link: string;
  code: string;
  cite: string;
  bibtex: string;
  name: string;
}

function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** A citation with today's date for the placeholder: ISO in BibTeX, in words (the page's language) in the text. */
function withAccessDate(field: string, text: string, placeholder: string): string {
  if (!placeholder) return text;
  const iso = today();
  return text.replaceAll(placeholder, field === 'bibtex' ? iso : retrievedDate(iso, document.documentElement.lang));
}

async function copy(field: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(field.textContent ?? '');
    return true;
  } catch {
    // Insecure context or a sandbox without clipboard access: select the text and use the legacy command.
    const range = document.createRange();
    range.selectNodeContents(field);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

class ShareBox extends HTMLElement {
  #views: Record<string, Texts> | undefined;
  #scrolly: (HTMLElement & Partial<ScrollyStepsApi>) | null = null;

  get #placeholder(): string {
    return this.dataset['accessedPlaceholder'] ?? '';
  }

  connectedCallback(): void {
    for (const f of this.querySelectorAll<HTMLElement>('[data-accessed]'))
      f.textContent = withAccessDate(f.dataset['share']!, f.textContent ?? '', this.#placeholder);
    for (const b of this.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
      b.hidden = false;
      b.addEventListener('click', () => void this.#copy(b));
    }
    const follow = this.dataset['follow'];
    if (follow) {
      this.#views = JSON.parse(follow) as Record<string, Texts>;
      this.#scrolly = this.closest(SCROLLY_TAG);
      this.#scrolly?.addEventListener(STEP_EVENT, this.#onStep);
      // The scrolly may have started before this element: take its active step now.
      const index = this.#scrolly?.activeIndex ?? -1;
      const step = index >= 0 ? this.#scrolly?.querySelectorAll(SELECTOR.step)[index] : undefined;
      if (step) this.#follow(step.id);
    }
  }

  disconnectedCallback(): void {
    this.#scrolly?.removeEventListener(STEP_EVENT, this.#onStep);
  }

  #onStep = (e: Event): void => this.#follow((e as CustomEvent<StepEventDetail>).detail.id);

  #follow(id: string): void {
    const t = this.#views?.[id];
    if (!t) return;
    for (const f of this.querySelectorAll<HTMLElement>('[data-share]')) {
      const key = f.dataset['share'] as keyof Texts;
      f.textContent = withAccessDate(key, t[key], this.#placeholder);
    }
    const name = this.querySelector('[data-share-name]');
    if (name) name.textContent = t.name;
  }

  async #copy(button: HTMLButtonElement): Promise<void> {
    const field = document.getElementById(button.dataset['copy']!);
    const status = this.querySelector('[data-share-status]');
    if (!field || !status) return;
    const ok = await copy(field);
    status.textContent = (ok ? button.dataset['copied'] : this.dataset['copyFailed']) ?? '';
  }
}

if (!customElements.get('share-box')) customElements.define('share-box', ShareBox);
