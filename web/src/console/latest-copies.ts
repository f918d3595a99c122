/**
 * The items of pages read one after the other from a list that keeps changing, each item once.
 *
 * The console's lists are ordered by status, then age (the emails' index is `status#createdAt`), and
 * the mailer moves emails between statuses while an organiser pages: an email read as "pending" on the
 * first page can come again as "sent" on the second. The later copy is the fresher one, so it is kept,
 * where it came (in its new status's group).
 */
export function latestCopies<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const lastIndex = new Map<string, number>();
  items.forEach((item, index) => lastIndex.set(keyOf(item), index));
  return items.filter((item, index) => lastIndex.get(keyOf(item)) === index);
}
