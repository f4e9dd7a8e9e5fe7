//! Tutela's pages, components, server functions and the types they share
//! with the browser.
//!
//! The app renders on the server (`ssr` feature) as plain HTML that works
//! without JavaScript. A few interactive parts are Leptos *islands*, the
//! only code hydrated in the browser (`hydrate` feature). The storage seam
//! ([`store::Store`]) lives here under `ssr`; its SQL lives in `server/`.

pub mod api;
pub mod components;
pub mod islands;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod store;

use leptos::prelude::*;
use leptos_meta::{MetaTags, provide_meta_context};
use leptos_router::{
    SsrMode,
    components::{Route, Router, Routes},
    path,
};

/// Where the server put the stylesheet and the island loader; the server
/// names them by content hash so browsers may cache them for a year.
#[derive(Clone, Debug)]
pub struct AssetUrls {
    pub stylesheet: String,
    pub boot_script: String,
    pub icon: String,
}

/// The whole HTML document around [`App`], rendered on the server only.
pub fn shell(_options: LeptosOptions) -> impl IntoView {
    // Islands mode: only `#[island]` components are hydrated, so nothing
    // outside them is serialised into the page. (Leptos' own
    // `HydrationScripts` would do this too, but it writes an inline script
    // that a strict Content-Security-Policy forbids; see ARCHITECTURE.md.)
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    let assets = use_context::<AssetUrls>().unwrap_or(AssetUrls {
        stylesheet: "/assets/tutela.css".into(),
        boot_script: "/assets/boot.js".into(),
        icon: "/assets/icon.svg".into(),
    });
    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <link rel="stylesheet" href=assets.stylesheet />
                <link rel="icon" type="image/svg+xml" href=assets.icon />
                <script type="module" src=assets.boot_script></script>
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The routes. Every page waits for its data before sending (`SsrMode::Async`)
/// so the HTML is complete without JavaScript and carries no streaming scripts.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Router>
            <components::SiteHeader />
            <main id="main">
                <Routes fallback=pages::NotFound>
                    <Route path=path!("/") view=pages::HomePage ssr=SsrMode::Async />
                    <Route path=path!("/cadres/:cadre") view=pages::CadrePage ssr=SsrMode::Async />
                    <Route path=path!("/courses/:course") view=pages::CoursePage ssr=SsrMode::Async />
                    <Route
                        path=path!("/courses/:course/:lesson")
                        view=pages::LessonView
                        ssr=SsrMode::Async
                    />
                    <Route
                        path=path!("/courses/:course/versions/:version/:lesson")
                        view=pages::LessonView
                        ssr=SsrMode::Async
                    />
                </Routes>
            </main>
            <components::SiteFooter />
        </Router>
    }
}

/// The browser entry point: hydrates the islands on the page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
