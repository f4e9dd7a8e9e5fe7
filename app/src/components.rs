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
                <a href="/glossary">"Glossary"</a>
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
