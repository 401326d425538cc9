import * as vega from 'vega';
import * as vegaLite from 'vega-lite';

/** A Vega-Lite specification (kept loose: the compiler checks it). */
export type ChartSpec = Record<string, unknown>;

/** The geometry attributes whose numbers vega writes with up to 16 decimals. */
const GEOMETRY = /\s(transform|d|x|y|x1|x2|y1|y2|dx|dy)="([^"]*)"/g;

/**
 * An SVG from vega, smaller: numbers in its geometry rounded to a hundredth of a px (the pages
 * inline two drawings of each chart, a hundred and more on a page), and the empty background and
 * foreground paths of axes and legends left out. Text, and so every label, is as drawn.
 */
export function compactSvg(svg: string): string {
  return svg
    .replace(GEOMETRY, (_whole, name: string, value: string) => {
      const rounded = value.replace(/-?\d+\.\d{3,}/g, (number) =>
        String(Math.round(Number(number) * 100) / 100),
      );
      return ` ${name}="${rounded}"`;
    })
    .replaceAll(
      '<path class="background" aria-hidden="true" d="M0,0h0v0h0Z" pointer-events="none"/>',
      '',
    )
    .replaceAll(
      '<path class="foreground" aria-hidden="true" d="" pointer-events="none" display="none"/>',
      '',
    );
}

/** Renders a Vega-Lite specification to SVG in Node, without a browser or a canvas. */
export async function renderChart(spec: ChartSpec): Promise<string> {
  const compiled = vegaLite.compile({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...spec,
  } as vegaLite.TopLevelSpec).spec;
  // Vega-Lite leaves the height of a concatenated chart out; laid out without autosize, it needs it.
  if (compiled.height === undefined && typeof spec.height === 'number')
    compiled.height = spec.height;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  return compactSvg(svg);
}
