//! Rendering a loaded [`Page`] to an HTML document, on the server.
//!
//! Rendering is synchronous: the page's data was loaded before, so no
//! resource, `Suspense` or streaming is involved, and the result is the
//! same bytes whether JavaScript runs or not.
//!
//! A document is rendered in two parts: the [`Frame`] (everything but the
//! site header: the `<head>`, the page's body and the footer) and the
//! header, the only part that depends on who is asking. The `<body>`
//! carries the page's layout class. A frame whose
//! page reads nothing of the request (a lesson) can be rendered once and
//! put around every signed-in reader's header: the footer's language form
//! leaves a slot for the reader's CSRF token ([`Frame::around`]).
//!
//! Every render provides the request's [`Locale`] as a Leptos context, which
//! the views' `t`/`tm`/`rich` read; the `<html>` carries its `lang` and
//! `dir`.

use std::sync::Arc;

use hydration_context::{SharedContext, SsrSharedContext};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use crate::components::{CSRF_SLOT, SiteFooter, SiteHeader};
use crate::i18n::Locale;
use crate::model::RequestContext;
use crate::pages::PageBody;
use crate::{AssetUrls, Page};

/// A document without its site header: the HTML before and after it,
/// where in the part after it the footer's form takes its CSRF token, and
/// where a per-reader part may follow the page's main text.
#[derive(Clone, Debug, Default)]
pub struct Frame {
    pub before_header: String,
    pub after_header: String,
    /// The offset in `after_header` where the token goes.
    pub csrf_at: usize,
    /// The offset in `after_header` just after the page's [`END_SLOT`]
    /// (a lesson's, after its article), if it has one.
    pub end_at: Option<usize>,
}

/// The empty element a page puts where a per-reader part may follow its
/// main text (a lesson: after the article, before the pager). Authored
/// HTML cannot spell it: the sanitiser prefixes every authored `id`.
pub const END_SLOT: &str = r#"<div id="end-slot"></div>"#;

impl Frame {
    /// The whole document, with `header` (from [`header`]) in its place and
    /// `csrf` (a hex token, or empty) in the footer's form.
    pub fn around(&self, header: &str, csrf: &str) -> String {
        self.around_with(header, "", csrf)
    }

    /// [`Frame::around`], with `end` (a per-reader part) after the page's
    /// end slot; dropped on a page without one.
    pub fn around_with(&self, header: &str, end: &str, csrf: &str) -> String {
        // Only a token's characters may go into the attribute as they are.
        let csrf = if csrf.chars().all(|c| c.is_ascii_alphanumeric()) { csrf } else { "" };
        let after = self.after_header.as_str();
        let csrf_at = Some(self.csrf_at).filter(|at| after.is_char_boundary(*at)).unwrap_or(after.len());
        // A part goes only where a valid slot is; never into the footer.
        let slot = self.end_at.filter(|at| *at <= csrf_at && after.is_char_boundary(*at));
        let (end_at, end) = match slot {
            Some(at) => (at, end),
            None => (csrf_at, ""),
        };
        let mut html = String::with_capacity(
            self.before_header.len() + header.len() + self.after_header.len() + end.len() + csrf.len(),
        );
        html.push_str(&self.before_header);
        html.push_str(header);
        let (up_to_end, rest) = after.split_at(end_at);
        let (up_to_csrf, after_csrf) = rest.split_at(csrf_at - end_at);
        html.push_str(up_to_end);
        html.push_str(end);
        html.push_str(up_to_csrf);
        html.push_str(csrf);
        html.push_str(after_csrf);
        html
    }
}

/// The whole HTML document for `page`, as seen by the request in `request`;
/// `footer_csrf` is the token the footer's language form carries (empty on
/// a page kept for every anonymous reader).
pub fn document(page: Page, request: &RequestContext, footer_csrf: &str, assets: &AssetUrls) -> String {
    frame(page, request, assets).around(&header(request), footer_csrf)
}

/// Renders `view` inside an islands-mode Leptos owner that gives
/// components the request.
fn in_owner<V: RenderHtml>(request: &RequestContext, view: impl FnOnce() -> V) -> String {
    // Islands mode: nothing is marked for hydration except inside
    // `#[island]` components, which switch it on for themselves.
    let context: Arc<dyn SharedContext + Send + Sync> = Arc::new(SsrSharedContext::new_islands());
    let owner = Owner::new_root(Some(context));
    let html = owner.with(|| {
        provide_context(request.clone());
        provide_context::<Locale>(request.locale);
        view().to_html()
    });
    owner.unset();
    html
}

/// A part of a page rendered alone for `request` (a per-reader part that
/// goes beside a kept frame, such as learning's read mark).
pub fn part<V: RenderHtml>(request: &RequestContext, view: impl FnOnce() -> V) -> String {
    in_owner(request, view)
}

/// The document for `page` without its site header.
pub fn frame(page: Page, request: &RequestContext, assets: &AssetUrls) -> Frame {
    let title = crate::i18n::catalogue::translate(request.locale, &page.title());
    let layout = page.layout().class();
    let locale = request.locale;
    let assets = assets.clone();
    let head = in_owner(request, || {
        view! {
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <title>{title}</title>
                <link rel="stylesheet" href=assets.stylesheet />
                <link rel="icon" type="image/svg+xml" href=assets.icon />
                <script type="module" src=assets.boot_script></script>
            </head>
        }
    });
    let body = in_owner(request, || {
        view! {
            <main id="main">
                <PageBody page />
            </main>
        }
    });
    // The footer is rendered on its own and its slot looked for in it
    // alone: the page's body holds authored text, which may spell the slot.
    let mut footer = in_owner(request, || view! { <SiteFooter /> });
    let slot = footer.find(CSRF_SLOT).unwrap_or(footer.len());
    footer.replace_range(slot..(slot + CSRF_SLOT.len()).min(footer.len()), "");
    let csrf_at = body.len() + slot;
    let end_at = body.rfind(END_SLOT).map(|at| at + END_SLOT.len());
    let after_header = format!("{body}{footer}</body></html>");
    Frame {
        before_header: format!(
            "<!DOCTYPE html><html lang=\"{}\" dir=\"{}\">{head}<body class=\"{layout}\">",
            locale.code(),
            locale.dir()
        ),
        after_header,
        csrf_at,
        end_at,
    }
}

/// The site header as `request` sees it (signed in or not).
pub fn header(request: &RequestContext) -> String {
    in_owner(request, || view! { <SiteHeader /> })
}

#[cfg(test)]
mod tests {
    use super::Frame;

    fn frame(end_at: Option<usize>) -> Frame {
        let after_header = "<main>A<div id=\"end-slot\"></div>B</main><input value=\"\">".to_string();
        let csrf_at = after_header.rfind("\">").unwrap();
        Frame { before_header: "<body>".into(), after_header, csrf_at, end_at }
    }

    #[test]
    fn the_end_part_goes_after_the_slot_and_the_token_into_the_footer() {
        let slot = r#"<div id="end-slot"></div>"#;
        let at = "<main>A".len() + slot.len();
        assert_eq!(
            frame(Some(at)).around_with("<h>", "<e>", "abc123"),
            r#"<body><h><main>A<div id="end-slot"></div><e>B</main><input value="abc123">"#
        );
        // Without a slot the part is dropped; a token of other characters is left out.
        assert_eq!(
            frame(None).around_with("<h>", "<e>", "a\"b"),
            r#"<body><h><main>A<div id="end-slot"></div>B</main><input value="">"#
        );
        // A slot past the token's takes no part (never the footer) and never panics.
        for end_at in [10_000, usize::MAX] {
            let odd = Frame { end_at: Some(end_at), ..frame(None) };
            let html = odd.around_with("", "<e>", "t0k");
            assert!(!html.contains("<e>") && html.ends_with(r#"<input value="t0k">"#), "{html}");
        }
    }
}
