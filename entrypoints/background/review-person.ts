/**
 * Whose data the sidebar framed on a review page gets. The background
 * decides, from what the tab's launcher registered with the frame (the
 * detected review) and what the user answered before for that review's
 * address; the sidebar's request cannot name anyone else. See
 * utils/people/resolve.ts for the rules.
 */
import { loadReviewData, people, reviewTargets } from '@/utils/db';
import type { ChoosePersonReply, ReviewDataReply } from '@/utils/messaging';
import { ME, newId } from '@/utils/model';
import { resolveReviewPerson, type PageReview } from '@/utils/people/resolve';

/** The data of the person the page is about, or what the user needs to choose (no data). */
export async function sidebarData(
  review: PageReview | undefined,
  notesLimit: number | undefined,
): Promise<ReviewDataReply | ChoosePersonReply> {
  const [list, target] = await Promise.all([people.list(), review ? reviewTargets.get(review.key) : undefined]);
  const resolution = resolveReviewPerson(review, target, list);
  if ('choose' in resolution) {
    const { role, subject, candidates } = resolution.choose;
    return { choose: { role, ...(subject && { subject }), candidates: candidates.map(({ id, name }) => ({ id, name })) } };
  }
  const { personId } = resolution;
  const data = await loadReviewData(notesLimit, { pinnedNotes: true, personId });
  const person = personId === ME ? undefined : list.find((candidate) => candidate.id === personId);
  return person ? { ...data, person: { id: person.id, name: person.name } } : data;
}

/**
 * Remembers whose review the page is, as the user said in the sidebar: me,
 * one of the people, or a new person (created with the name typed, and the
 * page's name as an alias when it differs). False when the page is no
 * review page or the person does not exist.
 */
export async function chooseReviewPerson(
  review: PageReview | undefined,
  choice: { personId?: string; newPerson?: string },
  now = Date.now(),
): Promise<boolean> {
  if (!review) return false;
  let personId = choice.personId;
  if (choice.newPerson) {
    const name = choice.newPerson.trim();
    const alias = review.subject?.name;
    const created = await people.put({
      id: newId('person'),
      name,
      ...(review.subject?.employeeId && { employeeId: review.subject.employeeId }),
      aliases: alias && alias !== name ? [alias] : [],
      createdAt: now,
      updatedAt: now,
    });
    personId = created.id;
  }
  if (!personId) return false;
  if (personId !== ME && !(await people.get(personId))) return false;
  await reviewTargets.put({ key: review.key, personId, updatedAt: now });
  return true;
}
