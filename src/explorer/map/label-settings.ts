/**
 * How sigma labels the maps: font, size and the density grid that decides which labels fit
 * (bigger nodes first). The main map and both compare maps use these, so a node labelled on one
 * is labelled by the same rule on the others.
 */
export const MAP_LABEL_SETTINGS = {
  labelFont: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif',
  labelSize: 13,
  labelWeight: '500',
  labelColor: { color: '#1f1f1f' },
  labelDensity: 0.35,
  labelGridCellSize: 90,
  labelRenderedSizeThreshold: 7,
} as const;
