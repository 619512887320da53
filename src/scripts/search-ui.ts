/** The search dialog, loaded only when the reader opens search. Pagefind loads on first open. */
import { interpolate, pluralForm } from '../lib/i18n/format.ts';
import { defaultLocale, isLocale } from '../lib/i18n/locales.ts';
import { parseExcerpt } from '../lib/site/excerpt.ts';

interface PagefindSection {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: PagefindSection[];
}
interface PagefindApi {
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: object,
    delayMs?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_RESULTS = 8;
const MAX_SECTIONS = 2;
let pagefind: Promise<PagefindApi> | undefined;
let wired = false;

function loadPagefind(): Promise<PagefindApi> {
  // A runtime path: the index is written after the bundle, so the bundler must not resolve it.
  const path = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ path).then(async (module: PagefindApi) => {
    await module.init();
    return module;
  });
  return pagefind;
}

function elements(dialog: HTMLDialogElement) {
  return {
    input: dialog.querySelector<HTMLInputElement>('input[type="search"]')!,
    status: dialog.querySelector<HTMLElement>('[data-search-status]')!,
    list: dialog.querySelector<HTMLOListElement>('[data-search-results]')!,
  };
}

function excerptNode(html: string): HTMLSpanElement {
  const excerpt = document.createElement('span');
  excerpt.className = 'search-result__excerpt';
  for (const part of parseExcerpt(html)) {
    const node = part.highlighted ? document.createElement('mark') : document.createTextNode(part.text);
    if (part.highlighted) node.textContent = part.text;
    excerpt.append(node);
  }
  return excerpt;
}

function link(href: string, className: string, title: string, excerpt: string | null): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.className = className;
  const heading = document.createElement('span');
  heading.className = 'search-result__title';
  heading.textContent = title;
  anchor.append(heading);
  if (excerpt !== null) anchor.append(excerptNode(excerpt));
  return anchor;
}

/** A page, and under it the sections that matched best, each linking straight to its heading. */
function renderResult(result: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const sections = (result.sub_results ?? []).filter((section) => section.url.includes('#')).slice(0, MAX_SECTIONS);
  // With sections to show, their excerpts say it better than the page's own.
  item.append(link(result.url, 'search-result', result.meta.title ?? result.url, sections.length > 0 ? null : result.excerpt));
  if (sections.length > 0) {
    const list = document.createElement('ul');
    list.className = 'search-result__sections';
    for (const section of sections) {
      const entry = document.createElement('li');
      entry.append(link(section.url, 'search-result__section', section.title, section.excerpt));
      list.append(entry);
    }
    item.append(list);
  }
  return item;
}

function pageLocale() {
  const lang = document.documentElement.lang;
  return isLocale(lang) ? lang : defaultLocale;
}

async function runSearch(dialog: HTMLDialogElement, query: string): Promise<void> {
  const { status, list } = elements(dialog);
  const text = dialog.dataset;
  if (query.trim() === '') {
    list.replaceChildren();
    status.textContent = '';
    delete list.dataset['query'];
    return;
  }
  try {
    if (!pagefind) status.textContent = text['textLoading'] ?? '';
    const api = await loadPagefind();
    const search = await api.debouncedSearch(query, {}, 120);
    if (search === null) return; // superseded by a newer keystroke
    const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    list.replaceChildren(...data.map(renderResult));
    const count = search.results.length;
    status.textContent =
      count === 0
        ? interpolate(text['textNoResults'] ?? '', { query })
        : interpolate(pluralForm({ one: text['textCountOne'] ?? '', other: text['textCount'] ?? '' }, pageLocale(), count), { count });
    // Marks which query the shown results answer, so a late answer to an old query is recognisable.
    list.dataset['query'] = query;
  } catch {
    status.textContent = text['textFailed'] ?? '';
  }
}

function moveFocus(dialog: HTMLDialogElement, step: 1 | -1): void {
  const { input, list } = elements(dialog);
  const targets = [input, ...list.querySelectorAll<HTMLAnchorElement>('a')];
  const index = targets.indexOf(document.activeElement as HTMLInputElement);
  const next = targets[(index + step + targets.length) % targets.length];
  next?.focus();
}

function wire(dialog: HTMLDialogElement): void {
  const { input } = elements(dialog);
  input.addEventListener('input', () => void runSearch(dialog, input.value));
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      moveFocus(dialog, 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      moveFocus(dialog, -1);
    }
  });
  // A click on the backdrop closes the dialog, like Esc does. The backdrop and the dialog's own
  // padding are both the dialog element, so the click position decides.
  dialog.addEventListener('click', (event) => {
    if (event.target !== dialog) return;
    const box = dialog.getBoundingClientRect();
    const inside =
      event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (!inside) dialog.close();
  });
}

export function openSearch(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (!dialog) return;
  if (!wired) {
    wire(dialog);
    wired = true;
  }
  if (!dialog.open) dialog.showModal();
  const { input } = elements(dialog);
  input.focus();
  input.select();
  void loadPagefind().catch(() => undefined);
}
