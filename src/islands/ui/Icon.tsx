export type IconName =
  'met' | 'weak' | 'missing' | 'overdue' | 'completed' | 'active' | 'archived' | 'up' | 'down' | 'remove' | 'plus' | 'grip';

// 16×16 outline icons, always next to a text (icons are decoration: aria-hidden).
const PATHS: Record<IconName, string> = {
  met: 'M3.5 8.5l3 3 6-7',
  completed: 'M3.5 8.5l3 3 6-7',
  weak: 'M8 2.5l6 11H2zM8 6.5v3.5M8 12v.01',
  overdue: 'M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11zM8 5v3.5l2.5 1.5',
  missing: 'M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11z',
  active: 'M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11zM8 5.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5z',
  archived: 'M2.5 3.5h11v3h-11zM3.5 6.5v6h9v-6M6.5 9h3',
  up: 'M8 13V3M3.5 7.5L8 3l4.5 4.5',
  down: 'M8 3v10M3.5 8.5L8 13l4.5-4.5',
  remove: 'M4 4l8 8M12 4l-8 8',
  plus: 'M8 3v10M3 8h10',
  grip: 'M6 3.5v.01M10 3.5v.01M6 8v.01M10 8v.01M6 12.5v.01M10 12.5v.01',
};

export function Icon({ name, class: className }: { name: IconName; class?: string }) {
  return (
    <svg
      class={`kit-icon kit-icon--${name}${className ? ` ${className}` : ''}`}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
