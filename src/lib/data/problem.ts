/** A problem found in a dataset, and how it is written for people: `file: json-path: message`. */
export interface Problem {
  file: string;
  /** JSON path inside the file, `$` for the whole file. */
  path: string;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.path}: ${problem.message}`;
}
