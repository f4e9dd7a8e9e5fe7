//! Form parts: the labelled input and select, the options of a select,
//! the CSRF field, and a deployment administrator's institution picker.
//!
//! Labels, hints and a select's first option are catalogue ids, put into
//! words here in the page's language (an id the catalogue does not have
//! shows as it is written). A field's error is a [`crate::i18n::Msg`].

use leptos::prelude::*;

use crate::i18n::{rich, t};
use crate::model::{Choice, FieldErrors, InstitutionSwitch, RequestContext};

/// One labelled input with its error, if any, tied to it for screen readers.
/// `label` and `hint` are catalogue ids.
#[component]
pub fn Field(
    name: &'static str,
    label: &'static str,
    #[prop(default = "text")] kind: &'static str,
    #[prop(default = "")] autocomplete: &'static str,
    #[prop(optional)] value: String,
    #[prop(optional)] hint: &'static str,
    errors: FieldErrors,
) -> impl IntoView {
    let error = errors.get(name).cloned();
    let error_id = format!("{name}-error");
    let hint_id = format!("{name}-hint");
    let described = match (error.is_some(), !hint.is_empty()) {
        (true, true) => Some(format!("{error_id} {hint_id}")),
        (true, false) => Some(error_id.clone()),
        (false, true) => Some(hint_id.clone()),
        (false, false) => None,
    };
    let invalid = error.is_some().then_some("true");
    let has_error = error.is_some();
    // Passwords are never sent back to the browser.
    let value = (kind != "password").then_some(value);
    view! {
        <div class="field" class:has-error=has_error>
            <label for=name>{t(label)}</label>
            {(!hint.is_empty()).then(|| view! { <p class="hint" id=hint_id.clone()>{t(hint)}</p> })}
            {error.map(|message| view! { <p class="error" id=error_id.clone()>{rich(&message)}</p> })}
            <input
                id=name
                name=name
                type=kind
                autocomplete=autocomplete
                value=value
                aria-invalid=invalid
                aria-describedby=described
            />
        </div>
    }
}

/// A labelled select with a first "all" (or "choose") option; `label` and
/// `all` are catalogue ids.
#[component]
pub fn Select(
    name: &'static str,
    label: &'static str,
    choices: Vec<Choice>,
    selected: String,
    all: &'static str,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=name>{t(label)}</label>
            <select id=name name=name>
                <option value="" selected=selected.is_empty()>{t(all)}</option>
                {options(choices, &selected)}
            </select>
        </div>
    }
}

/// The hidden field that carries the request's CSRF token in a form.
#[component]
pub fn CsrfField() -> impl IntoView {
    let csrf = use_context::<RequestContext>().unwrap_or_default().csrf;
    view! { <input type="hidden" name="csrf" value=csrf /> }
}

/// The `<option>`s of a select, the one whose value is `selected` marked.
/// Their labels are shown as given: names from the records, or words the
/// caller translated.
pub fn options(choices: Vec<Choice>, selected: &str) -> impl IntoView + use<> {
    choices
        .into_iter()
        .map(|choice| {
            let is = choice.value == selected;
            view! { <option value=choice.value selected=is>{choice.label}</option> }
        })
        .collect_view()
}

/// For a deployment administrator, the choice of the institution a page
/// acts on (a GET form to `action`); nothing for anyone else.
#[component]
pub fn InstitutionPicker(action: &'static str, switch: InstitutionSwitch) -> impl IntoView {
    let InstitutionSwitch { slug, others, .. } = switch;
    (!others.is_empty()).then(|| {
        view! {
            <form class="filters switch" method="get" action=action>
                <div class="field">
                    <label for="institution">{t("shared-institution")}</label>
                    <select id="institution" name="institution">
                        {options(others, &slug)}
                    </select>
                </div>
                <button type="submit" class="button">{t("shared-switch")}</button>
            </form>
        }
    })
}

/// The hidden field that keeps a form in the institution a deployment
/// administrator chose; nothing for anyone else.
#[component]
pub fn InstitutionField(switch: InstitutionSwitch) -> impl IntoView {
    (!switch.others.is_empty()).then(|| view! { <input type="hidden" name="institution" value=switch.slug /> })
}
