import { useEffect, useState } from 'preact/hooks';
import { loadingEnded, loadingStarted } from './ready-marker';

/**
 * A QR code drawn as SVG squares from the ticket token (no markup injected, no data URL). `qrcode` is
 * imported on first use: only the manage page of a confirmed seat downloads it. Until it is drawn its box
 * is kept (nothing below moves when it arrives) and the page is not marked ready (ready-marker.ts), so
 * whatever reads the page at the marker (a person, axe, a capture) meets it laid out as it stays.
 */
export function TicketQr({ token, label }: { token: string; label: string }) {
  const [modules, setModules] = useState<{ size: number; dark: (row: number, column: number) => boolean }>();
  useEffect(() => {
    let current = true;
    let loading = true;
    const loaded = () => {
      if (loading) loadingEnded();
      loading = false;
    };
    loadingStarted();
    import('qrcode')
      .then(({ create }) => {
        const qr = create(token, { errorCorrectionLevel: 'M' });
        if (current) setModules({ size: qr.modules.size, dark: (row, column) => Boolean(qr.modules.get(row, column)) });
      })
      .finally(loaded);
    return () => {
      current = false;
      loaded();
    };
  }, [token]);
  if (!modules) return <svg class="ticket-qr" viewBox="0 0 1 1" width="220" height="220" aria-hidden="true" />;
  const quiet = 2;
  const squares: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) if (modules.dark(row, column)) squares.push(`M${column + quiet} ${row + quiet}h1v1h-1z`);
  }
  const extent = modules.size + 2 * quiet;
  return (
    <svg class="ticket-qr" viewBox={`0 0 ${extent} ${extent}`} width="220" height="220" role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={extent} height={extent} fill="#fff" />
      <path d={squares.join('')} fill="#000" />
    </svg>
  );
}
