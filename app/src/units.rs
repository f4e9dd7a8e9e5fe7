//! The unit tree of an institution: see it, add a unit, move a unit with
//! everything below it. Forms that work without JavaScript.

use leptos::prelude::*;

use crate::access::Field;
use crate::components::{CsrfField, InstitutionField, InstitutionPicker, options};
use crate::model::{Choice, UnitsPage};

#[component]
fn UnitSelect(
    name: &'static str,
    label: &'static str,
    choices: Vec<Choice>,
    selected: String,
    first: &'static str,
    error: Option<String>,
) -> impl IntoView {
    let error_id = format!("{name}-error");
    let described = error.as_ref().map(|_| error_id.clone());
    let invalid = error.is_some();
    view! {
        <div class="field" class:has-error=invalid>
            <label for=name>{label}</label>
            {error.map(|m| view! { <p class="error" id=error_id.clone()>{m}</p> })}
            <select id=name name=name aria-describedby=described>
                <option value="" selected=selected.is_empty()>{first}</option>
                {options(choices, &selected)}
            </select>
        </div>
    }
}

#[component]
pub fn UnitsView(page: UnitsPage) -> impl IntoView {
    let UnitsPage { institution, units, choices, top_level, errors, code, name, parent, unit, new_parent, notice } =
        page;
    let parent_first = if top_level { "Top level (a new root)" } else { "Choose the unit above it" };
    view! {
        <h1>"Units"</h1>
        {institution.others.is_empty().then(|| view! { <p class="lead">{institution.name.clone()}</p> })}
        <InstitutionPicker action="/admin/units" switch=institution.clone() />
        {notice.map(|n| view! { <p class="notice success" role="status">{n}</p> })}
        <ul class="unit-tree">
            {units
                .into_iter()
                .map(|u| {
                    let style = format!("margin-left: {}rem", u.depth as f32 * 1.25);
                    view! {
                        <li style=style>
                            {u.name} " " <span class="facts">{format!("({})", u.code)}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <h2>"Add a unit"</h2>
        <form method="post" action="/admin/units">
            <CsrfField />
            <InstitutionField switch=institution.clone() />
            <Field name="code" label="Code" value=code hint="Lower-case letters, digits and hyphens, such as east-court. Used in roster files." errors=errors.clone() />
            <Field name="name" label="Name" value=name errors=errors.clone() />
            <UnitSelect
                name="parent"
                label="Above it"
                choices=choices.clone()
                selected=parent
                first=parent_first
                error=errors.get("parent").cloned()
            />
            <button type="submit" class="button">"Add unit"</button>
        </form>
        <h2>"Move a unit"</h2>
        <p>"The unit moves with every unit below it; people stay in their units."</p>
        <form method="post" action="/admin/units/move">
            <CsrfField />
            <InstitutionField switch=institution />
            <UnitSelect
                name="unit"
                label="Unit to move"
                choices=choices.clone()
                selected=unit
                first="Choose a unit"
                error=errors.get("unit").cloned()
            />
            <UnitSelect
                name="new_parent"
                label="Put it under"
                choices=choices
                selected=new_parent
                first="Choose a unit"
                error=errors.get("new_parent").cloned()
            />
            <button type="submit" class="button">"Move unit"</button>
        </form>
    }
}
