/** An API error as the fake answers it: `{ "error": { code, message, param? } }` with a status. */
export interface Problem {
  status: number;
  code: string;
  message: string;
  param?: string | undefined;
}

/** Thrown inside the fake's handlers; turned into the contract's error answer. */
export class ProblemError extends Error {
  constructor(
    readonly problem: Problem,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem.message);
  }
}

/** Throws a problem answer. */
export function fail(status: number, code: string, message: string, param?: string): never {
  throw new ProblemError({ status, code, message, param });
}

/** The contract's error body. */
export function errorBody(problem: Omit<Problem, "status">): { error: Omit<Problem, "status"> } {
  const { code, message, param } = problem;
  return { error: param === undefined ? { code, message } : { code, message, param } };
}
