import { readDashboardCounters, sumGroups } from './dashboard-counter-items';
import { dashboardFigures, type DashboardFigures } from './dashboard-figures';

/** The dashboard's figures now, from the counter items only (one Query; never the event's tables). */
export async function readDashboard(eventId: string, now = new Date()): Promise<DashboardFigures> {
  const counters = await readDashboardCounters(eventId);
  return dashboardFigures(eventId, sumGroups(counters.items), counters.seats, now.toISOString());
}
