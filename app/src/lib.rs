//! Tutela's pages, components, islands and the types they share with the
//! browser.
//!
//! Pages are rendered on the server (`ssr` feature) as complete HTML that
//! works without JavaScript. Each request is first *loaded* (the server
//! reads everything the page shows from the [`store::Store`]) and then
//! *rendered* synchronously ([`render::document`]), so rendering never waits
//! on data. A few interactive parts are Leptos *islands*, the only code
//! hydrated in the browser (`hydrate` feature). The storage seam lives here
//! under `ssr`; its SQL lives in `server/`.

// The page components' view types nest deeply; the browser build needs more room to lay them out.
#![recursion_limit = "256"]

pub mod accounts;
pub mod audit;
pub mod catalogue;
pub mod components;
pub mod i18n;
pub mod ids;
pub mod learning;
pub mod model;
pub mod organisation;
pub mod pages;
pub mod people;
#[cfg(feature = "ssr")]
pub mod policy;
pub mod quiz;
#[cfg(feature = "ssr")]
pub mod render;
pub mod roster;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod store;

/// Where the server put the stylesheet, the island loader and the icon; the
/// server names them by content hash so browsers may cache them for a year.
#[derive(Clone, Debug)]
pub struct AssetUrls {
    pub stylesheet: String,
    pub boot_script: String,
    pub icon: String,
}

/// A page and everything it shows, loaded before rendering: a page of
/// the capability that owns it, or one of no capability.
#[derive(Clone, Debug, PartialEq)]
pub enum Page {
    Catalogue(catalogue::CataloguePages),
    Accounts(accounts::AccountsPages),
    People(people::PeoplePages),
    Roster(roster::RosterPages),
    Organisation(organisation::OrganisationPages),
    Audit(audit::AuditPages),
    Learning(learning::LearningPages),
    Quiz(quiz::QuizPages),
    /// Answered with `303 See Other` to this local path instead of a page.
    Redirect(String),
    /// The request was refused; the message says why and what to do.
    Forbidden(i18n::Msg),
    NotFound,
    /// The database could not be read; the details are in the log.
    Unavailable,
}

/// What [`Page`] asks of each capability's pages (`<capability>::<Capability>Pages`).
pub trait CapabilityPage {
    /// The layout the page asks for (HR and administration pages are
    /// `Wide`). Name every page, so that a new one is placed on purpose.
    fn layout(&self) -> Layout;

    /// The document title: the page's own, through `titled`, put into
    /// words in the reader's language when the page renders.
    fn title(&self) -> i18n::Msg;

    /// The HTTP status the page is sent with.
    fn status(&self) -> u16 {
        200
    }

    /// Whether the page holds a form that an anonymous visitor submits
    /// (it then needs the anonymous CSRF cookie).
    fn has_anonymous_form(&self) -> bool {
        false
    }
}

/// A document title: the page's own (a catalogue message, or the name of
/// a record), then the site's name (`shared-title`).
pub(crate) fn titled(title: impl Into<i18n::Msg>) -> i18n::Msg {
    i18n::Msg::new("shared-title").arg("page", title.into())
}

/// How much of the screen a page's content takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// A column of reading width: lessons, the catalogue, forms.
    Reading,
    /// The whole width of the screen, for the tables of HR and
    /// administration pages.
    Wide,
}

impl Layout {
    /// The class the `<body>` carries (the stylesheet sets the widths).
    pub fn class(self) -> &'static str {
        match self {
            Layout::Reading => "layout-reading",
            Layout::Wide => "layout-wide",
        }
    }
}

impl Page {
    /// The page's capability, which says the rest; None for the pages of
    /// no capability.
    fn capability(&self) -> Option<&dyn CapabilityPage> {
        match self {
            Page::Catalogue(page) => Some(page),
            Page::Accounts(page) => Some(page),
            Page::People(page) => Some(page),
            Page::Roster(page) => Some(page),
            Page::Organisation(page) => Some(page),
            Page::Audit(page) => Some(page),
            Page::Learning(page) => Some(page),
            Page::Quiz(page) => Some(page),
            Page::Redirect(_) | Page::Forbidden(_) | Page::NotFound | Page::Unavailable => None,
        }
    }

    /// The layout the page asks for; the pages of no capability are
    /// notices, of reading width.
    pub fn layout(&self) -> Layout {
        self.capability().map_or(Layout::Reading, CapabilityPage::layout)
    }

    /// The HTTP status the page is sent with.
    pub fn status(&self) -> u16 {
        match self {
            Page::Redirect(_) => 303,
            Page::Forbidden(_) => 403,
            Page::NotFound => 404,
            Page::Unavailable => 503,
            _ => self.capability().map_or(200, CapabilityPage::status),
        }
    }

    /// Whether the page holds a form that an anonymous visitor submits
    /// (it then needs the anonymous CSRF cookie).
    pub fn has_anonymous_form(&self) -> bool {
        self.capability().is_some_and(CapabilityPage::has_anonymous_form)
    }

    /// The document title, put into words when the page renders.
    pub fn title(&self) -> i18n::Msg {
        if let Some(page) = self.capability() {
            return page.title();
        }
        let title = match self {
            Page::Redirect(_) => "shared-redirecting-title",
            Page::Forbidden(_) => "shared-forbidden-title",
            Page::Unavailable => "shared-unavailable-title",
            // A capability's page answered above.
            _ => "shared-not-found-title",
        };
        titled(i18n::Msg::new(title))
    }
}

/// The browser entry point: hydrates the islands on the page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
#[cfg(test)]
mod tests {
    use super::Page;

    /// Pages are moved through every loader, error and response: their
    /// large variants are boxed, so a page stays a few words.
    #[test]
    fn a_page_is_cheap_to_move() {
        assert!(size_of::<Page>() <= 144, "Page is {} bytes: box its large variants", size_of::<Page>());
    }
}
