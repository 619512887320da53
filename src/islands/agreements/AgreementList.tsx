import { signatureStatus, type Agreement } from '../../lib/agreements/index.ts';
import { translator } from '../../lib/i18n/index.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { WorkbookList } from '../ui/WorkbookList.tsx';

interface Props {
  locale: Locale;
  agreements: readonly Agreement[];
  selectedId: string | null;
  canCreate: boolean;
  onSelect: (id: string) => void;
  onNew: () => void;
  headingRef: { current: HTMLHeadingElement | null };
}

/** The agreements on this device with their signing status. */
export function AgreementList({ locale, agreements, selectedId, canCreate, onSelect, onNew, headingRef }: Props) {
  const t = translator(locale);
  const archived = agreements.filter((agreement) => agreement.archived).length;
  return (
    <WorkbookList
      headingId="agreement-list-heading"
      heading={t('agreements.ui.list.heading')}
      items={agreements.map((agreement) => ({
        id: agreement.id,
        title: agreement.title.trim() || t('agreements.ui.untitled'),
        archived: agreement.archived,
        status: t(`agreements.ui.status.${signatureStatus(agreement)}`),
        statusKind: signatureStatus(agreement),
      }))}
      selectedId={selectedId}
      archivedLabel={t('agreements.ui.list.archived', { count: archived })}
      newLabel={t('agreements.ui.list.new')}
      canCreate={canCreate}
      onSelect={onSelect}
      onNew={onNew}
      headingRef={headingRef}
      testId="agreement-list"
    />
  );
}
