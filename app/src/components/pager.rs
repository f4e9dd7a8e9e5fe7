//! Numbered pages of a long list (people, a course's enrolments): which
//! page is shown, and the "previous / page N of M / next" links.

use leptos::prelude::*;

use crate::i18n::t;

/// Which page of a list is shown: `current` of `pages` (at least one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paging {
    pub current: i64,
    pub pages: i64,
}

impl Paging {
    /// The pages of `total` rows, `page_size` a page, showing `requested`
    /// (brought within them).
    pub fn new(total: i64, page_size: i64, requested: i64) -> Self {
        let size = page_size.max(1);
        let pages = ((total.max(0) + size - 1) / size).max(1);
        Self { current: requested.clamp(1, pages), pages }
    }

    /// The page before the current one, if any.
    pub fn previous(self) -> Option<i64> {
        (self.current > 1).then_some(self.current - 1)
    }

    /// The page after the current one, if any.
    pub fn next(self) -> Option<i64> {
        (self.current < self.pages).then_some(self.current + 1)
    }
}

/// The links between pages, with `href` giving each page's address.
#[component]
pub fn Pager<H>(paging: Paging, href: H) -> impl IntoView
where
    H: Fn(i64) -> String + 'static,
{
    let previous = paging.previous().map(&href);
    let next = paging.next().map(&href);
    let Paging { current, pages } = paging;
    view! {
        <nav class="pager" aria-label=t("shared-pages")>
            {previous.map(|href| view! { <a href=href rel="prev">{t("shared-previous-page")}</a> })}
            <span>{crate::t!("shared-page-of", current = current, pages = pages)}</span>
            {next.map(|href| view! { <a href=href rel="next">{t("shared-next-page")}</a> })}
        </nav>
    }
}

/// Percent-encodes a value for an address's query (a list's filters in
/// the links between its pages): everything but unreserved characters.
pub fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{Paging, encode};

    #[test]
    fn query_values_keep_only_unreserved_characters() {
        assert_eq!(encode("a-Z_0.~"), "a-Z_0.~");
        assert_eq!(encode("a b&c=d/é"), "a%20b%26c%3Dd%2F%C3%A9");
    }

    #[test]
    fn pages_hold_every_row_and_the_request_is_brought_within_them() {
        assert_eq!(Paging::new(0, 50, 1), Paging { current: 1, pages: 1 });
        assert_eq!(Paging::new(101, 50, 9), Paging { current: 3, pages: 3 });
        assert_eq!(Paging::new(100, 50, 0), Paging { current: 1, pages: 2 });
        assert_eq!(Paging::new(10, 0, 1).pages, 10, "a page holds one row at least");
        let middle = Paging::new(150, 50, 2);
        assert_eq!((middle.previous(), middle.next()), (Some(1), Some(3)));
        let last = Paging::new(150, 50, 3);
        assert_eq!((last.previous(), last.next()), (Some(2), None));
    }
}
