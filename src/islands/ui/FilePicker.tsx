import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import '../../styles/kit.css';

interface Props {
  id: string;
  /** The field's label, shown on the button ("Choose a backup file (.json)"). */
  label: ComponentChildren;
  accept?: string;
  disabled?: boolean;
  onChange: (file: File | null) => void;
}

/**
 * A file field that looks like the rest of the form: a real `<input type=file>` (so keyboard,
 * screen readers, drag and drop onto it and test tools work as with any file input), visually
 * hidden under a button-styled label, and the chosen file's name next to it.
 */
export function FilePicker({ id, label, accept, disabled, onChange }: Props) {
  const [name, setName] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const take = (file: File | null) => {
    setName(file?.name ?? '');
    onChange(file);
  };
  // A file chosen before the island woke up (slow script, a quick hand) is still in the input.
  useEffect(() => {
    const early = input.current?.files?.[0];
    if (early) take(early);
  }, []);
  return (
    <div class="field kit-file">
      <div class="kit-file__row">
        <input
          id={id}
          type="file"
          class="kit-file__input"
          accept={accept}
          disabled={disabled}
          ref={input}
          aria-describedby={name ? `${id}-name` : undefined}
          onChange={(event) => take(event.currentTarget.files?.[0] ?? null)}
        />
        <label for={id} class="button kit-file__button">
          {label}
        </label>
        {name && (
          <span class="kit-file__name" id={`${id}-name`} data-testid={`${id}-name`}>
            {name}
          </span>
        )}
      </div>
    </div>
  );
}
