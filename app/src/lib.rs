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
pub mod model;
pub mod organisation;
pub mod pages;
pub mod people;
#[cfg(feature = "ssr")]
pub mod policy;
#[cfg(feature = "ssr")]
pub mod render;
pub mod roster;
#[cfg(feature = "ssr")]
pub mod routes;
#[cfg(feature = "ssr")]
pub mod store;

use model::{
    AccountPage, ActivateForm, AuditPage, Cadre, CadreSummary, CadresPage, CourseCard, CourseOutline, GlossaryTerm,
    InstitutionsPage, LessonPage, PeoplePage, PersonDetail, RosterPage, SignInForm, UnitsPage,
};

/// Where the server put the stylesheet, the island loader and the icon; the
/// server names them by content hash so browsers may cache them for a year.
#[derive(Clone, Debug)]
pub struct AssetUrls {
    pub stylesheet: String,
    pub boot_script: String,
    pub icon: String,
}

/// A page and everything it shows, loaded before rendering.
#[derive(Clone, Debug, PartialEq)]
pub enum Page {
    Home {
        cadres: Vec<CadreSummary>,
    },
    Cadre {
        cadre: Cadre,
        courses: Vec<CourseCard>,
        query: String,
    },
    Course(CourseOutline),
    Lesson(LessonPage),
    Glossary(Vec<GlossaryTerm>),
    SignIn(SignInForm),
    Activate(ActivateForm),
    /// An invitation link that has expired, was used, or never existed.
    InvitationUnusable,
    Account(Box<AccountPage>),
    People(Box<PeoplePage>),
    Person(Box<PersonDetail>),
    Roster(Box<RosterPage>),
    Audit(Box<AuditPage>),
    SignIns(Box<model::SignInsPage>),
    Units(Box<UnitsPage>),
    Cadres(Box<CadresPage>),
    Institutions(Box<InstitutionsPage>),
    /// Answered with `303 See Other` to this local path instead of a page.
    Redirect(String),
    /// The request was refused; the message says why and what to do.
    Forbidden(i18n::Msg),
    NotFound,
    /// The database could not be read; the details are in the log.
    Unavailable,
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
    /// The layout the page asks for.
    pub fn layout(&self) -> Layout {
        match self {
            Page::People(_)
            | Page::Person(_)
            | Page::Roster(_)
            | Page::Audit(_)
            | Page::SignIns(_)
            | Page::Units(_)
            | Page::Cadres(_)
            | Page::Institutions(_) => Layout::Wide,
            // Every page is named, so that a new one is placed on purpose.
            Page::Home { .. }
            | Page::Cadre { .. }
            | Page::Course(_)
            | Page::Lesson(_)
            | Page::Glossary(_)
            | Page::SignIn(_)
            | Page::Activate(_)
            | Page::InvitationUnusable
            | Page::Account(_)
            | Page::Redirect(_)
            | Page::Forbidden(_)
            | Page::NotFound
            | Page::Unavailable => Layout::Reading,
        }
    }

    /// The HTTP status the page is sent with.
    pub fn status(&self) -> u16 {
        match self {
            Page::Redirect(_) => 303,
            Page::Forbidden(_) => 403,
            Page::InvitationUnusable => 410,
            Page::NotFound => 404,
            Page::Unavailable => 503,
            _ => 200,
        }
    }

    /// Whether the page holds a form that an anonymous visitor submits
    /// (it then needs the anonymous CSRF cookie).
    pub fn has_anonymous_form(&self) -> bool {
        matches!(self, Page::SignIn(_) | Page::Activate(_))
    }

    /// The document title, put into words in the reader's language.
    pub fn title(&self) -> i18n::Msg {
        use i18n::Msg;
        let page: Msg = match self {
            Page::Home { .. } => return Msg::new("shared-title-home"),
            Page::Cadre { cadre, .. } => Msg::verbatim(cadre.name.clone()),
            Page::Course(course) => Msg::verbatim(course.title.clone()),
            Page::Lesson(lesson) => Msg::verbatim(format!("{} · {}", lesson.title, lesson.course_title)),
            Page::Glossary(_) => Msg::new("catalogue-glossary-title"),
            Page::SignIn(_) => Msg::new("accounts-sign-in-title"),
            Page::Activate(form) if form.reset => Msg::new("accounts-reset-title"),
            Page::Activate(_) => Msg::new("accounts-activate-title"),
            Page::InvitationUnusable => Msg::new("shared-link-unusable-title"),
            Page::Account(_) => Msg::new("accounts-account-title"),
            Page::People(_) => "People".into(),
            Page::Roster(_) => "Import a roster".into(),
            Page::Audit(_) => Msg::new("audit-title"),
            Page::SignIns(_) => Msg::new("accounts-sign-ins-title"),
            Page::Units(_) => Msg::new("organisation-units-title"),
            Page::Cadres(_) => Msg::new("organisation-cadres-title"),
            Page::Institutions(_) => Msg::new("organisation-institutions-title"),
            Page::Person(person) => Msg::verbatim(person.name.clone()),
            Page::Redirect(_) => Msg::new("shared-redirecting-title"),
            Page::Forbidden(_) => Msg::new("shared-forbidden-title"),
            Page::NotFound => Msg::new("shared-not-found-title"),
            Page::Unavailable => Msg::new("shared-unavailable-title"),
        };
        Msg::new("shared-title").arg("page", page)
    }
}

/// The browser entry point: hydrates the islands on the page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
