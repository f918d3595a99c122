/**
 * CPU time spent by this process (the API handlers, the load generator) and by its child
 * processes (DynamoDB Local's JVM), to tell where a request's time goes on a shared machine.
 * Linux only (/proc); elsewhere the children's share reads as 0.
 */
import { readdirSync, readFileSync } from 'node:fs';

const clockTicksPerSecond = 100;

export interface CpuTime {
  /** This Node process: user + system. */
  selfMs: number;
  /** Every live descendant process: user + system. */
  childrenMs: number;
}

function childPids(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond;
  } catch {
    return 0;
  }
}

function descendants(pid: number): number[] {
  const children = childPids(pid);
  return [...children, ...children.flatMap(descendants)];
}

export function cpuTime(): CpuTime {
  const { user, system } = process.cpuUsage();
  return { selfMs: (user + system) / 1000, childrenMs: descendants(process.pid).reduce((total, pid) => total + processCpuMs(pid), 0) };
}

export const cpuSince = (start: CpuTime): CpuTime => {
  const now = cpuTime();
  return { selfMs: now.selfMs - start.selfMs, childrenMs: now.childrenMs - start.childrenMs };
};
