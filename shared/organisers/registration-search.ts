import { foldText } from '../text/fold-text';

/**
 * The console's free-text search over an event's registrations: name, email or organisation
 * containing the words typed, whatever their case and accents ("elodie" finds "Élodie", "محمد"
 * finds "مُحمّد"). DynamoDB's `contains` is case- and accent-sensitive, so the test runs on each page
 * the Query reads (`PartitionQuery.keep`): what is read is the event's registrations partition,
 * never the table (docs/organisers.md, "Search").
 */

type Searchable = Partial<Record<'firstName' | 'lastName' | 'email' | 'organisation', unknown>>;

/** Every word of `q` must occur in the person's name, email or organisation. */
export function registrationSearch(q: string): (item: Searchable) => boolean {
  const words = foldText(q).split(/\s+/).filter((word) => word !== '');
  return (item) => {
    const haystack = foldText([item.firstName, item.lastName, item.email, item.organisation].filter((part) => typeof part === 'string').join(' '));
    return words.every((word) => haystack.includes(word));
  };
}
