import { europeanUnion, middleEastNorthAfrica } from '../geo/countries';
import type { RegionKey } from './summary-figures';

/** EU, MENA or other. Malta is in both lists; it counts as EU (its clusters join as EU members). */
export function regionOf(country: string): RegionKey {
  if (europeanUnion.has(country)) return 'eu';
  if (middleEastNorthAfrica.has(country)) return 'mena';
  return 'other';
}
