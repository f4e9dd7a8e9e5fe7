//! Extractors that hold a handler's preconditions: [`Allowed`] (the caller
//! holds a permission of the one [`Policy`]) and [`CsrfForm`] (a form that
//! is the caller's own). Each rejects with an [`HttpError`], so a handler's
//! arguments say who may call it and its body is the rule it enforces.

use std::marker::PhantomData;

use axum::extract::{Form, FromRequest, FromRequestParts, Request};
use axum::http::HeaderMap;
use axum::http::request::Parts;
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
pub struct CsrfForm<T>(pub T);

/// A form as posted: the token, and the fields of `T` beside it.
#[derive(serde::Deserialize)]
struct WithToken<T> {
    #[serde(default)]
    csrf: String,
    #[serde(flatten)]
    fields: T,
}

/// Why a [`CsrfForm`] was refused: a body that is no form (axum's answer)
/// or a form that is not the caller's.
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

impl<T, S> FromRequest<S> for CsrfForm<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = CsrfRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, CsrfRejection> {
        let caller = request.extensions().get::<Caller>().cloned().unwrap_or_default();
        let headers = request.headers().clone();
        let Form(form) = Form::<WithToken<T>>::from_request(request, state)
            .await
            .map_err(|rejection| CsrfRejection::Body(rejection.into_response()))?;
        genuine(&caller, &headers, &form.csrf).map_err(CsrfRejection::Http)?;
        Ok(CsrfForm(form.fields))
    }
}

/// A form with nothing but its token. (Through [`CsrfForm`], which takes
/// and checks the token itself, `csrf` stays empty.)
#[derive(Debug, Default, serde::Deserialize)]
#[serde(default)]
pub struct CsrfOnly {
    pub csrf: String,
}
