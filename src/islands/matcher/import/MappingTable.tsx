import { useEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../../lib/i18n/locales.ts';
import { translator } from '../../../lib/i18n/index.ts';
import { setColumnTarget, type ColumnMapping, type ColumnTarget, type ImportField } from '../../../lib/matcher/import/headers.ts';
import { Field } from '../../ui/Field.tsx';
import { ATTRIBUTE_KINDS, choiceValue, FIELD_ORDER, sampleValues, targetFromChoice } from './mapping-choice.ts';

interface Props {
  locale: Locale;
  /** Prefix of the controls' ids, so two mappings can share a page. */
  idPrefix: string;
  headers: readonly string[];
  /** The rows the example values come from. */
  rows: readonly (readonly string[])[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

/** A field taken from another column by the last choice, and the mapping before it, for Undo. */
interface Moved {
  /** The column that was changed by hand. */
  readonly column: number;
  /** The columns that lost the field and are now ignored. */
  readonly from: readonly number[];
  readonly field: ImportField;
  readonly before: ColumnMapping;
  /** The mapping the notice is about; once the mapping is another (a new file, a later choice), the notice is stale. */
  readonly after: string;
}

const mappingKey = (mapping: ColumnMapping) => JSON.stringify(mapping.columns.map((choice) => choice.target));

/**
 * One entry per column: its header, a few of its values, and what it is used as. A recognised
 * column comes pre-selected; a near miss says it is unsure, an unrecognised one that it became
 * an attribute — in words, not by colour. Choosing a field another column had moves it here,
 * and the changed column says so (a polite live region) with an Undo that restores both.
 */
export function MappingTable({ locale, idPrefix, headers, rows, mapping, onChange }: Props) {
  const t = translator(locale);
  const [moved, setMoved] = useState<Moved | null>(null);
  const focusColumn = useRef<number | null>(null);
  const shownMove = moved && moved.after === mappingKey(mapping) ? moved : null;
  const shownName = (column: number) => (headers[column] ?? mapping.columns[column]?.header ?? '').trim() || t('matcher.import.ui.mapping.noHeader', { number: column + 1 });

  useEffect(() => {
    const column = focusColumn.current;
    if (column === null) return;
    focusColumn.current = null;
    document.getElementById(`${idPrefix}-column-${column}`)?.focus();
  });

  const choose = (column: number, target: ColumnTarget) => {
    const next = setColumnTarget(mapping, column, target);
    const from = mapping.columns.flatMap((choice, index) => (index !== column && choice.target !== 'ignore' && next.columns[index]!.target === 'ignore' ? [index] : []));
    setMoved(from.length > 0 && typeof target === 'string' && target !== 'ignore' ? { column, from, field: target, before: mapping, after: mappingKey(next) } : null);
    onChange(next);
  };
  const undo = (move: Moved) => {
    setMoved(null);
    // The Undo button goes with the notice: focus returns to the choice that was undone.
    focusColumn.current = move.column;
    onChange(move.before);
  };

  return (
    <ol class="matcher-mapping" data-testid={`${idPrefix}-mapping`}>
      {mapping.columns.map((choice, column) => {
        const header = headers[column] ?? choice.header;
        const shown = shownName(column);
        const samples = sampleValues(rows, column);
        const id = `${idPrefix}-column-${column}`;
        const flag =
          choice.source === 'fuzzy' || choice.source === 'email'
            ? t('matcher.import.ui.mapping.unsure')
            : choice.source === 'suggestion' && choice.target !== 'ignore'
              ? t('matcher.import.ui.mapping.unrecognised')
              : null;
        return (
          <li class={flag ? 'matcher-mapping__column matcher-mapping__column--flagged' : 'matcher-mapping__column'} key={column}>
            <div class="matcher-mapping__header">
              <span class="matcher-mapping__name">{shown}</span>
              <span class="matcher-mapping__samples">
                <span class="visually-hidden">{t('matcher.import.ui.mapping.samples')}: </span>
                {samples.length > 0 ? samples.join(' · ') : t('matcher.import.ui.mapping.noSamples')}
              </span>
            </div>
            <Field
              id={id}
              label={<span>{t('matcher.import.ui.mapping.use')}<span class="visually-hidden"> ({shown})</span></span>}
              hint={flag ?? undefined}
              hintClass="matcher-mapping__flag"
            >
              {(control) => (
                <select
                  {...control}
                  value={choiceValue(choice.target)}
                  onChange={(event) => choose(column, targetFromChoice(event.currentTarget.value, choice.target, header, column))}
                >
                  <optgroup label={t('matcher.import.ui.mapping.group.fields')}>
                    {FIELD_ORDER.map((field) => (
                      <option value={field} key={field}>
                        {t(`matcher.import.field.${field}`)}
                      </option>
                    ))}
                  </optgroup>
                  <optgroup label={t('matcher.import.ui.mapping.group.attributes')}>
                    {ATTRIBUTE_KINDS.map((kind) => (
                      <option value={`attribute:${kind}`} key={kind}>
                        {t(`matcher.import.ui.mapping.attribute.${kind}`)}
                      </option>
                    ))}
                  </optgroup>
                  <option value="ignore">{t('matcher.import.ui.mapping.ignore')}</option>
                </select>
              )}
            </Field>
            {/* Always in the page, so what appears in it is announced. */}
            <div class="matcher-mapping__notice" role="status">
              {shownMove?.column === column && (
                <>
                  <p>
                    {shownMove.from
                      .map((index) => t('matcher.import.ui.mapping.moved', { column: shownName(index), field: t(`matcher.import.field.${shownMove.field}`) }))
                      .join(' ')}
                  </p>
                  <button type="button" class="button button--small" onClick={() => undo(shownMove)}>
                    {t('matcher.import.ui.mapping.undo')}
                  </button>
                </>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
