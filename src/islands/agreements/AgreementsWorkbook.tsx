import { useStore } from '@nanostores/preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { findAgreement, LIMITS, TEMPLATES, type Agreement, type DocumentLanguage, type TemplateId } from '../../lib/agreements/index.ts';
import { translator } from '../../lib/i18n/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import type { SyncedDocument } from '../../lib/storage/synced-document.ts';
import { goalsDocument } from '../../stores/goals-document.ts';
import { agreementsDocument, archive, createAgreement, currentAgreement, duplicate, removeAgreement, undoRemoval } from '../../stores/agreements.ts';
import { focusAndReveal } from '../ui/focus.ts';
import { StorageStatus } from '../ui/StorageStatus.tsx';
import { Toast, useToast } from '../ui/Toast.tsx';
import { useToday } from '../ui/useToday.ts';
import { WorkbookBar } from '../ui/WorkbookBar.tsx';
import { AnnounceContext } from '../ui/announce.ts';
import { AgreementEditor } from './AgreementEditor.tsx';
import { AgreementList } from './AgreementList.tsx';
import { CalendarPanel } from './CalendarPanel.tsx';
import { DocumentPreview } from './DocumentPreview.tsx';
import { useAgreementPrint } from './useAgreementPrint.tsx';
import { OpenDraft } from './OpenDraft.tsx';
import { SharePanel } from './SharePanel.tsx';
import { NewAgreementForm } from './NewAgreementForm.tsx';
import { useFingerprint } from './useFingerprint.ts';
import '../../styles/agreement-workbook.css';
import '../../styles/agreements.css';

interface Props {
  locale: Locale;
}

type FocusTarget = 'editorHeading' | 'editorTitle' | 'listHeading' | 'newHeading';

const SELECTION = /^#agreement=(.+)$/;

/**
 * The mentoring agreement workbook: the agreements on this device next to the open one's form
 * and its document. Data lives in the synced agreements document (autosaved in this browser,
 * shared across tabs); this component only chooses what is open and wires the parts.
 */
export default function AgreementsWorkbook({ locale }: Props) {
  const t = translator(locale);
  const state = useStore(agreementsDocument.$state);
  const today = useToday();
  const ready = state.phase === 'ready';
  const agreements = state.data.agreements;

  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const { toast: notice, announce, dismiss: dismissNotice } = useToast();
  const focusRequest = useRef<{ target: FocusTarget; id: string | null } | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const newHeading = useRef<HTMLHeadingElement>(null);
  const editorHeading = useRef<HTMLHeadingElement>(null);
  const editorTitle = useRef<HTMLInputElement>(null);

  const selected: Agreement | null =
    (selectedId !== null ? findAgreement(state.data, selectedId) : undefined) ?? agreements.find((agreement) => !agreement.archived) ?? null;
  const fingerprint = useFingerprint(selected);
  const smartGoals = useStore(goalsDocument.$state).data.goals;
  const smartGoalTitles = useMemo(() => new Map(smartGoals.map((goal) => [goal.id, goal.title.trim()])), [smartGoals]);
  // Read at print time, so Ctrl+P prints the agreement as it is at that moment.
  const printing = useRef({ selected, fingerprint, smartGoalTitles });
  printing.current = { selected, fingerprint, smartGoalTitles };
  const print = useAgreementPrint(() => {
    const { selected: agreement, fingerprint: code, smartGoalTitles: titles } = printing.current;
    return agreement ? { agreement, fingerprint: code, smartGoalTitles: titles } : null;
  });

  // The open agreement is kept in the address (#agreement=<id>) so a reload reopens it; a shared
  // draft's fragment (#mka…) is left for the part that opens it.
  useEffect(() => {
    if (!ready) return;
    const wanted = SELECTION.exec(location.hash)?.[1];
    if (wanted !== undefined && findAgreement(state.data, decodeURIComponent(wanted))) setSelectedId(decodeURIComponent(wanted));
  }, [ready]);
  useEffect(() => {
    if (!ready || !selected || location.hash.startsWith('#mka')) return;
    const hash = `#agreement=${encodeURIComponent(selected.id)}`;
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
  }, [ready, selected?.id]);

  useEffect(() => {
    const request = focusRequest.current;
    if (request === null) return;
    const element = { editorHeading: editorHeading.current, editorTitle: editorTitle.current, listHeading: listHeading.current, newHeading: newHeading.current }[request.target];
    if (!element) return;
    if (request.id !== null && element.closest<HTMLElement>('[data-agreement-id]')?.dataset['agreementId'] !== request.id) return;
    focusRequest.current = null;
    focusAndReveal(element, 'start');
  });


  const open = useCallback((id: string, target: FocusTarget = 'editorHeading') => {
    focusRequest.current = { target, id };
    setCreating(false);
    setSelectedId(id);
  }, []);

  const titleOf = (agreement: Agreement) => agreement.title.trim() || t('agreements.ui.untitled');

  const onCreate = (template: TemplateId, language: DocumentLanguage, mentees: number) => {
    const agreement = createAgreement(template, { language, today, mentees });
    if (!agreement) return;
    open(agreement.id, 'editorTitle');
    announce(t('agreements.ui.new.created', { template: { key: TEMPLATES[template].name } }), { tone: 'success' });
  };

  const onDuplicate = (id: string) => {
    const copy = duplicate(id, t('agreements.ui.copySuffix'));
    if (!copy) return;
    open(copy.id, 'editorTitle');
    announce(t('agreements.ui.action.duplicated', { title: titleOf(copy) }), { tone: 'success' });
  };

  const onToggleArchive = (id: string) => {
    const agreement = currentAgreement(id);
    if (!agreement) return;
    archive(id, !agreement.archived);
    open(id);
    announce(t(agreement.archived ? 'agreements.ui.action.unarchived' : 'agreements.ui.action.archived', { title: titleOf(agreement) }), { tone: 'success' });
  };

  const onDelete = (id: string) => {
    const removed = removeAgreement(id);
    if (!removed) return;
    const rest = agreementsDocument.$state.get().data.agreements.filter((agreement) => !agreement.archived);
    setSelectedId(rest[Math.min(removed.index, rest.length - 1)]?.id ?? null);
    const title = titleOf(removed.item);
    announce(t('agreements.ui.notice.deleted', { title }), {
      focusAction: true,
      action: {
        label: t('agreements.ui.notice.undo'),
        run: () => {
          undoRemoval(removed);
          open(removed.item.id);
          announce(t('agreements.ui.notice.restored', { title }), { tone: 'success' });
        },
      },
    });
  };

  const onDismissNotice = useCallback((hadFocus: boolean) => {
    dismissNotice();
    if (hadFocus) listHeading.current?.focus();
  }, [dismissNotice]);

  const showNewForm = ready && (creating || agreements.length === 0);
  const canCreate = ready && agreements.length < LIMITS.agreements;

  return (
    <AnnounceContext.Provider value={announce}>
      <div class="agreements-workbook" data-pagefind-ignore="all" data-phase={state.phase} aria-busy={state.phase === 'loading' ? 'true' : undefined}>
        <StorageStatus locale={locale} state={state} document={agreementsDocument as SyncedDocument<unknown>} saveLine={false} />
        {state.phase === 'loading' && <p class="agreements-loading">{t('agreements.ui.loading')}</p>}
        {ready && agreements.length === 0 && <p>{t('agreements.ui.list.empty')}</p>}
        <OpenDraft locale={locale} onOpened={(id) => open(id)} onAnnounce={(text) => announce(text, { tone: 'success' })} />
        <div class="agreements-layout">
          {agreements.length > 0 && (
            <div class="agreements-layout__side">
              <AgreementList
                locale={locale}
                agreements={agreements}
                selectedId={creating ? null : (selected?.id ?? null)}
                canCreate={canCreate}
                onSelect={(id) => open(id)}
                onNew={() => {
                  focusRequest.current = { target: 'newHeading', id: null };
                  setCreating(true);
                }}
                headingRef={listHeading}
              />
              {!canCreate && ready && <p class="field__help">{t('agreements.ui.list.full', { max: LIMITS.agreements })}</p>}
            </div>
          )}
          <div class="agreements-layout__main">
            {showNewForm ? (
              <NewAgreementForm
                locale={locale}
                disabled={!canCreate}
                onCreate={onCreate}
                onCancel={agreements.length > 0 ? () => open(selected?.id ?? agreements[0]!.id, 'listHeading') : undefined}
                headingRef={newHeading}
              />
            ) : (
              selected && (
                <div class="agreement-workspace">
                  <AgreementEditor
                    key={selected.id}
                    locale={locale}
                    agreement={selected}
                    fingerprint={fingerprint}
                    headingRef={editorHeading}
                    titleRef={editorTitle}
                    onDuplicate={onDuplicate}
                    onToggleArchive={onToggleArchive}
                    onDelete={onDelete}
                    beforeSigning={<SharePanel locale={locale} agreement={selected} onAnnounce={(text) => announce(text, { tone: 'success' })} />}
                  >
                    <CalendarPanel locale={locale} agreement={selected} />
                  </AgreementEditor>
                  <DocumentPreview locale={locale} agreement={selected} fingerprint={fingerprint} smartGoalTitles={smartGoalTitles} onPrint={print} />
                </div>
              )
            )}
          </div>
        </div>
        <WorkbookBar locale={locale} state={state}>
          <Toast toast={notice} onDismiss={onDismissNotice} dismissLabel={t('agreements.ui.notice.dismiss')} testId="agreements-notice" />
        </WorkbookBar>
      </div>
    </AnnounceContext.Provider>
  );
}
