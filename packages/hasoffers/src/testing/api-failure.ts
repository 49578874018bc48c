/** One item of a HasOffers `errors` list, with the keys the recordings show. */
export interface ErrorItem {
  err_code?: number;
  err_msg?: string;
  attribute_name?: string;
  publicMessage?: string;
}

/**
 * An API-level refusal: the handler throws it and the fake answers the error envelope (HTTP 200, `status: -1`,
 * `data: ""`, `errorMessage` = the first `publicMessage`).
 */
export class ApiFailure extends Error {
  constructor(readonly errors: readonly ErrorItem[]) {
    super(errors.find((e) => e.publicMessage)?.publicMessage ?? errors[0]?.err_msg ?? "API error");
    this.name = "ApiFailure";
  }
}

/** Throws the simple error shape `[{publicMessage}]` (`Row id is negative`, `Failed to hydrate rows: 21`). */
export function fail(publicMessage: string): never {
  throw new ApiFailure([{ publicMessage }]);
}

/** The text the fake uses for a field that is not in the model (wording of a real answer, via hasoffersv3). */
export function unknownField(field: string): never {
  fail(`Field '${field}' does not exist or is not allowed to be used.`);
}
