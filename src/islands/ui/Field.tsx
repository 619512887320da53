import type { ComponentChildren, VNode } from 'preact';

/** What a `Field` hands its control: the id its label points at, and what describes it. */
export interface FieldControl {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true';
}

interface Props {
  id: string;
  label: ComponentChildren;
  /** Help under the label, `<id>-help`; the control is described by it. */
  hint?: ComponentChildren;
  /** An error under the control, `<id>-error`, announced (role=alert) and described. */
  error?: ComponentChildren | null;
  /** More ids that describe the control (help placed elsewhere). */
  describedBy?: string | undefined;
  class?: string;
  hintClass?: string;
  /** Renders the control with the props that tie it to its label, hint and error. */
  children: (control: FieldControl) => VNode;
}

/** A form field: label, optional hint and error, and `aria-describedby` wired between them. */
export function Field({ id, label, hint, error, describedBy, class: className, hintClass, children }: Props) {
  const hintId = hint ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const described = [hintId, describedBy, errorId].filter(Boolean).join(' ') || undefined;
  const control: FieldControl = { id };
  if (described) control['aria-describedby'] = described;
  if (error) control['aria-invalid'] = 'true';
  return (
    <div class={className ? `field ${className}` : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <span class={hintClass ? `field__help ${hintClass}` : 'field__help'} id={hintId}>
          {hint}
        </span>
      )}
      {children(control)}
      {error && (
        <span class="field__error" id={errorId} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
