import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { translator, type Translate } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { MatchingProject } from '../../../lib/matcher/model.ts';
import { formatScore, formatScoreChange, nameOf, type NameLookup } from '../../../lib/matcher/result-view.ts';
import { createAdjuster, type Adjuster, type AdjustmentPreview, type ManualChange } from '../../../lib/matcher/review/adjust.ts';
import { pairKey } from '../../../lib/matcher/review/decisions.ts';
import { describeChange, previewNotes } from '../../../lib/matcher/review/describe.ts';
import type { IdPair, MatchingInput, MatchingResult } from '../../../lib/matching/types.ts';
import { adjust, forbid, lock, undoReview, unlock, type ReviewUndo } from '../../../stores/matcher-review.ts';
import { useAnnounce } from '../../ui/announce.ts';
import { Field } from '../../ui/Field.tsx';
import { Icon } from '../../ui/Icon.tsx';
import { memo } from '../../ui/memo.ts';
import { candidatesFor, filterCandidates, kindsFor, placement, type AdjustKind, type Candidate, type OffSizeGroup, type Placement } from '../../../lib/matcher/review/candidates.ts';
import '../../../styles/matcher-adjust.css';

export interface AdjustPanelProps {
  locale: Locale;
  project: MatchingProject;
  /** The shown result and the input it was made from (the latest run's, with its held pairs). */
  result: MatchingResult;
  input: MatchingInput;
  names: NameLookup;
  /** The person the coordinator started from (a match's or an unmatched person's button); null: choose freely. */
  startWith: string | null;
  onClose: () => void;
  /** Where focus goes when the panel closes; by default the element that had focus when it opened. */
  returnFocus?: { current: HTMLElement | null };
}

const ID = 'matcher-adjust';

/**
 * The what-if's set-up for a result, kept while the result lives: the panel opens again and
 * again on the same result, and each opening should cost only the candidates it shows.
 */
const setUps = new WeakMap<MatchingResult, WeakMap<MatchingInput, { place: Placement; adjuster: Adjuster }>>();
function setUpFor(input: MatchingInput, result: MatchingResult): { place: Placement; adjuster: Adjuster } {
  let byInput = setUps.get(result);
  if (!byInput) setUps.set(result, (byInput = new WeakMap()));
  let found = byInput.get(input);
  if (!found) byInput.set(input, (found = { place: placement(input, result), adjuster: createAdjuster(input, result) }));
  return found;
}

/** Swap, move or assign by hand with the cost previewed; lock or forbid. */
export function AdjustPanel({ locale, project, result, input, names, startWith, onClose, returnFocus }: AdjustPanelProps) {
  const t = translator(locale);
  const announce = useAnnounce();
  const dialog = useRef<HTMLDialogElement>(null);
  // Read while rendering for the first time: the button that opened the panel still has focus.
  const opener = useRef(typeof document === 'undefined' ? null : (document.activeElement as HTMLElement | null));
  const closing = useRef(false);

  const { place, adjuster } = setUpFor(input, result);
  const people = useMemo(() => {
    const collator = new Intl.Collator(locale);
    return [...place.ids].sort((a, b) => collator.compare(nameOf(names, a), nameOf(names, b)));
  }, [place, names, locale]);
  // The same elements each render: Preact skips them, so a keystroke does not walk every option.
  const personOptions = useMemo(
    () =>
      people.map((id) => (
        <option key={id} value={id}>
          {nameOf(names, id)}
        </option>
      )),
    [people, names],
  );

  const [personId, setPersonId] = useState<string | null>(startWith !== null && place.ids.includes(startWith) ? startWith : null);
  const kinds = personId === null ? [] : kindsFor(place, personId);
  const [chosenKind, setKind] = useState<AdjustKind | null>(null);
  const kind = chosenKind !== null && kinds.includes(chosenKind) ? chosenKind : (kinds[0] ?? null);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [breakAccepted, setBreakAccepted] = useState(false);

  // Per person and kind, so going back to a kind (or re-rendering for a keystroke) costs nothing.
  const locked = project.review.locked;
  const byKind = useMemo(() => new Map<string, Candidate[]>(), [place, adjuster, result, names, locale, locked]);
  const candidates = useMemo(() => {
    if (personId === null || kind === null) return [];
    const key = `${personId}\u0000${kind}`;
    let found = byKind.get(key);
    if (!found) byKind.set(key, (found = candidatesFor(place, adjuster, result, kind, personId, names, locale, locked)));
    return found;
  }, [byKind, personId, kind]);
  const { shown, total } = useMemo(() => filterCandidates(candidates, query), [candidates, query]);
  const selected = useMemo(() => candidates.find((candidate) => candidate.id === chosen) ?? null, [candidates, chosen]);

  // Before the first paint: the dialog shows (modal, focus in it) in the frame of the click that opened it.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (element && !element.open) {
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    // The first thing to decide: the kind of change when there is a choice, else whom with; the person when none was given.
    (element?.querySelector<HTMLElement>('[data-initial-focus]') ?? element?.querySelector<HTMLElement>('select, input, button'))?.focus();
    return () => {
      if (element?.open) element.close();
      const target = returnFocus?.current ?? opener.current;
      if (target?.isConnected) setTimeout(() => target.focus(), 0);
    };
  }, []);

  const close = () => {
    if (closing.current) return;
    closing.current = true;
    onClose();
  };

  const choosePerson = (id: string | null) => {
    setPersonId(id);
    setKind(null);
    setChosen(null);
    setQuery('');
    setBreakAccepted(false);
  };
  const chooseKind = (next: AdjustKind) => {
    setKind(next);
    setChosen(null);
    setBreakAccepted(false);
  };
  // Stable, so a candidate's row renders again only when it is (or stops being) the chosen one.
  const chooseCandidate = useCallback((id: string) => {
    setChosen(id);
    setBreakAccepted(false);
  }, []);

  /** Toasts the change with its Undo, then closes; focus goes back where the panel was opened from. */
  const done = (
    change: ManualChange,
    undo: ReviewUndo | null,
    message = t('matcher.adjust.done', { change: describeChange(change, names) }),
    undone = t('matcher.adjust.undone', { change: describeChange(change, names) }),
  ) => {
    const projectId = project.id;
    close();
    if (undo === null) return;
    announce(message, {
      tone: 'success',
      action: {
        label: t('matcher.adjust.undo'),
        run: () => {
          undoReview(projectId, undo);
          announce(undone);
        },
      },
    });
  };

  const confirm = (preview: AdjustmentPreview) => {
    if (!canConfirm(preview, breakAccepted)) return;
    done(preview.change, adjust(project.id, preview));
  };

  const lockedPairs = useMemo(() => new Set(project.review.locked.map(pairKey)), [project.review.locked]);
  const partners = personId === null ? [] : place.partnersOf(personId);

  return (
    <dialog
      ref={dialog}
      class="adjust-panel"
      aria-labelledby={`${ID}-title`}
      aria-describedby={`${ID}-intro`}
      data-testid="adjust-panel"
      onCancel={(event) => {
        event.preventDefault();
        close();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close();
        } else if (event.key === 'Tab' && dialog.current) keepTabInside(event, dialog.current);
      }}
    >
      <div class="adjust-panel__head">
        <h2 id={`${ID}-title`}>{t('matcher.adjust.heading')}</h2>
        <button type="button" class="button button--small kit-icon-button" aria-label={t('matcher.adjust.close')} onClick={close}>
          <Icon name="remove" />
        </button>
      </div>
      <p id={`${ID}-intro`} class="adjust-panel__intro">
        {t('matcher.adjust.intro')}
      </p>

      <Field id={`${ID}-person`} label={t('matcher.adjust.person')} hint={personId === null ? undefined : personStatus(t, place.partnersOf(personId), names)}>
        {(control) => (
          <select
            {...control}
            data-initial-focus={personId === null ? '' : undefined}
            class="select"
            value={personId ?? ''}
            onChange={(event) => choosePerson(event.currentTarget.value || null)}
          >
            {personId === null && <option value="">{t('matcher.adjust.person.choose')}</option>}
            {personOptions}
          </select>
        )}
      </Field>

      {personId !== null && kind !== null && (
        <form
          class="adjust-panel__change"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (selected) confirm(selected.preview);
          }}
        >
          {kinds.length > 1 && (
            <fieldset class="adjust-kinds">
              <legend>{t('matcher.adjust.kind')}</legend>
              {kinds.map((option) => (
                <label key={option} class="choice">
                  <input
                    type="radio"
                    name={`${ID}-kind`}
                    value={option}
                    checked={option === kind}
                    data-initial-focus={option === kind ? '' : undefined}
                    onChange={() => chooseKind(option)}
                  />{' '}
                  {t(`matcher.adjust.kind.${option}`)}
                </label>
              ))}
            </fieldset>
          )}

          <CandidateList
            t={t}
            locale={locale}
            kind={kind}
            shown={shown}
            total={total}
            all={candidates.length}
            query={query}
            onQuery={setQuery}
            chosen={chosen}
            onChoose={chooseCandidate}
            initialFocus={kinds.length <= 1}
            personName={nameOf(names, personId)}
          />

          <section class="adjust-preview" aria-labelledby={`${ID}-preview-title`} data-testid="adjust-preview">
            <h3 id={`${ID}-preview-title`}>{t('matcher.adjust.preview.heading')}</h3>
            {selected ? (
              <PreviewDetails t={t} locale={locale} preview={selected.preview} offSize={selected.offSize} endsLocks={selected.endsLocks} sizes={place.groupSizes} groupMentors={place.groupMentors} result={result} names={names} />
            ) : (
              <p class="adjust-preview__pick">{t('matcher.adjust.preview.pick')}</p>
            )}
          </section>

          {selected && selected.preview.valid && selected.preview.recordable && selected.preview.brokenRules.length > 0 && (
            <label class="choice adjust-panel__accept">
              <input type="checkbox" checked={breakAccepted} onChange={(event) => setBreakAccepted(event.currentTarget.checked)} /> {t('matcher.adjust.breakRule')}
            </label>
          )}
          <div class="adjust-panel__buttons">
            <button type="submit" class={selected?.preview.brokenRules.length ? 'button button--danger' : 'button button--primary'} disabled={!selected || !canConfirm(selected.preview, breakAccepted)}>
              {t(selected && selected.preview.brokenRules.length > 0 ? 'matcher.adjust.confirmAnyway' : 'matcher.adjust.confirm')}
            </button>
            <button type="button" class="button" onClick={close}>
              {t('matcher.adjust.cancel')}
            </button>
          </div>
        </form>
      )}

      {personId !== null && partners.length > 0 && (
        <section class="adjust-partners" aria-labelledby={`${ID}-partners-title`}>
          <h3 id={`${ID}-partners-title`}>{t('matcher.adjust.partner.heading', { name: nameOf(names, personId) })}</h3>
          <p class="field__help">{t('matcher.adjust.partner.hint')}</p>
          <ul class="adjust-partners__list">
            {partners.map((partner) => {
              const pair: IdPair = [personId, partner];
              const params = { a: nameOf(names, personId), b: nameOf(names, partner) };
              const locked = lockedPairs.has(pairKey(pair));
              return (
                <li key={partner} class="adjust-partners__item">
                  {locked ? (
                    <>
                      <span class="adjust-partners__locked">{t('matcher.adjust.partner.locked', params)}</span>
                      <button type="button" class="button button--small" onClick={() => done({ kind: 'lock', ids: pair }, unlock(project.id, pair), t('matcher.adjust.unlocked', params), t('matcher.adjust.partner.locked', params))}>
                        {t('matcher.adjust.partner.unlock', params)}
                      </button>
                    </>
                  ) : (
                    <button type="button" class="button button--small" onClick={() => done({ kind: 'lock', ids: pair }, lock(project.id, pair))}>
                      {t('matcher.review.change.lock', params)}
                    </button>
                  )}
                  <button type="button" class="button button--small" onClick={() => done({ kind: 'forbid', ids: pair }, forbid(project.id, pair))}>
                    {t('matcher.review.change.forbid', params)}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {(personId === null || kind === null) && (
        <div class="adjust-panel__buttons">
          <button type="button" class="button" onClick={close}>
            {t('matcher.adjust.cancel')}
          </button>
        </div>
      )}
    </dialog>
  );
}

const TABBABLE = 'button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/** The controls Tab visits, in order: of a radio group only the checked radio (the first when none is). */
function tabStops(root: HTMLElement): HTMLElement[] {
  const all = [...root.querySelectorAll<HTMLElement>(TABBABLE)];
  const groups = new Map<string, HTMLInputElement>();
  for (const element of all)
    if (element instanceof HTMLInputElement && element.type === 'radio' && element.name !== '') {
      const stop = groups.get(element.name);
      if (!stop || (element.checked && !stop.checked)) groups.set(element.name, element);
    }
  return all.filter((element) => !(element instanceof HTMLInputElement && element.type === 'radio' && element.name !== '' && groups.get(element.name) !== element));
}

/**
 * Tab past the last control goes back to the first (Shift+Tab the other way): the modal dialog
 * makes the page inert, and Chromium would otherwise leave the dialog for the browser's own bar.
 */
function keepTabInside(event: KeyboardEvent, root: HTMLElement): void {
  const stops = tabStops(root);
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  const at = (stop: HTMLElement) => active === stop || (stop instanceof HTMLInputElement && stop.type === 'radio' && active instanceof HTMLInputElement && active.type === 'radio' && active.name === stop.name);
  if (event.shiftKey ? at(first) || active === root : at(last)) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}

/** A rule may be broken only when the coordinator says so; a change that cannot be kept, never. */
function canConfirm(preview: AdjustmentPreview, breakAccepted: boolean): boolean {
  if (!preview.valid || !preview.recordable) return false;
  if (preview.matches.length === 0 && preview.replaces.length === 0) return false;
  return preview.brokenRules.length === 0 || breakAccepted;
}

function personStatus(t: Translate, partners: readonly string[], names: NameLookup): string {
  return partners.length === 0 ? t('matcher.adjust.person.unmatched') : t('matcher.adjust.person.matched', { names: partners.map((id) => nameOf(names, id)).join(', ') });
}

interface CandidateListProps {
  t: Translate;
  locale: Locale;
  kind: AdjustKind;
  shown: readonly Candidate[];
  total: number;
  all: number;
  query: string;
  onQuery: (query: string) => void;
  chosen: string | null;
  onChoose: (id: string) => void;
  initialFocus: boolean;
  /** Whose new match the figures are about: the person the panel is for. */
  personName: string;
}

/** A filterable radio group: arrow keys walk the candidates, each read out with what it costs. */
function CandidateList({ t, locale, kind, shown, total, all, query, onQuery, chosen, onChoose, initialFocus, personName }: CandidateListProps) {
  const legend = t(`matcher.adjust.candidates.${kind}`);
  return (
    <fieldset class="adjust-candidates">
      <legend>{legend}</legend>
      {all === 0 ? (
        <p>{t('matcher.adjust.candidates.none')}</p>
      ) : (
        <>
          <Field id={`${ID}-filter`} label={t('matcher.adjust.filter')} hint={t('matcher.adjust.filter.hint')}>
            {(control) => (
              <input
                {...control}
                data-initial-focus={initialFocus ? '' : undefined}
                type="search"
                class="input"
                autocomplete="off"
                value={query}
                onInput={(event) => onQuery(event.currentTarget.value)}
                onKeyDown={(event) => {
                  // Escape clears a search first, as search fields do; only an empty one lets it close the panel.
                  if (event.key === 'Escape' && query !== '') {
                    event.preventDefault();
                    event.stopPropagation();
                    onQuery('');
                  }
                }}
              />
            )}
          </Field>
          {shown.length === 0 ? (
            <p role="status">{t('matcher.adjust.candidates.noneFound', { query: query.trim() })}</p>
          ) : (
            <ul class="adjust-candidates__list" data-testid="adjust-candidates">
              {shown.map((candidate) => (
                <CandidateRow key={candidate.id} locale={locale} kind={kind} candidate={candidate} chosen={candidate.id === chosen} onChoose={onChoose} personName={personName} />
              ))}
            </ul>
          )}
          {total > shown.length && <p class="field__help">{t('matcher.adjust.candidates.capped', { shown: shown.length, total })}</p>}
        </>
      )}
    </fieldset>
  );
}

/** A swap with someone who has no match: they take the person's place, and the person is left without one. */
function takesPlace(candidate: Candidate): boolean {
  return candidate.partners !== null && candidate.partners.length === 0 && candidate.newScore === null && candidate.preview.change.kind === 'swap';
}

/** Whose score it is (the person's new match or group) and the change in total, or what the swap does when there is no new match. */
function candidateFigures(t: Translate, locale: Locale, kind: AdjustKind, candidate: Candidate, name: string): string {
  const delta = formatScoreChange(candidate.preview.delta, locale);
  if (takesPlace(candidate)) return t('matcher.adjust.candidate.takesPlace', { name, delta });
  if (candidate.newScore === null) return t('matcher.adjust.candidate.noScore', { name, delta });
  const score = formatScore(candidate.newScore, locale);
  return t(kind === 'move' || kind === 'swapGroup' ? 'matcher.adjust.candidate.figures.group' : 'matcher.adjust.candidate.figures', { name, score, delta });
}

interface CandidateRowProps {
  locale: Locale;
  kind: AdjustKind;
  candidate: Candidate;
  chosen: boolean;
  onChoose: (id: string) => void;
  personName: string;
}

/** One candidate; memoised, as a keystroke in the filter or a pick must not redraw up to `CANDIDATE_CAP` rows. */
const CandidateRow = memo(function CandidateRow({ locale, kind, candidate, chosen, onChoose, personName }: CandidateRowProps) {
  const t = translator(locale);
  return (
    <li>
      <label class={chosen ? 'adjust-candidate adjust-candidate--chosen' : 'adjust-candidate'} data-testid="adjust-candidate">
        <input type="radio" name={`${ID}-candidate`} value={candidate.id} checked={chosen} onChange={() => onChoose(candidate.id)} />
        <span class="adjust-candidate__text">
          <span class="adjust-candidate__name">{kind === 'move' ? t('matcher.adjust.candidate.group', { names: candidate.members.join(', ') }) : candidate.members.join(', ')}</span>
          {!takesPlace(candidate) && <span class="adjust-candidate__context">{candidateContext(t, candidate)}</span>}
          <span class="adjust-candidate__figures">{candidateFigures(t, locale, kind, candidate, personName)}</span>
          {candidate.flagged && <span class="adjust-candidate__flag">{candidateFlags(t, candidate)}</span>}
        </span>
      </label>
    </li>
  );
});

function candidateContext(t: Translate, candidate: Candidate): string {
  const parts: string[] = [];
  if (candidate.partners !== null) parts.push(candidate.partners.length === 0 ? t('matcher.adjust.candidate.unmatched') : t('matcher.adjust.candidate.now', { names: candidate.partners.join(', ') }));
  if (candidate.room !== null) parts.push(candidate.room === 0 ? t('matcher.adjust.candidate.full') : t('matcher.adjust.candidate.room', { count: candidate.room }));
  return parts.join(' · ');
}

function candidateFlags(t: Translate, { preview, offSize, endsLocks }: Candidate): string {
  const flags: string[] = [];
  if (!preview.recordable) flags.push(t('matcher.adjust.candidate.notKept'));
  if (preview.brokenRules.length > 0) flags.push(t('matcher.adjust.candidate.breaksRule'));
  if (preview.overCapacity.length > 0) flags.push(t('matcher.adjust.candidate.overCapacity'));
  if (offSize.length > 0) flags.push(t('matcher.adjust.candidate.offSize'));
  if (endsLocks.length > 0) flags.push(t('matcher.adjust.candidate.endsLock'));
  return flags.join(' · ');
}

interface PreviewDetailsProps {
  t: Translate;
  locale: Locale;
  preview: AdjustmentPreview;
  offSize: readonly OffSizeGroup[];
  endsLocks: readonly IdPair[];
  sizes: Placement['groupSizes'];
  /** Sizes are counted without the group's mentor. */
  groupMentors: boolean;
  result: MatchingResult;
  names: NameLookup;
}

/** The matches as they are and as they would be, the figures, and what the coordinator should know. */
function PreviewDetails({ t, locale, preview, offSize, endsLocks, sizes, groupMentors, result, names }: PreviewDetailsProps) {
  const notes = previewNotes(preview, names, endsLocks);
  if (!preview.valid) return <p class="adjust-preview__invalid">{t(notes[0]!.key, notes[0]!.params)}</p>;
  const before = preview.replaces.flatMap((index) => (result.matches[index] ? [result.matches[index]] : []));
  const nothing = preview.matches.length === 0 && preview.replaces.length === 0;
  const listName = (ids: readonly string[]) => ids.map((id) => nameOf(names, id)).join(' · ');
  return (
    <>
      <p class="adjust-preview__change">{t(describeChange(preview.change, names).key, describeChange(preview.change, names).params)}</p>
      {nothing ? (
        <p>{t('matcher.adjust.preview.nothing')}</p>
      ) : (
        <div class="adjust-preview__matches">
          <div>
            <h4>{t('matcher.adjust.preview.before')}</h4>
            <MatchRows t={t} rows={before.map((match) => ({ names: listName(match.ids), score: formatScore(match.score, locale), rules: [] }))} />
          </div>
          <div>
            <h4>{t('matcher.adjust.preview.after')}</h4>
            <MatchRows
              t={t}
              rows={preview.matches.map((match) => ({
                names: listName(match.ids),
                score: formatScore(match.score, locale),
                rules: match.brokenRules.map((rule) => t(`matching.rule.${rule}`)),
              }))}
            />
          </div>
        </div>
      )}
      <dl class="adjust-preview__figures">
        <div>
          <dt>{t('matcher.adjust.preview.delta')}</dt>
          <dd data-testid="adjust-delta" class={preview.delta < 0 ? 'adjust-preview__delta adjust-preview__delta--down' : 'adjust-preview__delta'}>
            {formatScoreChange(preview.delta, locale)}
          </dd>
        </div>
        <div>
          <dt>{t('matcher.adjust.preview.total')}</dt>
          <dd data-testid="adjust-total">{t('matcher.adjust.preview.totalWas', { after: formatScore(preview.totalAfter, locale), before: formatScore(preview.totalBefore, locale) })}</dd>
        </div>
      </dl>
      {(notes.length > 0 || offSize.length > 0) && (
        <ul class="adjust-preview__notes" data-testid="adjust-notes">
          {notes.map((note, index) => (
            <li key={index} class={note.key === 'matcher.review.preview.becomesMatched' ? undefined : 'adjust-preview__warning'}>
              {t(note.key, note.params)}
            </li>
          ))}
          {sizes &&
            offSize.map((group) => (
              <li key={group.ids.join(' ')} class="adjust-preview__warning">
                {t(groupMentors ? 'matcher.adjust.preview.offSizeWithMentor' : 'matcher.adjust.preview.offSize', { names: listName(group.ids), count: group.size, min: sizes.min, max: sizes.max })}
              </li>
            ))}
        </ul>
      )}
      {!preview.recordable && (
        <p class="alert alert--warning adjust-preview__not-kept" data-testid="adjust-not-kept">
          {t('matcher.adjust.preview.notKept')}
        </p>
      )}
    </>
  );
}

function MatchRows({ t, rows }: { t: Translate; rows: readonly { names: string; score: string; rules: readonly string[] }[] }) {
  if (rows.length === 0) return <p class="adjust-preview__empty">{t('matcher.adjust.preview.none')}</p>;
  return (
    <ul class="adjust-preview__list">
      {rows.map((row, index) => (
        <li key={index}>
          <span class="adjust-preview__names">{row.names}</span> <span class="adjust-preview__score">{t('matcher.adjust.preview.score', { score: row.score })}</span>
          {row.rules.length > 0 && <span class="adjust-preview__rules">{t('matcher.adjust.preview.brokenRules', { rules: row.rules.join(', ') })}</span>}
        </li>
      ))}
    </ul>
  );
}
