/** A bar beside a figure that is always written out; drawn in SVG because the CSP allows no inline width. */
export function ScoreBar({ fill, small = false }: { fill: number; small?: boolean }) {
  const width = Math.round(Math.min(1, Math.max(0, Number.isFinite(fill) ? fill : 0)) * 100);
  return (
    <svg class={small ? 'result-bar result-bar--small' : 'result-bar'} viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="result-bar__track" x={0} y={0} width={100} height={8} rx={2} />
      <rect class="result-bar__fill" x={0} y={0} width={width} height={8} rx={2} />
    </svg>
  );
}
