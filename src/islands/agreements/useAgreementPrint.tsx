import type { AgreementDocumentProps } from './AgreementDocument.tsx';
import { AgreementDocument } from './AgreementDocument.tsx';
import { documentMessagesLoaded } from './document-language.ts';
import { usePrintFrame } from '../ui/PrintFrame.ts';

/**
 * Prints the agreement document alone, through the kit's print frame: the button and Ctrl+P both
 * give the document, not the workbook around it. `current()` is read at print time, so it may
 * return the latest agreement; null (or words not loaded yet) prints the page as it is, which
 * agreements.css still narrows down to the preview.
 */
export function useAgreementPrint(current: () => AgreementDocumentProps | null): () => void {
  return usePrintFrame('agreement-print', () => {
    const props = current();
    if (props === null || !documentMessagesLoaded(props.agreement.language)) return null;
    return <AgreementDocument {...props} />;
  });
}
