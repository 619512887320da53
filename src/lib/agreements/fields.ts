import { isAllowedDate } from '../calendar/dates.ts';
import type { FieldSpec } from './model.ts';
import { clampText, LIMITS, NULLABLE_CHOICE, NULLABLE_TEXT } from './model.ts';

// Reading and writing one field by its FieldSpec (model.ts). `problem` is the strict check the
// validator reports; `write` is what an operation stores (texts and numbers clamped, anything else
// invalid refused); `repair` is the lenient reading salvage uses.

type Fields = Record<string, unknown>;
export const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);

export type Problem = 'wrongType' | 'textTooLong' | 'invalidDate' | 'tooMany' | 'duplicateId';

export function isId(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '' && value.length <= LIMITS.idLength;
}

/** Null when the value is exactly what the app writes; otherwise what is wrong with it. */
export function problem(spec: FieldSpec, value: unknown, key: string): Problem | null {
  switch (spec.kind) {
    case 'text':
      if (value === null && NULLABLE_TEXT.has(key)) return null;
      if (typeof value !== 'string') return 'wrongType';
      return value.length > spec.max ? 'textTooLong' : null;
    case 'date':
      return value === null || isAllowedDate(value) ? null : 'invalidDate';
    case 'choice':
      if (value === null && NULLABLE_CHOICE.has(key)) return null;
      return typeof value === 'string' && spec.values.includes(value) ? null : 'wrongType';
    case 'choices':
      if (!Array.isArray(value)) return 'wrongType';
      return value.every((item) => typeof item === 'string' && spec.values.includes(item)) && new Set(value).size === value.length
        ? null
        : 'wrongType';
    case 'number':
      return Number.isInteger(value) && (value as number) >= spec.min && (value as number) <= spec.max ? null : 'wrongType';
    case 'flag':
      return typeof value === 'boolean' ? null : 'wrongType';
    case 'items': {
      if (!Array.isArray(value)) return 'wrongType';
      if (value.length > spec.max) return 'tooMany';
      const ids = new Set<string>();
      for (const item of value) {
        if (!isFields(item) || !isId(item['id'])) return 'wrongType';
        if (ids.has(item['id'])) return 'duplicateId';
        ids.add(item['id']);
        for (const [field, itemSpec] of Object.entries(spec.item)) {
          const found = problem(itemSpec, item[field], field);
          if (found) return found;
        }
      }
      return null;
    }
  }
}

/** Rebuilds a valid value so unknown properties are dropped (the caller checked it with `problem`). */
export function rebuild(spec: FieldSpec, value: unknown): unknown {
  if (spec.kind === 'choices') return [...(value as string[])];
  if (spec.kind !== 'items') return value;
  return (value as Fields[]).map((item) => {
    const out: Fields = { id: item['id'] };
    for (const [field, itemSpec] of Object.entries(spec.item)) out[field] = rebuild(itemSpec, item[field]);
    return out;
  });
}

export type Written = { ok: true; value: unknown } | { ok: false };

/** What an operation stores for a typed value: clamped where that is harmless, refused where it is not. */
export function write(spec: FieldSpec, value: unknown, key: string): Written {
  switch (spec.kind) {
    case 'text':
      if (value === null && NULLABLE_TEXT.has(key)) return { ok: true, value };
      return typeof value === 'string' ? { ok: true, value: clampText(value, spec.max) } : { ok: false };
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return { ok: false };
      return { ok: true, value: Math.min(spec.max, Math.max(spec.min, Math.round(value))) };
    case 'choices':
      // Kept in the order of the spec, each once, whatever order they were ticked in.
      return Array.isArray(value) && value.every((item) => spec.values.includes(item as string))
        ? { ok: true, value: spec.values.filter((item) => value.includes(item)) }
        : { ok: false };
    case 'items': {
      if (!Array.isArray(value) || value.length > spec.max) return { ok: false };
      const items: Fields[] = [];
      const ids = new Set<string>();
      for (const item of value) {
        if (!isFields(item) || !isId(item['id']) || ids.has(item['id'])) return { ok: false };
        ids.add(item['id']);
        const out: Fields = { id: item['id'] };
        for (const [field, itemSpec] of Object.entries(spec.item)) {
          const written = write(itemSpec, item[field], field);
          if (!written.ok) return written;
          out[field] = written.value;
        }
        items.push(out);
      }
      return { ok: true, value: items };
    }
    default:
      return problem(spec, value, key) === null ? { ok: true, value } : { ok: false };
  }
}

export type Repair = 'reset' | 'shortened' | 'dateCleared' | 'itemsDropped';

/** The lenient reading: a valid value as it is, otherwise the best safe value and what was done. */
export function repair(spec: FieldSpec, value: unknown, key: string, fallback: unknown): { value: unknown; repair: Repair | null } {
  if (problem(spec, value, key) === null) return { value: rebuild(spec, value), repair: null };
  if (value === undefined) return { value: fallback, repair: 'reset' };
  switch (spec.kind) {
    case 'text':
      return typeof value === 'string' ? { value: clampText(value, spec.max), repair: 'shortened' } : { value: fallback, repair: 'reset' };
    case 'date':
      return { value: null, repair: 'dateCleared' };
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? { value: Math.min(spec.max, Math.max(spec.min, Math.round(value))), repair: 'reset' }
        : { value: fallback, repair: 'reset' };
    case 'choices':
      return Array.isArray(value) ? { value: spec.values.filter((item) => value.includes(item)), repair: 'reset' } : { value: fallback, repair: 'reset' };
    case 'items': {
      if (!Array.isArray(value)) return { value: fallback, repair: 'reset' };
      const ids = new Set<string>();
      const items: Fields[] = [];
      for (const item of value) {
        if (items.length >= spec.max || !isFields(item) || !isId(item['id']) || ids.has(item['id'])) continue;
        ids.add(item['id']);
        const out: Fields = { id: item['id'] };
        for (const [field, itemSpec] of Object.entries(spec.item)) {
          const fixed = repair(itemSpec, item[field], field, itemFallback(itemSpec, field));
          out[field] = fixed.value;
        }
        items.push(out);
      }
      return { value: items, repair: 'itemsDropped' };
    }
    default:
      return { value: fallback, repair: 'reset' };
  }
}

function itemFallback(spec: FieldSpec, key: string): unknown {
  if (NULLABLE_TEXT.has(key) || NULLABLE_CHOICE.has(key)) return null;
  return emptyValue(spec);
}

/** The value a field has before anything is chosen. */
export function emptyValue(spec: FieldSpec): unknown {
  switch (spec.kind) {
    case 'text': return '';
    case 'date': return null;
    case 'choice': return spec.values[0];
    case 'choices': return [];
    case 'number': return spec.min;
    case 'flag': return false;
    case 'items': return [];
  }
}
