/** The public surface of src/layout/: what other folders may import. */
export { LAYOUT_DEFAULTS, computeLayout, layoutIterations, layoutSettings } from './force-layout.ts';
export { type GeoLayout, geoLayout } from './geo-layout.ts';
