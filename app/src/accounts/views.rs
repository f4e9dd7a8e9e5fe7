//! Signing in and a person's own account: the forms, shown again with the
//! error next to the field and the values kept when a submission fails.
//! Every form posts to the server and works without JavaScript.

use leptos::prelude::*;

use crate::components::{CsrfField, Field, Select, role_on};
use crate::i18n::{Locale, Msg, rich, t};
use crate::model::{AccountPage, ActivateForm, FieldErrors, SignInForm};

#[component]
pub fn SignInPage(form: SignInForm) -> impl IntoView {
    let SignInForm { login, error, next, notice, institutions, institution } = form;
    let choose = (!institutions.is_empty()).then(|| {
        view! {
            <Select
                name="institution"
                label="accounts-institution"
                choices=institutions
                selected=institution
                all="accounts-choose-institution"
            />
        }
    });
    view! {
        <section class="form-page">
            <h1>{t("accounts-sign-in-heading")}</h1>
            {notice.map(|message| view! { <p class="notice success" role="status">{rich(&message)}</p> })}
            {error.map(|message| view! { <p class="notice error-summary" role="alert">{rich(&message)}</p> })}
            <form method="post" action="/sign-in">
                <CsrfField />
                <input type="hidden" name="next" value=next />
                <Field
                    name="login"
                    label="accounts-login"
                    autocomplete="username"
                    value=login
                    errors=FieldErrors::new()
                />
                {choose}
                <Field
                    name="password"
                    label="accounts-password"
                    kind="password"
                    autocomplete="current-password"
                    errors=FieldErrors::new()
                />
                <button type="submit" class="button">{t("accounts-sign-in-button")}</button>
            </form>
            <p class="facts">{t("accounts-sign-in-help")}</p>
        </section>
    }
}

#[component]
pub fn AccountView(page: AccountPage) -> impl IntoView {
    let AccountPage { summary, password_errors, password_changed, language_saved } = page;
    let email = match summary.email {
        Some(email) => view! { <bdi>{email}</bdi> }.into_any(),
        None => t("accounts-no-email").into_any(),
    };
    let roles = std::iter::once(t("accounts-role-learner"))
        .chain(summary.roles.iter().map(|held| role_on(held.role, held.unit.as_deref())))
        .collect::<Vec<_>>()
        .join("; ");
    let setting = summary.locale;
    view! {
        <section class="form-page">
            <h1>
                <bdi>{summary.name}</bdi>
            </h1>
            <dl class="facts-list">
                <dt>{t("accounts-staff-number")}</dt>
                <dd>
                    <bdi>{summary.staff_number}</bdi>
                </dd>
                <dt>{t("accounts-email")}</dt>
                <dd>{email}</dd>
                <dt>{t("accounts-institution")}</dt>
                <dd>
                    <bdi>{summary.institution}</bdi>
                </dd>
                <dt>{t("accounts-unit")}</dt>
                <dd>
                    <bdi>{summary.unit}</bdi>
                </dd>
                <dt>{t("accounts-cadre")}</dt>
                <dd>
                    <bdi>{summary.cadre}</bdi>
                </dd>
                <dt>{t("accounts-roles")}</dt>
                <dd>
                    <bdi>{roles}</bdi>
                </dd>
            </dl>
            <h2 id="language">{t("accounts-language-heading")}</h2>
            {language_saved
                .then(|| view! { <p class="notice success" role="status">{t("accounts-language-saved")}</p> })}
            <form method="post" action="/account/language">
                <CsrfField />
                <div class="field">
                    <label for="locale">{t("accounts-language-label")}</label>
                    <p class="hint" id="locale-hint">{t("accounts-language-hint")}</p>
                    <select id="locale" name="locale" aria-describedby="locale-hint">
                        <option value="" selected=setting.is_none()>{t("accounts-language-none")}</option>
                        {Locale::ALL
                            .into_iter()
                            .map(|locale| {
                                view! {
                                    <option value=locale.code() lang=locale.code() selected=setting == Some(locale)>
                                        {locale.endonym()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <button type="submit" class="button">{t("accounts-language-save")}</button>
            </form>
            <h2 id="password">{t("accounts-password-heading")}</h2>
            {password_changed
                .then(|| view! { <p class="notice success" role="status">{t("accounts-password-changed")}</p> })}
            <form method="post" action="/account/password">
                <CsrfField />
                <Field
                    name="current_password"
                    label="accounts-current-password"
                    kind="password"
                    autocomplete="current-password"
                    errors=password_errors.clone()
                />
                <Field
                    name="new_password"
                    label="accounts-new-password"
                    kind="password"
                    autocomplete="new-password"
                    hint="accounts-password-hint"
                    errors=password_errors.clone()
                />
                <Field
                    name="confirm_password"
                    label="accounts-new-password-again"
                    kind="password"
                    autocomplete="new-password"
                    errors=password_errors
                />
                <button type="submit" class="button">{t("accounts-change-password")}</button>
            </form>
        </section>
    }
}

#[component]
pub fn ActivatePage(form: ActivateForm) -> impl IntoView {
    let ActivateForm { token, name, staff_number, reset, errors } = form;
    let (title, button) = if reset {
        ("accounts-reset-heading", "accounts-reset-button")
    } else {
        ("accounts-activate-heading", "accounts-activate-button")
    };
    let action = format!("/activate/{token}");
    let for_whom = Msg::new("accounts-activate-for").arg("name", name).arg("staff_number", staff_number);
    view! {
        <section class="form-page">
            <h1>{t(title)}</h1>
            <p>{rich(&for_whom)}</p>
            <form method="post" action=action>
                <CsrfField />
                <Field
                    name="new_password"
                    label="accounts-password"
                    kind="password"
                    autocomplete="new-password"
                    hint="accounts-password-hint"
                    errors=errors.clone()
                />
                <Field
                    name="confirm_password"
                    label="accounts-password-again"
                    kind="password"
                    autocomplete="new-password"
                    errors=errors
                />
                <button type="submit" class="button">{t(button)}</button>
            </form>
            <p class="facts">{t("accounts-activate-once")}</p>
        </section>
    }
}
