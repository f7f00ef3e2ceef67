import { useEffect, useState } from 'preact/hooks';
import { onDataChanged, people } from '@/utils/db';
import type { Person } from '@/utils/model';

/** The people I review, by name, re-read when any page changes them; null while loading. */
export function usePeople(): Person[] | null {
  const [list, setList] = useState<Person[] | null>(null);
  useEffect(() => {
    const load = () => void people.list().then(setList, () => setList([]));
    load();
    return onDataChanged((stores) => stores.includes('people') && load());
  }, []);
  return list;
}
