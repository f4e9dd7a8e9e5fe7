//! `HttpError`: every way a request ends other than as planned, and its
//! answer. Handlers return `Result<Response, HttpError>` and use `?`; the
//! page an error shows is rendered by [`super::render::pages`] (which
//! knows the caller), so an error needs nothing but itself.

use std::error::Error;
use std::fmt;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use tutela_app::Page;
use tutela_app::i18n::Msg;
use tutela_app::policy::Denied;
use tutela_app::store::StoreError;

use super::render::Rendered;
use crate::auth::password;

/// A request refused or failed, as the caller is told.
#[derive(Debug)]
pub enum HttpError {
    /// Nobody is signed in: `303` to the sign-in page, with the page asked
    /// for (or the page of the form posted) as a safe `next`.
    SignIn,
    /// `403` with the reason (put into words when the page renders).
    Forbidden(Msg),
    /// The request cannot be done as the records stand (`409`, or `422`
    /// for a choice the form did not offer); the message says why.
    Refused { status: StatusCode, message: Msg },
    /// The form again, with its errors by field and the values kept (`422`).
    Invalid(Box<Page>),
    /// `404`.
    NotFound,
    /// `503`; the cause goes to the log (once, here, with its sources),
    /// never to the page.
    Unavailable(Box<dyn Error + Send + Sync>),
    /// Too many passwords being hashed: `503` with `Retry-After`.
    Busy,
}

impl HttpError {
    /// A form without the caller's CSRF token or from another site.
    pub fn form_expired() -> Self {
        HttpError::Forbidden(Msg::new(super::accounts::sign_in::FORM_EXPIRED))
    }

    /// A store's answer while doing `what`, a closure for `map_err`: as
    /// `?` answers it (a record not found is `404`, a refusal `409` with
    /// its words), and a failing database `503` with `what` in the log.
    ///
    /// Call only after the policy check: a NotFound or refusal passes
    /// through, so before the check it would tell a caller who may not
    /// look whether a record exists.
    pub fn store(what: &'static str) -> impl FnOnce(StoreError) -> Self {
        move |err| match err {
            StoreError::Unavailable(_) => Self::failed(what)(err),
            answered => answered.into(),
        }
    }

    /// Something failed while doing `what` (`503`; `what` and the error in
    /// the log): a closure for `map_err`.
    pub fn failed<E: Into<Box<dyn Error + Send + Sync>>>(what: &'static str) -> impl FnOnce(E) -> Self {
        move |err| HttpError::Unavailable(Box::new(While { what, cause: err.into() }))
    }

    /// The form `page` again, with its errors (`422`).
    pub fn invalid(page: Page) -> Self {
        HttpError::Invalid(Box::new(page))
    }

    /// A store's refusal as `status` with its words; its failure as
    /// unavailable: a closure for `map_err`.
    pub fn refused_as(status: StatusCode) -> impl FnOnce(StoreError) -> Self {
        move |err| {
            if err.is_refusal() { HttpError::Refused { status, message: err.msg() } } else { err.into() }
        }
    }

    /// A store's refusal as `409` with its words; its failure as unavailable.
    pub fn refused(err: StoreError) -> Self {
        Self::refused_as(StatusCode::CONFLICT)(err)
    }

    /// `409` with `message`.
    pub fn conflict(message: impl Into<Msg>) -> Self {
        HttpError::Refused { status: StatusCode::CONFLICT, message: message.into() }
    }
}

impl From<Denied> for HttpError {
    fn from(denied: Denied) -> Self {
        match denied {
            Denied::SignIn => HttpError::SignIn,
            Denied::Forbidden(id) => HttpError::Forbidden(Msg::new(id)),
        }
    }
}

/// `?` on a store call: a record not found is `404`, a refusal (a
/// duplicate, a rule of the records) is `409` with its words, and only a
/// failing database is `503`. A form that can show the refusal next to a
/// field matches on the error instead.
impl From<StoreError> for HttpError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::NotFound(_) => HttpError::NotFound,
            StoreError::Unavailable(_) => HttpError::Unavailable(Box::new(err)),
            refused => HttpError::conflict(refused.msg()),
        }
    }
}

impl From<password::Busy> for HttpError {
    fn from(_: password::Busy) -> Self {
        HttpError::Busy
    }
}

/// Asks the page layer for the sign-in redirect (it knows the path).
#[derive(Clone, Copy, Debug)]
pub struct SignInFirst;

impl IntoResponse for HttpError {
    fn into_response(self) -> Response {
        let (page, status) = match self {
            HttpError::SignIn => {
                let mut response = StatusCode::SEE_OTHER.into_response();
                response.extensions_mut().insert(SignInFirst);
                return response;
            }
            HttpError::Forbidden(message) => (Page::Forbidden(message), StatusCode::FORBIDDEN),
            HttpError::Refused { status, message } => (Page::Forbidden(message), status),
            HttpError::Invalid(page) => (*page, StatusCode::UNPROCESSABLE_ENTITY),
            HttpError::NotFound => (Page::NotFound, StatusCode::NOT_FOUND),
            HttpError::Unavailable(cause) => {
                tracing::error!(error = &*cause as &dyn Error, "a request could not be completed");
                (Page::Unavailable, StatusCode::SERVICE_UNAVAILABLE)
            }
            HttpError::Busy => {
                let mut response = Rendered(Page::Unavailable, StatusCode::SERVICE_UNAVAILABLE).into_response();
                response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
                return response;
            }
        };
        Rendered(page, status).into_response()
    }
}

/// What was being done when `cause` failed: its words, then the cause as
/// the source.
#[derive(Debug)]
struct While {
    what: &'static str,
    cause: Box<dyn Error + Send + Sync>,
}

impl fmt::Display for While {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.what)
    }
}

impl Error for While {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        Some(self.cause.as_ref())
    }
}

#[cfg(test)]
mod tests {
    use tutela_app::store::{Missing, Refusal};

    use super::*;

    #[test]
    fn a_store_refusal_keeps_its_answer_and_only_a_failure_is_unavailable() {
        let status = |err: StoreError| HttpError::store("testing")(err).into_response().status();
        assert_eq!(status(StoreError::NotFound(Missing::Unit)), StatusCode::NOT_FOUND);
        assert_eq!(status(StoreError::Refused(Refusal::ParentElsewhere)), StatusCode::CONFLICT);
        let failed = StoreError::unavailable(std::io::Error::other("connection reset"));
        assert_eq!(status(failed.clone()), StatusCode::SERVICE_UNAVAILABLE);
        // The cause stays a source, under what was being done.
        let HttpError::Unavailable(cause) = HttpError::store("reading a unit")(failed) else { panic!() };
        let chain: Vec<String> = std::iter::successors(Some(&*cause as &(dyn Error + 'static)), |e| (*e).source())
            .map(ToString::to_string)
            .collect();
        assert_eq!(chain, ["reading a unit", "the database failed", "connection reset"]);
    }
}
