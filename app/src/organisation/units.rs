//! The unit tree of an institution: see it, add a unit, move a unit with
//! everything below it. Forms that work without JavaScript.

use leptos::prelude::*;

use crate::components::{CsrfField, Field, InstitutionField, InstitutionPicker, options};
use crate::i18n::{Msg, rich, t};
use crate::model::{Choice, UnitLine, UnitsPage};

/// A unit and the units below it.
#[derive(Debug, PartialEq)]
struct UnitNode {
    line: UnitLine,
    below: Vec<UnitNode>,
}

/// The tree of `units`, given in tree order with their depths (a unit
/// deeper than the one before it is below it).
fn nest(units: Vec<UnitLine>) -> Vec<UnitNode> {
    // The open path from a root to the last unit seen; closed from the end.
    let mut path: Vec<UnitNode> = Vec::new();
    let mut roots = Vec::new();
    let close = |path: &mut Vec<UnitNode>, roots: &mut Vec<UnitNode>| {
        if let Some(node) = path.pop() {
            match path.last_mut() {
                Some(parent) => parent.below.push(node),
                None => roots.push(node),
            }
        }
    };
    for line in units {
        while path.last().is_some_and(|open| open.line.depth >= line.depth) {
            close(&mut path, &mut roots);
        }
        path.push(UnitNode { line, below: Vec::new() });
    }
    while !path.is_empty() {
        close(&mut path, &mut roots);
    }
    roots
}

/// Nested lists, so the tree's shape is in the markup (and read out by
/// screen readers), indented by the stylesheet.
fn unit_tree(nodes: Vec<UnitNode>) -> AnyView {
    view! {
        <ul class="unit-tree">
            {nodes
                .into_iter()
                .map(|node| {
                    let below = (!node.below.is_empty()).then(|| unit_tree(node.below));
                    view! {
                        <li>
                            <span class="unit">
                                <bdi>{node.line.name}</bdi>
                                " "
                                <span class="facts">"(" <bdi>{node.line.code}</bdi> ")"</span>
                            </span>
                            {below}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// A unit select; `label` and `first` (the empty choice) are catalogue ids.
#[component]
fn UnitSelect(
    name: &'static str,
    label: &'static str,
    choices: Vec<Choice>,
    selected: String,
    first: &'static str,
    error: Option<Msg>,
) -> impl IntoView {
    let error_id = format!("{name}-error");
    let described = error.as_ref().map(|_| error_id.clone());
    let invalid = error.is_some();
    view! {
        <div class="field" class:has-error=invalid>
            <label for=name>{t(label)}</label>
            {error.map(|m| view! { <p class="error" id=error_id.clone()>{rich(&m)}</p> })}
            <select id=name name=name aria-describedby=described>
                <option value="" selected=selected.is_empty()>{t(first)}</option>
                {options(choices, &selected)}
            </select>
        </div>
    }
}

#[component]
pub fn UnitsView(page: UnitsPage) -> impl IntoView {
    let UnitsPage { institution, units, choices, top_level, errors, code, name, parent, unit, new_parent, notice } =
        page;
    let parent_first = if top_level { "organisation-unit-top-level" } else { "organisation-unit-choose-above" };
    view! {
        <h1>{t("organisation-units-heading")}</h1>
        {institution
            .others
            .is_empty()
            .then(|| view! { <p class="lead"><bdi>{institution.name.clone()}</bdi></p> })}
        <InstitutionPicker action="/admin/units" switch=institution.clone() />
        {notice.map(|n| view! { <p class="notice success" role="status">{rich(&n)}</p> })}
        {unit_tree(nest(units))}
        <h2>{t("organisation-unit-add-heading")}</h2>
        <form method="post" action="/admin/units">
            <CsrfField />
            <InstitutionField switch=institution.clone() />
            <Field name="code" label="organisation-code" value=code hint="organisation-unit-code-hint" errors=errors.clone() />
            <Field name="name" label="organisation-name" value=name errors=errors.clone() />
            <UnitSelect
                name="parent"
                label="organisation-unit-above"
                choices=choices.clone()
                selected=parent
                first=parent_first
                error=errors.get("parent").cloned()
            />
            <button type="submit" class="button">{t("organisation-unit-add")}</button>
        </form>
        <h2>{t("organisation-unit-move-heading")}</h2>
        <p>{t("organisation-unit-move-intro")}</p>
        <form method="post" action="/admin/units/move">
            <CsrfField />
            <InstitutionField switch=institution />
            <UnitSelect
                name="unit"
                label="organisation-unit-to-move"
                choices=choices.clone()
                selected=unit
                first="organisation-unit-choose"
                error=errors.get("unit").cloned()
            />
            <UnitSelect
                name="new_parent"
                label="organisation-unit-new-parent"
                choices=choices
                selected=new_parent
                first="organisation-unit-choose"
                error=errors.get("new_parent").cloned()
            />
            <button type="submit" class="button">{t("organisation-unit-move")}</button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(id: i64, depth: usize) -> UnitLine {
        UnitLine { id: crate::ids::UnitId(id), code: format!("u{id}"), name: format!("Unit {id}"), depth }
    }

    fn shape(nodes: &[UnitNode]) -> String {
        nodes.iter().map(|n| format!("{}[{}]", n.line.id, shape(&n.below))).collect::<Vec<_>>().join(",")
    }

    #[test]
    fn units_nest_by_depth() {
        let units = vec![line(1, 0), line(2, 1), line(3, 2), line(4, 1), line(5, 0), line(6, 1)];
        assert_eq!(shape(&nest(units)), "1[2[3[]],4[]],5[6[]]");
        assert_eq!(shape(&nest(vec![line(1, 1), line(2, 3), line(3, 0)])), "1[2[]],3[]");
        assert!(nest(Vec::new()).is_empty());
    }
}
