//! Accounts: signing in and out, activation with an invitation, a person's
//! own account page, and the security log (sign-in attempts). Its models
//! also say who is asking: roles, grants and the [`model::Viewer`].

pub mod model;
mod sign_ins;
mod views;

pub use sign_ins::SignInsView;
pub use views::{AccountView, ActivatePage, SignInPage};
