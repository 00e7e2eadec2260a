/**
 * The use cases that chain the stages: documents into a resolved network (extract, resolve, serialise),
 * and imported graph files merged with it. The CLI and the explorer's workers call these.
 */
export { runPipeline, type PipelineResult } from './run-pipeline.ts';
export { runImportPipeline } from './merge-imports.ts';
