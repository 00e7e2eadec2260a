/**
 * Analysis settings with defaults, resolved and validated once (the sigma.js habit): a wrong value
 * fails fast with a message naming the setting.
 */
export interface AnalysisSettings {
  /** seed of every random choice (Louvain, betweenness samples) */
  seed: number;
  /**
   * exact betweenness, closeness and distances up to this many nodes per view; above, a seeded
   * sample of sources (exact betweenness at 10k nodes/50k ties took 60 s per view, BENCHMARKS.md)
   */
  exactPathMaxNodes: number;
  /** number of sampled source nodes above that limit */
  pathSamples: number;
  /** power-iteration limits of eigenvector centrality and PageRank */
  maxIterations: number;
  tolerance: number;
  /** how many actors the report and the comparison rank */
  topActors: number;
}

export const DEFAULT_SETTINGS: AnalysisSettings = {
  seed: 42,
  exactPathMaxNodes: 50000,
  pathSamples: 500,
  maxIterations: 1000,
  tolerance: 1e-12,
  topActors: 10,
};

export function resolveSettings(partial: Partial<AnalysisSettings> = {}): AnalysisSettings {
  const s = { ...DEFAULT_SETTINGS, ...partial };
  const positiveInt = ['exactPathMaxNodes', 'pathSamples', 'maxIterations', 'topActors'] as const;
  for (const k of positiveInt) {
    if (!Number.isInteger(s[k]) || s[k] < 1)
      throw new Error(`netzatlas/analysis/settings: „${k}“ muss eine ganze Zahl ≥ 1 sein (ist ${s[k]}).`);
  }
  if (!Number.isInteger(s.seed))
    throw new Error(`netzatlas/analysis/settings: „seed“ muss eine ganze Zahl sein (ist ${s.seed}).`);
  if (!(s.tolerance > 0 && s.tolerance < 1))
    throw new Error(`netzatlas/analysis/settings: „tolerance“ muss zwischen 0 und 1 liegen (ist ${s.tolerance}).`);
  return s;
}
