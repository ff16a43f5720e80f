/**
 * <timeline-filter>: client-side filtering of the server-rendered timeline by country and kind.
 * Without JavaScript the element's form stays hidden (CSS `scripting` media feature) and the full list reads.
 * With it, the form shows from first paint, the list filters on change, an aria-live status says "N of M events" (its
 * words are the server's template, data-status: the translation table stays on the server), and the filter is
 * kept in the URL query (replaceState, so Back is not flooded) so that links and reloads restore it.
 */
import {
  TIMELINE_DOM,
  filterQuery,
  matchesFilter,
  parseFilterQuery,
  statusText,
  type TimelineFilter,
} from '../lib/timeline.ts';

class TimelineFilterElement extends HTMLElement {
  #abort?: AbortController;

  connectedCallback(): void {
    const form = this.querySelector('form');
    const list = document.getElementById(TIMELINE_DOM.list);
    if (!form || !list) return;
    const country = form.elements.namedItem('country') as HTMLSelectElement;
    const kind = form.elements.namedItem('kind') as HTMLSelectElement;
    const status = this.querySelector<HTMLElement>('[role="status"]');
    const template = this.getAttribute(TIMELINE_DOM.status) ?? '';
    const items = [...list.querySelectorAll<HTMLElement>(`[${TIMELINE_DOM.kind}]`)];
    const sections = [...list.querySelectorAll<HTMLElement>(`[${TIMELINE_DOM.year}]`)];
    const values = (s: HTMLSelectElement) => [...s.options].map((o) => o.value).filter(Boolean);

    const apply = (filter: TimelineFilter) => {
      let shown = 0;
      for (const item of items) {
        const ok = matchesFilter(
          {
            kind: item.getAttribute(TIMELINE_DOM.kind) ?? '',
            countries: (item.getAttribute(TIMELINE_DOM.countries) ?? '').split(' '),
          },
          filter,
        );
        item.hidden = !ok;
        if (ok) shown++;
      }
      for (const section of sections) section.hidden = !section.querySelector(`[${TIMELINE_DOM.kind}]:not([hidden])`);
      if (status) status.textContent = statusText(template, shown);
    };
    const read = (): TimelineFilter => ({ country: country.value || undefined, kind: kind.value || undefined });
    const update = () => {
      const filter = read();
      apply(filter);
      const next = `${location.pathname}${filterQuery(filter, location.search)}${location.hash}`;
      history.replaceState(history.state, '', next);
    };

    // This script arrives after the page is drawn: a choice the reader already made in the form wins over the URL.
    const chosen = (s: HTMLSelectElement) => s.value !== ([...s.options].find((o) => o.defaultSelected)?.value ?? '');
    if (chosen(country) || chosen(kind)) update();
    else {
      const initial = parseFilterQuery(location.search, { countries: values(country), kinds: values(kind) });
      country.value = initial.country ?? '';
      kind.value = initial.kind ?? '';
      // The server rendered the unfiltered list; only touch it when the URL asks for a filter.
      if (initial.country || initial.kind) apply(initial);
    }

    this.#abort = new AbortController();
    const { signal } = this.#abort;
    form.addEventListener('change', update, { signal });
    form.addEventListener('submit', (e) => e.preventDefault(), { signal });
    form.addEventListener(
      'reset',
      (e) => {
        // Reset to "all" (not to the values the page loaded with), then filter and update the URL.
        e.preventDefault();
        country.value = '';
        kind.value = '';
        update();
      },
      { signal },
    );
  }

  disconnectedCallback(): void {
    this.#abort?.abort();
  }
}

if (!customElements.get('timeline-filter')) customElements.define('timeline-filter', TimelineFilterElement);
