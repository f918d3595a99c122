import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time of the test runner's process tree (this worker's parent and everything under it), by kind of
 * process, read from /proc: the measuring aid of test/support/cpu-per-file.ts. Linux only.
 */

export type Kind = 'worker' | 'java' | 'chromium' | 'browserStackHost' | 'vitestMain' | 'other';

interface ProcessTimes {
  pid: number;
  parent: number;
  name: string;
  /** utime + stime, and of its reaped children, in clock ticks. */
  own: number;
  reapedChildren: number;
}

export const ticksPerSecond = 100;

function readProcess(pid: number): ProcessTimes | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name may hold spaces and brackets: the fields after it start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return {
      pid,
      parent: Number(fields[1]),
      name: cmdline,
      own: Number(fields[11]) + Number(fields[12]),
      reapedChildren: Number(fields[13]) + Number(fields[14]),
    };
  } catch {
    return undefined; // gone between the listing and the read
  }
}

/** Every process under `root` (included). */
function processTree(root: number): ProcessTimes[] {
  const all = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => readProcess(Number(entry)))
    .filter((entry) => entry !== undefined);
  const children = Map.groupBy(all, (entry) => entry.parent);
  const tree: ProcessTimes[] = [];
  const visit = (pid: number) => {
    const entry = all.find((candidate) => candidate.pid === pid);
    if (entry) tree.push(entry);
    for (const child of children.get(pid) ?? []) visit(child.pid);
  };
  visit(root);
  return tree;
}

function kindOf(entry: ProcessTimes, ancestors: Set<number>): Kind {
  if (entry.pid === process.ppid) return 'vitestMain';
  if (ancestors.has(process.pid)) return 'worker';
  if (entry.name.includes('java')) return 'java';
  if (entry.name.includes('chrom')) return 'chromium';
  if (entry.name.includes('browser-stack-host')) return 'browserStackHost';
  return 'other';
}

/** CPU ticks per kind of the runner's process tree now. */
export function ticksByKind(): Record<Kind, number> {
  const tree = processTree(process.ppid);
  const byPid = new Map(tree.map((entry) => [entry.pid, entry]));
  const totals: Record<Kind, number> = { worker: 0, java: 0, chromium: 0, browserStackHost: 0, vitestMain: 0, other: 0 };
  for (const entry of tree) {
    const ancestors = new Set<number>();
    for (let pid: number | undefined = entry.pid; pid !== undefined; pid = byPid.get(pid)?.parent) ancestors.add(pid);
    const kind = kindOf(entry, ancestors);
    // The runner's reaped children are earlier files' workers: not this file's.
    totals[kind] += entry.own + (kind === 'vitestMain' ? 0 : entry.reapedChildren);
  }
  return totals;
}

