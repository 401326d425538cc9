import * as vega from 'vega';
import * as vegaLite from 'vega-lite';

/** A Vega-Lite specification (kept loose: the compiler checks it). */
export type ChartSpec = Record<string, unknown>;

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
  return svg;
}
