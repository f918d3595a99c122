/**
 * Maximum flow with integer capacities (Dinic's algorithm: breadth-first levels, then blocking flows along
 * them). Used for the coverage upper bound (coverage-bound.ts); graphs there have about 2 nodes per
 * participant and 2 arcs per meeting, so the bound costs milliseconds even at 10,000 meetings.
 */
export class FlowNetwork {
  private readonly head: Int32Array;
  private readonly to: number[] = [];
  private readonly next: number[] = [];
  private readonly capacity: number[] = [];
  private readonly level: Int32Array;
  private readonly cursor: Int32Array;

  constructor(readonly nodes: number) {
    this.head = new Int32Array(nodes).fill(-1);
    this.level = new Int32Array(nodes);
    this.cursor = new Int32Array(nodes);
  }

  /** An arc from u to v of this capacity (with its residual arc v to u, of capacity 0). */
  addArc(u: number, v: number, capacity: number): void {
    this.push(u, v, capacity);
    this.push(v, u, 0);
  }

  /** The value of a maximum flow from source to sink (the capacities left are the residual graph). */
  maxFlow(source: number, sink: number): number {
    let flow = 0;
    while (this.levelsReach(source, sink)) {
      this.cursor.set(this.head);
      for (let pushed = this.augment(source, sink, Number.POSITIVE_INFINITY); pushed > 0; pushed = this.augment(source, sink, Number.POSITIVE_INFINITY)) {
        flow += pushed;
      }
    }
    return flow;
  }

  private push(u: number, v: number, capacity: number): void {
    this.to.push(v);
    this.capacity.push(capacity);
    this.next.push(this.head[u]!);
    this.head[u] = this.to.length - 1;
  }

  /** Breadth-first distances from the source over arcs with capacity left; whether the sink is reached. */
  private levelsReach(source: number, sink: number): boolean {
    this.level.fill(-1);
    this.level[source] = 0;
    const queue = [source];
    for (let i = 0; i < queue.length; i++) {
      const u = queue[i]!;
      for (let e = this.head[u]!; e >= 0; e = this.next[e]!) {
        const v = this.to[e]!;
        if (this.capacity[e]! > 0 && this.level[v]! < 0) {
          this.level[v] = this.level[u]! + 1;
          queue.push(v);
        }
      }
    }
    return this.level[sink]! >= 0;
  }

  /** One augmenting path along increasing levels (arcs already found useless are skipped for good). */
  private augment(u: number, sink: number, limit: number): number {
    if (u === sink) return limit;
    for (; this.cursor[u]! >= 0; this.cursor[u] = this.next[this.cursor[u]!]!) {
      const e = this.cursor[u]!;
      const v = this.to[e]!;
      if (this.capacity[e]! <= 0 || this.level[v] !== this.level[u]! + 1) continue;
      const pushed = this.augment(v, sink, Math.min(limit, this.capacity[e]!));
      if (pushed > 0) {
        this.capacity[e]! -= pushed;
        this.capacity[e ^ 1]! += pushed;
        return pushed;
      }
    }
    return 0;
  }
}
