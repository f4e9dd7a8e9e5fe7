//! Rendering a loaded [`Page`] to an HTML document, on the server.
//!
//! Rendering is synchronous: the page's data was loaded before, so no
//! resource, `Suspense` or streaming is involved, and the result is the
//! same bytes whether JavaScript runs or not.

use std::sync::Arc;

use hydration_context::{SharedContext, SsrSharedContext};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;

use crate::components::{SiteFooter, SiteHeader};
use crate::model::RequestContext;
use crate::pages::PageBody;
use crate::{AssetUrls, Page};

/// The whole HTML document for `page`, as seen by the request in `request`.
pub fn document(page: Page, request: &RequestContext, assets: &AssetUrls) -> String {
    // Islands mode: nothing is marked for hydration except inside
    // `#[island]` components, which switch it on for themselves.
    let context: Arc<dyn SharedContext + Send + Sync> = Arc::new(SsrSharedContext::new_islands());
    let owner = Owner::new_root(Some(context));
    let html = owner.with(|| {
        provide_context(request.clone());
        let title = page.title();
        let layout = page.layout().class();
        let assets = assets.clone();
        view! {
            <!DOCTYPE html>
            <html lang="en">
                <head>
                    <meta charset="utf-8" />
                    <meta name="viewport" content="width=device-width, initial-scale=1" />
                    <title>{title}</title>
                    <link rel="stylesheet" href=assets.stylesheet />
                    <link rel="icon" type="image/svg+xml" href=assets.icon />
                    <script type="module" src=assets.boot_script></script>
                </head>
                <body class=layout>
                    <SiteHeader />
                    <main id="main">
                        <PageBody page />
                    </main>
                    <SiteFooter />
                </body>
            </html>
        }
        .to_html()
    });
    owner.unset();
    html
}
