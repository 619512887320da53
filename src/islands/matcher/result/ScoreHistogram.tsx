import { busiestBand, formatCount, histogramBands } from '../../../lib/matcher/result-view.ts';
import { translator } from '../../../lib/i18n/index.ts';
import type { Locale } from '../../../lib/i18n/locales.ts';

interface Props {
  locale: Locale;
  distribution: readonly number[];
}

// Drawing units of the chart; the SVG scales to its box (CSS), so at 390 px it shrinks as a whole.
const WIDTH = 400;
const PLOT_TOP = 18;
const PLOT_HEIGHT = 120;
const AXIS = 32;
const BAR_GAP = 6;

/**
 * The ten score bands as bars, each with its count written above it and its band below: the
 * meaning never rests on colour or height alone. A screen reader gets the title, a one-line
 * description and the same figures as a (visually hidden) table.
 */
export function ScoreHistogram({ locale, distribution }: Props) {
  const t = translator(locale);
  const bands = histogramBands(distribution);
  const busiest = busiestBand(bands);
  const slot = WIDTH / bands.length;
  const bandLabel = (from: number, to: number) => t('matcher.result.histogram.band', { from, to });
  return (
    <figure class="result-histogram" aria-labelledby="result-histogram-heading">
      <figcaption id="result-histogram-heading" class="result-histogram__caption">
        {t('matcher.result.histogram.heading')}
      </figcaption>
      <svg
        class="result-histogram__chart"
        viewBox={`0 0 ${WIDTH} ${PLOT_TOP + PLOT_HEIGHT + AXIS}`}
        role="img"
        aria-labelledby="result-histogram-title result-histogram-desc"
        preserveAspectRatio="xMidYMid meet"
      >
        <title id="result-histogram-title">{t('matcher.result.histogram.title')}</title>
        <desc id="result-histogram-desc">
          {busiest ? t('matcher.result.histogram.busiest', { from: busiest.from, to: busiest.to, count: busiest.count }) : t('matcher.result.histogram.empty')}
        </desc>
        <line class="result-histogram__baseline" x1={0} x2={WIDTH} y1={PLOT_TOP + PLOT_HEIGHT} y2={PLOT_TOP + PLOT_HEIGHT} />
        {bands.map((band, index) => {
          const height = Math.round(band.height * PLOT_HEIGHT);
          const x = index * slot + BAR_GAP / 2;
          const centre = index * slot + slot / 2;
          return (
            <g key={band.from} class="result-histogram__band" data-count={band.count}>
              <rect class="result-histogram__bar" x={x} y={PLOT_TOP + PLOT_HEIGHT - height} width={slot - BAR_GAP} height={height} rx={2} />
              <text class="result-histogram__count" x={centre} y={PLOT_TOP + PLOT_HEIGHT - height - 4} text-anchor="middle">
                {formatCount(band.count, locale)}
              </text>
              <text class="result-histogram__label" x={centre} y={PLOT_TOP + PLOT_HEIGHT + 16} text-anchor="middle">
                {bandLabel(band.from, band.to)}
              </text>
            </g>
          );
        })}
        <text class="result-histogram__axis" x={WIDTH / 2} y={PLOT_TOP + PLOT_HEIGHT + AXIS - 2} text-anchor="middle">
          {t('matcher.result.histogram.axis')}
        </text>
      </svg>
      <table class="visually-hidden">
        <caption>{t('matcher.result.histogram.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('matcher.result.histogram.columnBand')}</th>
            <th scope="col">{t('matcher.result.histogram.columnCount')}</th>
          </tr>
        </thead>
        <tbody>
          {bands.map((band) => (
            <tr key={band.from}>
              <th scope="row">{bandLabel(band.from, band.to)}</th>
              <td>{formatCount(band.count, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
