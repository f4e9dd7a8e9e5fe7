//! Signing in and a person's own account: the forms, shown again with the
//! error next to the field and the values kept when a submission fails.
//! Every form posts to the server and works without JavaScript.

use leptos::prelude::*;

use crate::components::{CsrfField, Field, role_on};
use crate::model::{AccountPage, ActivateForm, FieldErrors, SignInForm};

#[component]
pub fn SignInPage(form: SignInForm) -> impl IntoView {
    let SignInForm { login, error, next, notice, institutions, institution } = form;
    let choose = (!institutions.is_empty()).then(|| {
        view! {
            <crate::components::Select
                name="institution"
                label="Institution"
                choices=institutions
                selected=institution
                all="Choose your institution"
            />
        }
    });
    view! {
        <section class="form-page">
            <h1>"Sign in"</h1>
            {notice.map(|message| view! { <p class="notice success" role="status">{message}</p> })}
            {error.map(|message| view! { <p class="notice error-summary" role="alert">{message}</p> })}
            <form method="post" action="/sign-in">
                <CsrfField />
                <input type="hidden" name="next" value=next />
                <Field
                    name="login"
                    label="Staff number or email"
                    autocomplete="username"
                    value=login
                    errors=FieldErrors::new()
                />
                {choose}
                <Field
                    name="password"
                    label="Password"
                    kind="password"
                    autocomplete="current-password"
                    errors=FieldErrors::new()
                />
                <button type="submit" class="button">"Sign in"</button>
            </form>
            <p class="facts">
                "New here, or forgotten your password? Ask your HR officer or administrator for a link to set it."
            </p>
        </section>
    }
}

#[component]
pub fn AccountView(page: AccountPage) -> impl IntoView {
    let AccountPage { summary, password_errors, password_changed } = page;
    let email = summary.email.unwrap_or_else(|| "none recorded".into());
    let roles = std::iter::once("Learner".to_string())
        .chain(summary.roles.iter().map(|held| role_on(held.role, held.unit.as_deref())))
        .collect::<Vec<_>>()
        .join("; ");
    view! {
        <section class="form-page">
            <h1>{summary.name}</h1>
            <dl class="facts-list">
                <dt>"Staff number"</dt>
                <dd>{summary.staff_number}</dd>
                <dt>"Email"</dt>
                <dd>{email}</dd>
                <dt>"Institution"</dt>
                <dd>{summary.institution}</dd>
                <dt>"Unit"</dt>
                <dd>{summary.unit}</dd>
                <dt>"Cadre"</dt>
                <dd>{summary.cadre}</dd>
                <dt>"Roles"</dt>
                <dd>{roles}</dd>
            </dl>
            <h2 id="password">"Change your password"</h2>
            {password_changed
                .then(|| {
                    view! {
                        <p class="notice success" role="status">
                            "Your password was changed. Other browsers signed in to your account were signed out."
                        </p>
                    }
                })}
            <form method="post" action="/account/password">
                <CsrfField />
                <Field
                    name="current_password"
                    label="Current password"
                    kind="password"
                    autocomplete="current-password"
                    errors=password_errors.clone()
                />
                <Field
                    name="new_password"
                    label="New password"
                    kind="password"
                    autocomplete="new-password"
                    hint="At least 12 characters. A few unrelated words make a password that is long and easy to remember."
                    errors=password_errors.clone()
                />
                <Field
                    name="confirm_password"
                    label="New password again"
                    kind="password"
                    autocomplete="new-password"
                    errors=password_errors
                />
                <button type="submit" class="button">"Change password"</button>
            </form>
        </section>
    }
}

#[component]
pub fn ActivatePage(form: ActivateForm) -> impl IntoView {
    let ActivateForm { token, name, staff_number, reset, errors } = form;
    let (title, button) = if reset {
        ("Choose a new password", "Set new password")
    } else {
        ("Activate your account", "Activate account")
    };
    let action = format!("/activate/{token}");
    view! {
        <section class="form-page">
            <h1>{title}</h1>
            <p>"For " <strong>{name}</strong> ", staff number " {staff_number} "."</p>
            <form method="post" action=action>
                <CsrfField />
                <Field
                    name="new_password"
                    label="Password"
                    kind="password"
                    autocomplete="new-password"
                    hint="At least 12 characters. A few unrelated words make a password that is long and easy to remember."
                    errors=errors.clone()
                />
                <Field
                    name="confirm_password"
                    label="Password again"
                    kind="password"
                    autocomplete="new-password"
                    errors=errors
                />
                <button type="submit" class="button">{button}</button>
            </form>
            <p class="facts">"This link works once. After you set your password, sign in with your staff number or email."</p>
        </section>
    }
}
