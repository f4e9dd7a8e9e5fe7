//! Pieces of page shared by several pages.

use leptos::prelude::*;

#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <a class="skip" href="#main">"Skip to content"</a>
        <header class="site">
            <a class="brand" href="/">"Tutela"</a>
            <nav aria-label="Site">
                <a href="/">"Cadres"</a>
            </nav>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site">
            <p>"Tutela: training that stays with the institution."</p>
        </footer>
    }
}

/// Hours as a reader expects them: "1 hour", "2.5 hours".
pub fn hours_label(hours: f64) -> String {
    let rounded = (hours * 10.0).round() / 10.0;
    if (rounded - 1.0).abs() < f64::EPSILON {
        "1 hour".to_string()
    } else if rounded.fract() == 0.0 {
        format!("{} hours", rounded as i64)
    } else {
        format!("{rounded} hours")
    }
}

/// "1 course", "3 courses".
pub fn count_label(count: usize, one: &str, many: &str) -> String {
    if count == 1 { format!("1 {one}") } else { format!("{count} {many}") }
}

/// A message for a page whose data could not be read.
#[component]
pub fn LoadError(message: String) -> impl IntoView {
    set_status(503);
    view! {
        <section class="notice" role="alert">
            <h1>"Something went wrong"</h1>
            <p>{message}</p>
        </section>
    }
}

/// Sets the HTTP status of the page being rendered on the server.
pub fn set_status(code: u16) {
    #[cfg(feature = "ssr")]
    if let (Some(response), Ok(status)) =
        (use_context::<leptos_axum::ResponseOptions>(), http::StatusCode::from_u16(code))
    {
        response.set_status(status);
    }
    #[cfg(not(feature = "ssr"))]
    let _ = code;
}
