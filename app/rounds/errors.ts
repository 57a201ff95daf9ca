/** A refusal the candidate should read: the route turns it into a 4xx with this message. */
export class RoundError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 403 | 404 | 409 | 422 | 429 | 503,
  ) {
    super(message);
  }
}
