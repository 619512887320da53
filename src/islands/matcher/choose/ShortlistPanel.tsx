import { useStore } from '@nanostores/preact';
import { useId, useMemo, useRef, useState } from 'preact/hooks';
import type { MatchingProject } from '../../../lib/matcher/model.ts';
import { formatCount, formatScore, PAGE_SIZE, percent, nameOf, type NameLookup } from '../../../lib/matcher/result-view.ts';
import { CSV_MIME } from '../../../lib/matcher/tell/csv.ts';
import { topReasons } from '../../../lib/matcher/tell/reasons.ts';
import { orderShortlists, searchShortlists, shortlistCsv, shortlistFileName, shortlistTable } from '../../../lib/matcher/tell/shortlist-rows.ts';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';
import type { Message, Translate } from '../../../lib/i18n/message.ts';
import type { MatchingInput, ProgressReport, Shortlist } from '../../../lib/matching/types.ts';
import { useAnnounce } from '../../ui/announce.ts';
import { downloadFile } from '../../ui/download.ts';
import { usePrintFrame } from '../../ui/PrintFrame.ts';
import { $shortlists, cancelShortlists, shortlistFingerprint, startShortlists, type ShortlistState } from './choose-state.ts';
import { JobControls } from './JobControls.tsx';
import '../../../styles/matcher-choose.css';

export interface ShortlistPanelProps {
  locale: Locale;
  project: MatchingProject;
  input: MatchingInput;
  names: NameLookup;
  /** The section's heading level; default 3 (the result step's parts). */
  headingLevel?: 2 | 3 | 4;
}

const IDLE: ShortlistState = { kind: 'idle' };

/** A shortlist prepares the data, then works through everyone: most of the time is the second part. */
function shortlistProgress(report: ProgressReport | null): number {
  if (report === null) return 0;
  const fraction = Number.isFinite(report.fraction) ? Math.min(1, Math.max(0, report.fraction)) : 0;
  return report.phase === 'prepare' ? fraction * 0.1 : 0.1 + 0.9 * fraction;
}

/** The top five candidates per person, for programmes where mentees choose: printable and exportable. */
export function ShortlistPanel({ locale, project, input, names, headingLevel = 3 }: ShortlistPanelProps) {
  const t = translator(locale);
  const announce = useAnnounce();
  const id = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const state = useStore($shortlists)[project.id] ?? IDLE;
  const [query, setQuery] = useState('');
  const [page, setPage] = useState<{ result: unknown; query: string; shown: number }>({ result: null, query: '', shown: PAGE_SIZE });
  const Heading = `h${headingLevel}` as 'h3';

  const fingerprint = useMemo(() => shortlistFingerprint(input), [input]);
  const result = state.kind === 'done' ? state.result : null;
  const stale = state.kind === 'done' && state.fingerprint !== fingerprint;
  const ordered = useMemo(
    () => (result ? orderShortlists(result.shortlists, input.participants, result.mode, names, locale) : []),
    [result, input.participants, names, locale],
  );
  const found = useMemo(() => searchShortlists(ordered, names, query), [ordered, names, query]);
  const running = state.kind === 'running' ? state : null;

  // A new search or new shortlists start at the first page again.
  const shown = page.result === result && page.query === query ? page.shown : PAGE_SIZE;


  // Only the Print button prints the shortlists; Ctrl+P elsewhere in the workbook prints the page as it is.
  const printing = useRef(false);
  const printSheet = () =>
    printing.current ? <ShortlistSheet t={t} locale={locale} title={project.title} shortlists={found} names={names} /> : null;
  const print = usePrintFrame('matcher-choose-print', printSheet, () => (printing.current = false));

  const status = (() => {
    if (running) return t('matcher.choose.shortlist.working');
    if (state.kind === 'cancelled') return t('matcher.choose.shortlist.cancelled');
    if (result && result.mode === null) {
      const reason = result.dataQuality.find((issue) => issue.severity === 'error')?.message;
      return reason ? t('matcher.choose.shortlist.unsolvedBecause', { reason }) : t('matcher.choose.shortlist.unsolved');
    }
    if (result) return t('matcher.choose.shortlist.done', { count: result.shortlists.length });
    return '';
  })();
  const done = running ? percent(shortlistProgress(running.progress)) : 0;

  const exportCsv = () => {
    if (!result) return;
    const fileName = shortlistFileName(project.title, t);
    downloadFile(fileName, shortlistCsv(shortlistTable(ordered, names, t), locale), CSV_MIME);
    announce(t('matcher.choose.shortlist.exported', { file: fileName }), { tone: 'success' });
  };

  const visible = found.slice(0, shown);
  const searching = query.trim() !== '';

  return (
    <section class="matcher-choose choose-shortlists" aria-labelledby={`${id}-heading`} data-testid="choose-shortlists">
      <Heading id={`${id}-heading`}>{t('matcher.choose.shortlist.heading')}</Heading>
      <p class="choose-intro">{t('matcher.choose.shortlist.intro')}</p>

      <JobControls
        t={t}
        id={id}
        words={{ failed: 'matcher.choose.shortlist.failed', stale: 'matcher.choose.shortlist.stale', progress: 'matcher.choose.shortlist.progress.label', cancel: 'matcher.choose.shortlist.cancel', start: result ? 'matcher.choose.shortlist.again' : 'matcher.choose.shortlist.start' }}
        staleTestId="choose-shortlists-stale"
        error={state.kind === 'failed' ? state.error : null}
        stale={stale}
        progress={running ? done : null}
        primary={stale || !result}
        status={status}
        onStart={() => void startShortlists(project.id, input)}
        onCancel={() => cancelShortlists(project.id)}
      />

      {result && result.mode !== null && (
        <div class="choose-shortlists__result" data-stale={stale ? 'true' : undefined}>
          <div class="choose-toolbar">
            <div class="field choose-search">
              <label for={`${id}-search`}>{t('matcher.choose.shortlist.search')}</label>
              <input
                id={`${id}-search`}
                type="search"
                value={query}
                autocomplete="off"
                aria-describedby={`${id}-found`}
                onInput={(event) => setQuery(event.currentTarget.value)}
              />
            </div>
            <div class="choose-toolbar__actions">
              <button
                type="button"
                class="button button--small"
                disabled={found.length === 0}
                onClick={() => {
                  printing.current = true;
                  print();
                }}
              >
                {t('matcher.choose.shortlist.print')}
              </button>
              <button type="button" class="button button--small" onClick={exportCsv}>
                {t('matcher.choose.shortlist.export')}
              </button>
            </div>
          </div>
          <p class="choose-found" id={`${id}-found`} aria-live="polite">
            {searching && found.length === 0
              ? t('matcher.choose.shortlist.noneFound', { query: query.trim() })
              : searching
                ? t('matcher.choose.shortlist.found', { shown: formatCount(found.length, locale), total: formatCount(ordered.length, locale) })
                : ''}
          </p>
          <ul class="choose-people" data-testid="choose-shortlist-people">
            {visible.map((list) => (
              <PersonShortlist key={list.id} t={t} locale={locale} list={list} names={names} />
            ))}
          </ul>
          {shown < found.length && (
            <p class="choose-more">
              <span>{t('matcher.choose.shortlist.shown', { shown: formatCount(shown, locale), total: formatCount(found.length, locale) })}</span>{' '}
              <button type="button" class="button button--small" onClick={() => setPage({ result, query, shown: shown + PAGE_SIZE })}>
                {t('matcher.choose.shortlist.showMore', { count: Math.min(PAGE_SIZE, found.length - shown) })}
              </button>
            </p>
          )}
        </div>
      )}
    </section>
  );
}

interface PersonProps {
  t: Translate;
  locale: Locale;
  list: Shortlist;
  names: NameLookup;
}

const say = (t: Translate, message: Message) => t(message.key, message.params);

function eligibleLine(t: Translate, list: Shortlist): string | null {
  if (list.candidates.length === 0) return t(list.freePlaces === 0 ? 'matcher.choose.shortlist.noPlaces' : 'matcher.choose.shortlist.noCandidates');
  return t('matcher.choose.shortlist.eligible', { count: list.eligible, shown: list.candidates.length });
}

function PersonShortlist({ t, locale, list, names }: PersonProps) {
  const name = nameOf(names, list.id);
  const headingId = `choose-person-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  return (
    <li class="choose-person" data-testid="choose-shortlist-person" aria-labelledby={headingId}>
      <h4 id={headingId}>{name}</h4>
      <p class="choose-person__meta">{eligibleLine(t, list)}</p>
      {list.lockedWith.length > 0 && (
        <p class="choose-person__meta">{t('matcher.choose.shortlist.lockedWith', { names: list.lockedWith.map((other) => nameOf(names, other)).join(', ') })}</p>
      )}
      {list.candidates.length > 0 && (
        <ol class="choose-candidates" aria-label={t('matcher.choose.shortlist.candidatesOf', { name })}>
          {list.candidates.map((candidate) => {
            const reasons = topReasons(candidate.breakdown);
            return (
              <li key={candidate.id} class="choose-candidate">
                <span class="choose-candidate__name">{nameOf(names, candidate.id)}</span>{' '}
                <span class="choose-candidate__score">{t('matcher.choose.shortlist.score', { score: formatScore(candidate.score, locale) })}</span>
                {reasons.length > 0 ? (
                  <ul class="choose-reasons">
                    {reasons.map((reason, index) => (
                      <li key={index}>{say(t, reason)}</li>
                    ))}
                  </ul>
                ) : (
                  <p class="choose-reasons choose-reasons--none">{t('matcher.choose.shortlist.noReasons')}</p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </li>
  );
}

interface SheetProps {
  t: Translate;
  locale: Locale;
  title: string;
  shortlists: readonly Shortlist[];
  names: NameLookup;
}

/** What the Print button prints: every shortlist found (all pages), one person never split over two sheets. */
function ShortlistSheet({ t, locale, title, shortlists, names }: SheetProps) {
  return (
    <article class="choose-sheet">
      <h1>{t('matcher.choose.shortlist.printTitle', { project: title })}</h1>
      <p>{t('matcher.choose.shortlist.printNote')}</p>
      {shortlists.map((list) => {
        const name = nameOf(names, list.id);
        return (
          <section key={list.id} class="choose-sheet__person">
            <h2>{name}</h2>
            {list.candidates.length === 0 ? (
              <p>{eligibleLine(t, list)}</p>
            ) : (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('matcher.choose.shortlist.column.rank')}</th>
                    <th scope="col">{t('matcher.choose.shortlist.column.candidate')}</th>
                    <th scope="col">{t('matcher.choose.shortlist.column.score')}</th>
                    <th scope="col">{t('matcher.choose.shortlist.column.reasons')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.candidates.map((candidate, index) => {
                    const reasons = topReasons(candidate.breakdown);
                    return (
                      <tr key={candidate.id}>
                        <td>{index + 1}</td>
                        <td>{nameOf(names, candidate.id)}</td>
                        <td>{formatScore(candidate.score, locale)}</td>
                        <td>{reasons.length > 0 ? reasons.map((reason) => say(t, reason)).join('; ') : t('matcher.choose.shortlist.noReasons')}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </article>
  );
}
