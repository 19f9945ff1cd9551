/** Raised by domain functions; server actions turn them into form errors, pages into 403/404. */
export class AuthError extends Error {
  readonly kind = "unauthenticated" as const;
  constructor(message = "You need to sign in to do that.") {
    super(message);
    this.name = "AuthError";
  }
}

export class ForbiddenError extends Error {
  readonly kind = "forbidden" as const;
  constructor(message = "You do not have permission to do that.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** The record does not exist in the viewer's scope. Deliberately the same for "missing" and "not yours". */
export class NotFoundError extends Error {
  readonly kind = "not-found" as const;
  constructor(message = "We could not find that record.") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** A rule or state refused the change; the message is for the user. */
export class DomainError extends Error {
  readonly kind = "domain" as const;
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}
