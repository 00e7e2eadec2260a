/** Problems met during an analysis: expected data situations, reported in the output, never thrown. */
export interface AnalysisIssue {
  code: string;
  message: string;
  view?: 'twoMode' | 'actors';
  measure?: string;
}

export function issue(
  code: string,
  message: string,
  extra: Omit<AnalysisIssue, 'code' | 'message'> = {},
): AnalysisIssue {
  return { code, message, ...extra };
}
