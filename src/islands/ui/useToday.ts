import { useEffect, useState } from 'preact/hooks';
import { localIsoDate } from '../../lib/calendar/dates.ts';

/** Today on the user's clock; re-read when the tab comes back, so a tab left open overnight moves on. */
export function useToday(): string {
  const [today, setToday] = useState(() => localIsoDate(new Date()));
  useEffect(() => {
    const refresh = () => setToday(localIsoDate(new Date()));
    addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, []);
  return today;
}
