//! The one table of the HR and administration pages.
//!
//! Written once: a caption naming what the table lists, a header row of
//! column headers (`scope="col"`), the rows the page gives (each a `<tr>`),
//! or one line saying there are none, and a wrapper that scrolls the table
//! inside itself when it is wider than the screen (a focusable, labelled
//! region, so that keyboard users can scroll it too). The caption and the
//! empty line come translated; the column headers are catalogue ids.

use leptos::prelude::*;

use crate::i18n::t;

/// A table of `rows` under `headers`, captioned `caption`.
#[component]
pub fn DataTable(
    /// What the table lists, such as "People" or "Rows in error".
    #[prop(into)]
    caption: String,
    /// Keeps the caption for screen readers only, where a heading or the
    /// page's title already says it.
    #[prop(optional)]
    hide_caption: bool,
    /// The column headers, in reading order, as catalogue ids.
    headers: Vec<&'static str>,
    /// The line shown in place of rows when there are none.
    #[prop(into)]
    empty: String,
    /// The rows, each a `<tr>` with one cell per header.
    rows: Vec<AnyView>,
) -> impl IntoView {
    let columns = headers.len().to_string();
    let label = caption.clone();
    let body = if rows.is_empty() {
        view! {
            <tr>
                <td class="empty" colspan=columns>{empty}</td>
            </tr>
        }
        .into_any()
    } else {
        rows.into_iter().collect_view().into_any()
    };
    view! {
        <div class="table-wrap" role="region" aria-label=label tabindex="0">
            <table class="data">
                <caption class:visually-hidden=hide_caption>{caption}</caption>
                <thead>
                    <tr>{headers.into_iter().map(|h| view! { <th scope="col">{t(h)}</th> }).collect_view()}</tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
