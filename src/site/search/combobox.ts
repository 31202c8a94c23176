/**
 * The header search box as an ARIA 1.2 combobox with a listbox popup:
 * suggestions as you type (entities, then claims, then sources), arrow keys
 * move the active option, Enter opens it, Escape closes the list. With no
 * active option Enter submits the form to /search/, as it does without script.
 */
import { moveActive } from './active.ts';
import { prepareSearch, resultsOrNothing } from './loader.ts';
import { renderOptions } from './render.ts';
import { allResultsItem, MIN_QUERY_LENGTH, resultCount, searchView } from './view.ts';

const SUGGESTIONS = { perGroup: 3, quoteLength: 80, searchLimit: 50 };

export function attachCombobox(input: HTMLInputElement, list: HTMLElement, status: HTMLElement): void {
  let options: HTMLAnchorElement[] = [];
  let active = -1;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  input.autocomplete = 'off';

  function activate(index: number): void {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option === undefined) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  function show(open: boolean): void {
    activate(-1);
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
  }

  async function update(): Promise<void> {
    // The first focus or keystroke starts loading the search.
    prepareSearch();
    const query = input.value.trim();
    if (query.length < MIN_QUERY_LENGTH) {
      options = [];
      status.textContent = '';
      show(false);
      return;
    }
    const results = await resultsOrNothing(query, { limit: SUGGESTIONS.searchLimit, shown: SUGGESTIONS.perGroup });
    // A later keystroke has its own update.
    if (input.value.trim() !== query) return;
    if (results === undefined) {
      status.textContent = 'Search is unavailable; press Enter for the search page.';
      return;
    }
    const { total, capped, groups } = searchView(results, SUGGESTIONS);
    options = renderOptions(list, groups, allResultsItem(query));
    status.textContent = resultCount(total, capped);
    show(document.activeElement === input);
  }

  function onKey(event: KeyboardEvent): void {
    const open = !list.hidden;
    const chosen = open ? options[active] : undefined;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      if (!open) show(true);
      activate(moveActive(active, options.length, event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && chosen !== undefined) {
      event.preventDefault();
      location.assign(chosen.href);
    } else if (event.key === 'Escape' && open) {
      // Only close; a second Escape clears the box as the browser does for a search field.
      event.preventDefault();
      show(false);
    }
  }

  input.addEventListener('focus', () => void update());
  input.addEventListener('input', () => void update());
  input.addEventListener('keydown', onKey);
  input.addEventListener('blur', () => show(false));
  // Keep focus in the box while an option is clicked, so the click lands before the list closes.
  list.addEventListener('pointerdown', (event) => event.preventDefault());
}
