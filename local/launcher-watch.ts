import { execFileSync } from 'node:child_process';

/**
 * The processes that launched this one within its process group: `npm start` → `sh -c` → `tsx`
 * → this runner. SIGKILL of `npm` leaves the others running (nobody tells them), so the API, the
 * local SES and DynamoDB Local would keep their ports and block the next `npm start`.
 */
function launchers(): number[] {
  const table = new Map(
    execFileSync('ps', ['-A', '-o', 'pid=,ppid=,pgid='], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number])
      .map(([pid, ppid, pgid]) => [pid, { ppid, pgid }] as const),
  );
  const group = table.get(process.pid)?.pgid;
  const found: number[] = [];
  for (let pid = process.ppid; pid > 1 && table.get(pid)?.pgid === group; pid = table.get(pid)!.ppid) found.push(pid);
  return found;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Calls `onGone` once, when a process that launched this one (in its process group) has ended. */
export function whenLauncherEnds(onGone: () => void, intervalMs = 1_000): void {
  const watched = [...new Set([process.ppid, ...launchers()])];
  const timer = setInterval(() => {
    if (watched.every(isAlive)) return;
    clearInterval(timer);
    onGone();
  }, intervalMs);
  timer.unref();
}
