/** The public surface of src/analysis/: what other folders may import. */
export { analyzeGraph, analyzeGraphWith } from './analyze.ts';
export { BROKERAGE_ROLES, type BrokerageRole } from './brokerage/gould-fernandez.ts';
export { type Comparison, compareNetworks, ranking } from './compare.ts';
export { NO_DOMAIN, domainProvenance } from './domains.ts';
export type { GapKind } from './gaps/find-gaps.ts';
export { type AdminMap, jurisdictionOf, nrwAdminMap } from './jurisdiction/jurisdiction.ts';
export type { PathExecutor, SourceRunner } from './kernels/path-executor.ts';
export { type PathPartial, type PathProblem, runSources } from './kernels/source-pass.ts';
export { type Analysis, AnalysisSchema, type NetworkFiguresJSON, type NodeMeasuresJSON } from './schema.ts';
export type { AnalysisSettings } from './settings.ts';
export { MATRIX_DOMAINS } from './sgb.ts';
