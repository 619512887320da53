import { useState } from 'preact/hooks';

/**
 * The text of a field that may hold something the record would refuse (a half-typed date, 5000
 * minutes) while the stored value stays as it was. What was typed shows only while the stored
 * value is still the one it was typed against; once that value changes elsewhere (a combined
 * draft, another tab, Undo) the field shows the new value in the same render — an effect would
 * leave the old text on screen for a frame, and a test or a quick reader would see it.
 */
export function useTypedText<T>(value: T, format: (value: T) => string): [text: string, type: (text: string, valueAfter: T) => void] {
  const [typed, setTyped] = useState<{ text: string; against: T } | null>(null);
  const text = typed !== null && Object.is(typed.against, value) ? typed.text : format(value);
  return [text, (next, valueAfter) => setTyped({ text: next, against: valueAfter })];
}
