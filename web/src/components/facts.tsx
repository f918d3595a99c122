import type { ComponentChildren } from 'preact';

/** Labelled facts as tinted cards (`.facts`): what a reader checks before deciding. */
export function Facts({ rows }: { rows: [label: string, value: ComponentChildren][] }) {
  return <dl class="facts">{rows.map(([label, value]) => <div key={label}><dt>{label}</dt><dd>{value}</dd></div>)}</dl>;
}
