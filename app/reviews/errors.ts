/** A refusal a reviewer, candidate or manager should read: the route turns it into a 4xx with this message. */
export class ReviewError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 403 | 404 | 409,
  ) {
    super(message);
  }
}
