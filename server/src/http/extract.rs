//! Extractors that hold a handler's preconditions: [`Allowed`] (the caller
//! holds a permission of the one [`Policy`]) and [`CsrfForm`] (a form that
//! is the caller's own). Each rejects with an [`HttpError`], so a handler's
//! arguments say who may call it and its body is the rule it enforces.

use std::marker::PhantomData;

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;
use tutela_app::model::Viewer;
use tutela_app::policy::Policy;

use super::error::HttpError;
use crate::auth::Caller;

/// A permission that needs nothing but the session: a marker naming one
/// [`Policy`], for [`Allowed`].
pub trait Permission {
    const POLICY: Policy<'static>;
}

/// Any signed-in person.
pub struct SignedIn;
/// HR officers and administrators.
pub struct ManagePeople;
/// Any administrator, on the unit tree.
pub struct ManageUnits;
/// Deployment administrators.
pub struct DeploymentAdmin;
/// Reviewers and administrators, grading essays.
pub struct GradeEssays;
/// Authors and deployment administrators, uploading a question bank.
pub struct UploadQuestions;

impl Permission for SignedIn {
    const POLICY: Policy<'static> = Policy::SignedIn;
}
impl Permission for ManagePeople {
    const POLICY: Policy<'static> = Policy::ManagePeople;
}
impl Permission for ManageUnits {
    const POLICY: Policy<'static> = Policy::ManageUnits;
}
impl Permission for DeploymentAdmin {
    const POLICY: Policy<'static> = Policy::DeploymentAdmin;
}
impl Permission for GradeEssays {
    const POLICY: Policy<'static> = Policy::GradeEssays;
}
impl Permission for UploadQuestions {
    const POLICY: Policy<'static> = Policy::UploadQuestions;
}

/// How the audit log names `viewer` as the one who made a change.
pub fn actor(viewer: &Viewer) -> String {
    format!("account:{}", viewer.account_id)
}

/// The signed-in caller, holding permission `P`; otherwise the request is
/// answered with the sign-in redirect or the policy's forbidden page.
pub struct Allowed<P>(pub Viewer, pub PhantomData<P>);

impl<P: Permission, S: Send + Sync> FromRequestParts<S> for Allowed<P> {
    type Rejection = HttpError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, HttpError> {
        let viewer = caller(parts).viewer();
        P::POLICY.allows(viewer.as_ref())?;
        viewer.map(|viewer| Allowed(viewer, PhantomData)).ok_or(HttpError::SignIn)
    }
}

/// The caller [`crate::auth::identify`] put on the request.
pub fn caller(parts: &Parts) -> Caller {
    parts.extensions.get::<Caller>().cloned().unwrap_or_default()
}

/// `Ok` if a form with token `submitted` is the caller's own: not posted
/// from another origin, and carrying the caller's CSRF token
/// ([`Caller::genuine`]); otherwise the forbidden page.
pub fn genuine(caller: &Caller, headers: &HeaderMap, submitted: &str) -> Result<(), HttpError> {
    if caller.genuine(headers, submitted) { Ok(()) } else { Err(HttpError::form_expired()) }
}

/// A urlencoded form of type `T` that is the caller's own ([`genuine`]):
/// its `csrf` field is checked here, so `T` holds only the form's own fields.
///
/// The body is read once: `csrf` is taken from it as a plain pair, and `T`
/// is deserialized from the same bytes on its own (no `#[serde(flatten)]`,
/// which cannot read numbers, booleans or repeated keys), so `T` may hold
/// typed fields and a `Vec` for a key the form repeats.
pub struct CsrfForm<T>(pub T);

/// Why a [`CsrfForm`] was refused: a body that is no form (`415`, `422` or
/// axum's answer) or a form that is not the caller's.
pub enum CsrfRejection {
    Body(Response),
    Http(HttpError),
}

impl IntoResponse for CsrfRejection {
    fn into_response(self) -> Response {
        match self {
            CsrfRejection::Body(response) => response,
            CsrfRejection::Http(err) => err.into_response(),
        }
    }
}

/// Whether `headers` say the body is `application/x-www-form-urlencoded`.
fn is_form(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("application/x-www-form-urlencoded"))
}

/// The form's `csrf` token (the first one; empty if there is none).
fn token(body: &[u8]) -> String {
    form_urlencoded::parse(body).find(|(key, _)| key == "csrf").map(|(_, value)| value.into_owned()).unwrap_or_default()
}

/// `T` from a urlencoded `body`; any `csrf` pair is left for [`token`].
/// `None` (and a line in the debug log) for a form that does not fit `T`.
fn fields<T: DeserializeOwned>(body: &[u8]) -> Option<T> {
    serde_html_form::from_bytes(body)
        .inspect_err(|err| tracing::debug!(error = %err, "a form that does not fit its fields"))
        .ok()
}

impl<T, S> FromRequest<S> for CsrfForm<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = CsrfRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, CsrfRejection> {
        let caller = request.extensions().get::<Caller>().cloned().unwrap_or_default();
        let headers = request.headers().clone();
        if !is_form(&headers) {
            let refused = (StatusCode::UNSUPPORTED_MEDIA_TYPE, "Expected a form (application/x-www-form-urlencoded)");
            return Err(CsrfRejection::Body(refused.into_response()));
        }
        let body = Bytes::from_request(request, state)
            .await
            .map_err(|rejection| CsrfRejection::Body(rejection.into_response()))?;
        genuine(&caller, &headers, &token(&body)).map_err(CsrfRejection::Http)?;
        let unfit = || (StatusCode::UNPROCESSABLE_ENTITY, "Failed to deserialize form body").into_response();
        fields(&body).map(CsrfForm).ok_or_else(|| CsrfRejection::Body(unfit()))
    }
}

/// A form with nothing but its token (which [`CsrfForm`] has already
/// checked: the field is there for the handlers that check it themselves).
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct CsrfOnly {
    pub csrf: String,
}

#[cfg(test)]
mod tests {
    use axum::body::Body;

    use super::*;

    #[derive(Debug, serde::Deserialize)]
    struct Typed {
        unit: i64,
        #[serde(default)]
        person: Vec<i64>,
        #[serde(default)]
        notify: bool,
    }

    async fn extract<T: DeserializeOwned>(body: &'static str) -> Result<CsrfForm<T>, CsrfRejection> {
        let caller = Caller { anonymous_csrf: Some("tok".into()), ..Caller::default() };
        let mut request = Request::post("/")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .expect("a request");
        request.extensions_mut().insert(caller);
        CsrfForm::<T>::from_request(request, &()).await
    }

    fn status(rejection: CsrfRejection) -> StatusCode {
        rejection.into_response().status()
    }

    #[tokio::test]
    async fn typed_and_repeated_fields_are_read_beside_the_token() {
        let Ok(CsrfForm(form)) = extract::<Typed>("unit=7&csrf=tok&person=3&person=11&notify=true").await else {
            panic!("a genuine form with typed fields is read");
        };
        assert_eq!((form.unit, form.person, form.notify), (7, vec![3, 11], true));
        let Ok(CsrfForm(form)) = extract::<Typed>("csrf=tok&unit=-2").await else { panic!("no repeated key") };
        assert_eq!((form.unit, form.person, form.notify), (-2, vec![], false));
    }

    #[tokio::test]
    async fn a_wrong_or_missing_token_is_refused_before_the_fields() {
        let wrong = extract::<Typed>("unit=7&csrf=other").await.err().map(status);
        assert_eq!(wrong, Some(StatusCode::FORBIDDEN));
        let missing = extract::<Typed>("unit=not-a-number").await.err().map(status);
        assert_eq!(missing, Some(StatusCode::FORBIDDEN));
        let unfit = extract::<Typed>("csrf=tok&unit=not-a-number").await.err().map(status);
        assert_eq!(unfit, Some(StatusCode::UNPROCESSABLE_ENTITY));
    }

    #[tokio::test]
    async fn a_body_that_is_no_form_is_refused() {
        let caller = Caller { anonymous_csrf: Some("tok".into()), ..Caller::default() };
        let mut request = Request::post("/")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from("{\"csrf\":\"tok\"}"))
            .expect("a request");
        request.extensions_mut().insert(caller);
        let refused = CsrfForm::<CsrfOnly>::from_request(request, &()).await.err().map(status);
        assert_eq!(refused, Some(StatusCode::UNSUPPORTED_MEDIA_TYPE));
    }
}
