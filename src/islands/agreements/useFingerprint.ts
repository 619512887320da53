import { useEffect, useState } from 'preact/hooks';
import { agreedContent, canonicalJson, fingerprint, shortCode, type Agreement } from '../../lib/agreements/index.ts';

/** The short code of the agreed text as it stands; null while it is being computed. */
export function useFingerprint(agreement: Agreement | null): string | null {
  const canonical = agreement ? canonicalJson(agreedContent(agreement)) : null;
  const [code, setCode] = useState<{ for: string; code: string } | null>(null);
  useEffect(() => {
    if (!agreement || canonical === null) return;
    let current = true;
    void fingerprint(agreement).then((hex) => {
      if (current) setCode({ for: canonical, code: shortCode(hex) });
    });
    return () => {
      current = false;
    };
  }, [canonical]);
  // A code computed for an earlier text is never shown next to this one.
  return code !== null && code.for === canonical ? code.code : null;
}
