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
//! put around every signed-in reader's header.

use std::sync::Arc;

use hydration_context::{SharedContext, SsrSharedContext};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use crate::components::{SiteFooter, SiteHeader};
use crate::model::RequestContext;
use crate::pages::PageBody;
use crate::{AssetUrls, Page};

/// A document without its site header: the HTML before and after it.
#[derive(Clone, Debug, Default)]
pub struct Frame {
    pub before_header: String,
    pub after_header: String,
}

impl Frame {
    /// The whole document, with `header` (from [`header`]) in its place.
    pub fn around(&self, header: &str) -> String {
        let mut html = String::with_capacity(self.before_header.len() + header.len() + self.after_header.len());
        html.push_str(&self.before_header);
        html.push_str(header);
        html.push_str(&self.after_header);
        html
    }
}

/// The whole HTML document for `page`, as seen by the request in `request`.
pub fn document(page: Page, request: &RequestContext, assets: &AssetUrls) -> String {
    frame(page, request, assets).around(&header(request))
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
        view().to_html()
    });
    owner.unset();
    html
}

/// The document for `page` without its site header.
pub fn frame(page: Page, request: &RequestContext, assets: &AssetUrls) -> Frame {
    let title = page.title();
    let layout = page.layout().class();
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
            <SiteFooter />
        }
    });
    Frame {
        before_header: format!("<!DOCTYPE html><html lang=\"en\">{head}<body class=\"{layout}\">"),
        after_header: format!("{body}</body></html>"),
    }
}

/// The site header as `request` sees it (signed in or not).
pub fn header(request: &RequestContext) -> String {
    in_owner(request, || view! { <SiteHeader /> })
}
