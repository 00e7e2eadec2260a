/** The contract of data/layout.json: precomputed node positions, so the map's first frame is final. */
import { z } from 'zod';

const Finite = z.number();

export const LayoutSchema = z.object({
  format: z.literal('netzatlas-layout'),
  version: z.literal(1),
  algorithm: z.literal('ForceAtlas2'),
  seed: z.number().int(),
  iterations: z.number().int().nonnegative(),
  positions: z.record(z.string(), z.tuple([Finite, Finite])),
});
export type Layout = z.infer<typeof LayoutSchema>;
