import { useEffect, useState } from 'preact/hooks';

const loaded = new Map<() => Promise<unknown>, unknown>();

/**
 * A part of a workbook loaded when it is first wanted (a step not yet opened), so the page's
 * first script holds only what the first screen shows. Null until it has arrived; once loaded
 * it is there at once for every later render and every other component that asks.
 */
export function useModule<T>(load: () => Promise<T>, wanted: boolean): T | null {
  const [module, setModule] = useState<T | null>(() => (loaded.get(load) as T | undefined) ?? null);
  useEffect(() => {
    if (!wanted || module !== null) return;
    let current = true;
    void load().then((value) => {
      loaded.set(load, value);
      if (current) setModule(value);
    });
    return () => {
      current = false;
    };
  }, [wanted, module, load]);
  return module;
}
