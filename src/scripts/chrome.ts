/**
 * The only script on guide pages: the theme toggle and a keyboard/click trigger that loads
 * the search code on demand. Everything heavier waits until the reader asks for it.
 */
import { nextTheme, type ThemeChoice } from '../lib/site/theme.ts';

const THEME_KEY = 'mentorkit-theme';

function currentTheme(): ThemeChoice {
  const value = document.documentElement.dataset['theme'];
  return value === 'light' || value === 'dark' ? value : 'system';
}

function showTheme(button: HTMLElement, theme: ThemeChoice): void {
  const label = button.dataset[`label${theme[0]!.toUpperCase()}${theme.slice(1)}`] ?? theme;
  button.setAttribute('aria-label', label);
  button.title = label;
  button.dataset['current'] = theme;
}

function setUpThemeToggle(): void {
  for (const button of document.querySelectorAll<HTMLElement>('[data-theme-toggle]')) {
    showTheme(button, currentTheme());
    button.addEventListener('click', () => {
      const theme = nextTheme(currentTheme());
      if (theme === 'system') {
        delete document.documentElement.dataset['theme'];
      } else {
        document.documentElement.dataset['theme'] = theme;
      }
      try {
        if (theme === 'system') localStorage.removeItem(THEME_KEY);
        else localStorage.setItem(THEME_KEY, theme);
      } catch {
        // Storage may be blocked; the choice then lasts for this page only.
      }
      showTheme(button, theme);
    });
  }
}

let searchModule: Promise<typeof import('./search-ui.ts')> | undefined;

function openSearch(): void {
  searchModule ??= import('./search-ui.ts');
  void searchModule.then((module) => module.openSearch());
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function setUpSearchTrigger(): void {
  for (const button of document.querySelectorAll('[data-search-open]')) {
    button.addEventListener('click', openSearch);
  }
  document.addEventListener('keydown', (event) => {
    const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    if (commandK || slash) {
      event.preventDefault();
      openSearch();
    }
  });
}

setUpThemeToggle();
setUpSearchTrigger();
