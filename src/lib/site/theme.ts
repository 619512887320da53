export type ThemeChoice = 'system' | 'light' | 'dark';

/** The toggle cycles through following the system, light and dark. */
export function nextTheme(current: ThemeChoice): ThemeChoice {
  return current === 'system' ? 'light' : current === 'light' ? 'dark' : 'system';
}
