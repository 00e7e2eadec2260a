/**
 * How sigma labels the maps: font and size, and many candidates (density 1, small threshold) that
 * label-placement.ts then thins out without overlaps. The compare maps use these; they are the
 * values MapView sets for the main map (map-view.ts), so both label by the same rules.
 */
export const MAP_LABEL_SETTINGS = {
  labelFont: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif',
  labelSize: 13,
  labelWeight: '500',
  labelColor: { color: '#1f1f1f' },
  labelDensity: 1,
  labelGridCellSize: 90,
  labelRenderedSizeThreshold: 3,
} as const;
