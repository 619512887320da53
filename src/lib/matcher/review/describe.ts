// A change by hand and its preview in words (as messages): what it does, and what the
// coordinator should know before making it. The figures (new score, change in total) are
// numbers in the preview, formatted by the view in the page's language.
import type { Message } from '../../i18n/message.ts';
import { nameOf, type NameLookup } from '../result-view.ts';
import type { IdPair } from '../../matching/types.ts';
import type { AdjustmentPreview, ManualChange } from './adjust.ts';

export function describeChange(change: ManualChange, names: NameLookup): Message {
  switch (change.kind) {
    case 'swap':
    case 'lock':
    case 'forbid':
      return { key: `matcher.review.change.${change.kind}`, params: { a: nameOf(names, change.ids[0]), b: nameOf(names, change.ids[1]) } };
    case 'move':
    case 'assign':
      return { key: `matcher.review.change.${change.kind}`, params: { name: nameOf(names, change.id), to: nameOf(names, change.to) } };
  }
}

/**
 * Warnings first (a broken hard rule, a lock the change ends, someone left without a match, a
 * mentor over capacity), then who gains a match. `endsLocks`: the locked pairs it separates (`separatedLocks`).
 */
export function previewNotes(preview: AdjustmentPreview, names: NameLookup, endsLocks: readonly IdPair[] = []): Message[] {
  if (!preview.valid) return [{ key: 'matcher.review.preview.invalid' }];
  const list = (ids: readonly string[]): string => ids.map((id) => nameOf(names, id)).join(', ');
  return [
    ...preview.brokenRules.flatMap((broken) =>
      broken.rules.map((rule): Message => ({ key: 'matcher.review.preview.breaksRule', params: { names: list(broken.ids), rule: { key: `matching.rule.${rule}` } } })),
    ),
    ...endsLocks.map((pair): Message => ({ key: 'matcher.review.preview.endsLock', params: { a: nameOf(names, pair[0]), b: nameOf(names, pair[1]) } })),
    ...preview.becomeUnmatched.map((id): Message => ({ key: 'matcher.review.preview.becomesUnmatched', params: { name: nameOf(names, id) } })),
    ...preview.overCapacity.map((id): Message => ({ key: 'matcher.review.preview.overCapacity', params: { name: nameOf(names, id) } })),
    ...preview.becomeMatched.map((id): Message => ({ key: 'matcher.review.preview.becomesMatched', params: { name: nameOf(names, id) } })),
  ];
}
