import { render, type VNode } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import '../../styles/kit.css';

const PRINTING_CLASS = 'kit-printing';

/**
 * Printing shows only what an island chooses: on `beforeprint`, `sheet()` is rendered
 * (synchronously, with preact's render) into a frame at the end of <body>, and a class on <html>
 * makes the print stylesheet hide everything else (kit.css). Nothing is rendered while the person
 * types. Returns `print(prepare?)`: `prepare` runs just before the browser's print dialog, to say
 * what to print this time; Ctrl+P prints whatever `sheet()` gives by default.
 *
 * `sheet` may read the latest props: it is called at print time, not at render time.
 */
export function usePrintFrame(frameClass: string, sheet: () => VNode | null, onAfterPrint?: () => void): () => void {
  const latest = useRef({ sheet, onAfterPrint });
  latest.current = { sheet, onAfterPrint };

  useEffect(() => {
    const frame = document.createElement('div');
    frame.className = `kit-print-frame ${frameClass}`;
    document.body.append(frame);
    const before = () => {
      const content = latest.current.sheet();
      if (content === null) return;
      render(content, frame);
      document.documentElement.classList.add(PRINTING_CLASS);
    };
    const after = () => {
      latest.current.onAfterPrint?.();
      document.documentElement.classList.remove(PRINTING_CLASS);
      render(null, frame);
    };
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
      after();
      frame.remove();
    };
  }, [frameClass]);

  return () => print();
}
