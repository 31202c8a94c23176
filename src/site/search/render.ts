/**
 * Result markup built from the view model with createElement and text nodes
 * only, so that record text never becomes HTML; matched words are <mark>s.
 */
import type { Segment } from './marked.ts';
import { hitCount, type ResultGroup, type ResultItem } from './view.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== '') node.className = className;
  node.append(...children);
  return node;
}

const pieces = (segments: readonly Segment[]): (Node | string)[] => segments.map((s) => (s.mark ? element('mark', '', s.text) : s.text));

/** A result's title, in `titleTag`, and its detail line when it has one. */
function resultLines<K extends 'a' | 'span'>(item: ResultItem, titleTag: K): [HTMLElementTagNameMap[K], ...HTMLElement[]] {
  const title = element(titleTag, 'result-title', ...pieces(item.title));
  return item.detail.length === 0 ? [title] : [title, element('span', 'result-detail', ...pieces(item.detail))];
}

/** A group's label, with its count when it has one. */
const groupLabel = ({ label, total, capped }: ResultGroup): (Node | string)[] =>
  total === undefined ? [label] : [label, ' ', element('span', 'count', hitCount(total, capped))];

/**
 * The options of a grouped listbox: one group a type with its label and
 * count, then `last` on its own. Returns the options in order.
 */
export function renderOptions(list: HTMLElement, groups: readonly ResultGroup[], last: ResultItem): HTMLAnchorElement[] {
  const options: HTMLAnchorElement[] = [];
  const option = (item: ResultItem): HTMLAnchorElement => {
    const link = element('a', 'option', ...resultLines(item, 'span'));
    link.href = item.href;
    link.id = `${list.id}-option-${options.length}`;
    // Focus stays in the box; the option is reached with the arrow keys.
    link.tabIndex = -1;
    link.setAttribute('role', 'option');
    link.setAttribute('aria-selected', 'false');
    options.push(link);
    return link;
  };
  list.replaceChildren(
    ...groups.map((group) => {
      const label = element('div', 'group-label', ...groupLabel(group));
      label.id = `${list.id}-${group.key}`;
      label.setAttribute('role', 'presentation');
      const box = element('div', 'group', label, ...group.items.map(option));
      box.setAttribute('role', 'group');
      box.setAttribute('aria-labelledby', label.id);
      return box;
    }),
    option(last),
  );
  return options;
}

/** Hits of the results page, each its linked title and detail line. */
function resultItems(items: readonly ResultItem[]): HTMLLIElement[] {
  return items.map((item) => {
    const [title, ...detail] = resultLines(item, 'a');
    title.href = item.href;
    return element('li', 'result', title, ...detail);
  });
}

/** A group's section on the results page, and the list its hits go in. */
export interface ResultSection {
  section: HTMLElement;
  list: HTMLOListElement;
}

/** The results page: a section a group, headed by its label and count, its hits as a list of links. Returns the sections in the order of `groups`. */
export function renderSections(container: HTMLElement, groups: readonly ResultGroup[]): ResultSection[] {
  const sections = groups.map((group): ResultSection => {
    const heading = element('h2', '', ...groupLabel(group));
    heading.id = `results-${group.key}`;
    const list = element('ol', 'results', ...resultItems(group.items));
    const section = element('section', 'result-group', heading, list);
    section.setAttribute('aria-labelledby', heading.id);
    return { section, list };
  });
  container.replaceChildren(...sections.map(({ section }) => section));
  return sections;
}

/** Adds hits at the end of a section's list; returns their title links. */
export function appendResults(list: HTMLOListElement, items: readonly ResultItem[]): HTMLAnchorElement[] {
  const added = resultItems(items);
  list.append(...added);
  return added.map((li) => li.querySelector('a')).filter((link) => link !== null);
}

/** Under a section's heading, a line saying how much of the group is shown; after its list, the button for more. */
export function batchControls({ list }: ResultSection): { note: HTMLParagraphElement; button: HTMLButtonElement } {
  const note = element('p', 'batch-note muted');
  const button = element('button', 'more-results');
  button.type = 'button';
  list.before(note);
  list.after(button);
  return { note, button };
}
