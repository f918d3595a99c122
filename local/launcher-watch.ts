import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

interface ParentAndGroup {
  ppid: number;
  pgid: number;
}

/** From /proc on Linux (no `ps` in slim containers), else from `ps`; undefined when neither answers. */
function parentAndGroup(pid: number): ParentAndGroup | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (command) state ppid pgrp …": the command may hold spaces and parentheses.
    const [, ppid, pgid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(ppid), pgid: Number(pgid) };
  } catch {
    try {
      const [ppid, pgid] = execFileSync('ps', ['-o', 'ppid=,pgid=', '-p', String(pid)], { encoding: 'utf8' }).trim().split(/\s+/).map(Number);
      return { ppid: ppid!, pgid: pgid! };
    } catch {
      return undefined;
    }
  }
}

/**
 * The processes that launched this one within its process group: `npm start` → `sh -c` → `tsx`
 * → this runner. SIGKILL of `npm` leaves the others running (nobody tells them), so the API, the
 * local SES and DynamoDB Local would keep their ports and block the next `npm start`.
 */
function launchers(): number[] {
  const group = parentAndGroup(process.pid)?.pgid;
  const found: number[] = [];
  let pid = process.ppid;
  let row = parentAndGroup(pid);
  while (pid > 1 && row !== undefined && row.pgid === group) {
    found.push(pid);
    pid = row.ppid;
    row = parentAndGroup(pid);
  }
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
