import type { ComponentChildren } from 'preact';

/** A switch with its label beside it and its hint below; the hint describes it. */
export function Checkbox({ id, label, hint, checked, onChange, children }: { id: string; label: string; hint?: string; checked: boolean; onChange: (checked: boolean) => void; children?: ComponentChildren }) {
  return (
    <div class="matcher-setup__switch">
      <input id={id} type="checkbox" checked={checked} aria-describedby={hint ? `${id}-help` : undefined} onChange={(event) => onChange(event.currentTarget.checked)} />
      <label for={id}>{label}</label>
      {hint && (
        <span class="field__help" id={`${id}-help`}>
          {hint}
        </span>
      )}
      {children}
    </div>
  );
}
