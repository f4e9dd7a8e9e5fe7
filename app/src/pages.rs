//! What each page shows, given its loaded data ([`Page`]).
//!
//! Components here are plain functions of their data: no resources, no
//! waiting. They run on the server only; the browser gets their HTML.

use leptos::prelude::*;

use crate::Page;
use crate::access::{AccountView, ActivatePage, SignInPage};
use crate::audit::AuditView;
use crate::cadres::CadresView;
use crate::components::{count_label, hours_label};
use crate::institutions::InstitutionsView;
use crate::islands::{CourseFilter, FilterItem};
use crate::model::{Cadre, CadreSummary, CourseCard, CourseOutline, GlossaryTerm, LessonPage, ServiceStage};
use crate::people::{PeopleView, PersonView};
use crate::roster::RosterView;
use crate::units::UnitsView;

/// The `<main>` content of a page.
#[component]
pub fn PageBody(page: Page) -> impl IntoView {
    match page {
        Page::Home { cadres } => view! { <HomePage cadres /> }.into_any(),
        Page::Cadre { cadre, courses, query } => view! { <CadrePage cadre courses query /> }.into_any(),
        Page::Course(course) => view! { <CourseOutlineView course /> }.into_any(),
        Page::Lesson(page) => view! { <LessonArticle page /> }.into_any(),
        Page::Glossary(terms) => view! { <GlossaryPage terms /> }.into_any(),
        Page::SignIn(form) => view! { <SignInPage form /> }.into_any(),
        Page::Activate(form) => view! { <ActivatePage form /> }.into_any(),
        Page::InvitationUnusable => view! {
            <section class="notice" role="alert">
                <h1>"This link is no longer valid"</h1>
                <p>
                    "The link has expired, has already been used, or was replaced by a newer one. Ask your HR officer or administrator for a new link."
                </p>
            </section>
        }
        .into_any(),
        Page::Account(page) => view! { <AccountView page=*page /> }.into_any(),
        Page::People(page) => view! { <PeopleView page=*page /> }.into_any(),
        Page::Person(person) => view! { <PersonView person=*person /> }.into_any(),
        Page::Roster(page) => view! { <RosterView page=*page /> }.into_any(),
        Page::Audit(page) => view! { <AuditView page=*page /> }.into_any(),
        Page::SignIns(page) => view! { <crate::sign_ins::SignInsView page=*page /> }.into_any(),
        Page::Units(page) => view! { <UnitsView page=*page /> }.into_any(),
        Page::Cadres(page) => view! { <CadresView page=*page /> }.into_any(),
        Page::Institutions(page) => view! { <InstitutionsView page=*page /> }.into_any(),
        Page::Redirect(to) => view! { <p><a href=to>"Continue"</a></p> }.into_any(),
        Page::Forbidden(why) => view! {
            <section class="notice" role="alert">
                <h1>"Not allowed"</h1>
                <p>{why}</p>
            </section>
        }
        .into_any(),
        Page::NotFound => view! { <NotFound /> }.into_any(),
        Page::Unavailable => view! { <Unavailable /> }.into_any(),
    }
}

/// The terminology glossary: the terms to use, and the words to avoid.
#[component]
fn GlossaryPage(terms: Vec<GlossaryTerm>) -> impl IntoView {
    let intro = if terms.is_empty() {
        "No glossary has been published yet."
    } else {
        "The words Tutela's courses use, after the Luxembourg Terminology Guidelines (2016): what each term means, which words to avoid in its place, and why. Quote a law by its title even where the title uses an older term."
    };
    view! {
        <section class="intro">
            <h1>"Glossary of terms"</h1>
            <p>{intro}</p>
        </section>
        <dl class="glossary">
            {terms
                .into_iter()
                .map(|entry| {
                    let avoid = (!entry.avoid.is_empty())
                        .then(|| {
                            let words = entry
                                .avoid
                                .iter()
                                .map(|word| format!("“{word}”"))
                                .collect::<Vec<_>>()
                                .join(", ");
                            view! {
                                <p class="avoid">
                                    <strong>"Avoid: "</strong>
                                    {words}
                                    ". "
                                    {entry.reason}
                                </p>
                            }
                        });
                    let note = (!entry.note.is_empty())
                        .then(|| {
                            view! {
                                <p>
                                    <strong>"Use with care: "</strong>
                                    {entry.note}
                                </p>
                            }
                        });
                    view! {
                        <div class="card">
                            <dt>{entry.term}</dt>
                            <dd>
                                <p>{entry.meaning}</p>
                                {avoid}
                                {note}
                            </dd>
                        </div>
                    }
                })
                .collect_view()}
        </dl>
    }
}

#[component]
fn NotFound() -> impl IntoView {
    view! {
        <section class="notice">
            <h1>"Page not found"</h1>
            <p>"There is no page at this address. It may have moved, or the link may be mistyped."</p>
            <p>
                <a href="/">"Go to the list of cadres"</a>
            </p>
        </section>
    }
}

#[component]
fn Unavailable() -> impl IntoView {
    view! {
        <section class="notice" role="alert">
            <h1>"The service is unavailable"</h1>
            <p>"Tutela could not read its records just now. Please try again in a few minutes."</p>
        </section>
    }
}

#[component]
fn HomePage(cadres: Vec<CadreSummary>) -> impl IntoView {
    view! {
        <section class="intro">
            <h1>"Training for the people who protect children"</h1>
            <p>
                "Tutela keeps the training of police officers, prosecutors, judges, social workers and helpline counsellors inside the institution that trains them: the courses each cadre must take before and during service, tests, certificates and their expiry."
            </p>
        </section>
        <section aria-labelledby="cadres-heading">
            <h2 id="cadres-heading">"Choose your cadre"</h2>
            <ul class="cadres">
                {cadres
                    .into_iter()
                    .map(|summary| {
                        let href = format!("/cadres/{}", summary.cadre.slug);
                        let count = count_label(summary.course_count as usize, "course", "courses");
                        view! {
                            <li class="card">
                                <h3>
                                    <a href=href>{summary.cadre.name}</a>
                                </h3>
                                <p class="facts">{count}</p>
                                <p>{summary.cadre.description}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn CadrePage(cadre: Cadre, courses: Vec<CourseCard>, query: String) -> impl IntoView {
    let total = courses.len();
    let pre = courses.iter().filter(|c| c.stage == ServiceStage::PreService).count();
    let facts = format!("{}: {pre} pre-service, {} in-service", count_label(total, "course", "courses"), total - pre);
    view! {
        <nav class="crumbs" aria-label="Breadcrumb">
            <a href="/">"Cadres"</a>
        </nav>
        <h1>{cadre.name}</h1>
        <p>{cadre.description}</p>
        <p class="facts">{facts}</p>
        <h2>"Courses"</h2>
        <CourseFilter courses=courses.into_iter().map(FilterItem::from).collect() query />
    }
}

#[component]
fn CourseOutlineView(course: CourseOutline) -> impl IntoView {
    let audience = course.audience.iter().map(|cadre| cadre.name.clone()).collect::<Vec<_>>().join(", ");
    let first = course
        .modules
        .iter()
        .flat_map(|module| module.lessons.first())
        .next()
        .map(|lesson| format!("/courses/{}/{}", course.slug, lesson.slug));
    let slug = course.slug.clone();
    view! {
        <nav class="crumbs" aria-label="Breadcrumb">
            <a href="/">"Cadres"</a>
        </nav>
        <article lang=course.language.clone()>
            <h1>{course.title}</h1>
            <p class="lead">{course.summary}</p>
            <dl class="facts-list">
                <dt>"Audience"</dt>
                <dd>{audience}</dd>
                <dt>"Stage"</dt>
                <dd>{course.stage.label()}</dd>
                <dt>"Estimated time"</dt>
                <dd>{hours_label(course.estimated_hours)}</dd>
                <dt>"Version"</dt>
                <dd>{course.version_no}</dd>
            </dl>
            {first.map(|href| view! { <p><a class="button" href=href>"Start the course"</a></p> })}
            <h2>"Contents"</h2>
            <ol class="modules">
                {course
                    .modules
                    .into_iter()
                    .map(|module| {
                        let slug = slug.clone();
                        view! {
                            <li>
                                <h3>{module.title}</h3>
                                <ol class="lessons">
                                    {module
                                        .lessons
                                        .into_iter()
                                        .map(|lesson| {
                                            let href = format!("/courses/{}/{}", slug, lesson.slug);
                                            view! {
                                                <li>
                                                    <a href=href>{lesson.title}</a>
                                                </li>
                                            }
                                        })
                                        .collect_view()}
                                </ol>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </article>
    }
}

#[component]
fn LessonArticle(page: LessonPage) -> impl IntoView {
    let course_href = format!("/courses/{}", page.course_slug);
    let old_version = (page.version_no != page.current_version_no).then(|| {
        let current = format!("/courses/{}/{}", page.course_slug, page.slug);
        view! {
            <p class="notice" role="note">
                {format!(
                    "You are reading version {} of this course. The current version is {}. ",
                    page.version_no,
                    page.current_version_no,
                )} <a href=current>"Read the current version"</a>
            </p>
        }
    });
    let lesson_href = {
        let base = if page.version_no == page.current_version_no {
            format!("/courses/{}", page.course_slug)
        } else {
            format!("/courses/{}/versions/{}", page.course_slug, page.version_no)
        };
        move |slug: &str| format!("{base}/{slug}")
    };
    let toc = page.shows_toc().then(|| {
        view! {
            <nav class="toc" aria-labelledby="toc-heading">
                <h2 id="toc-heading">"On this page"</h2>
                <ul>
                    {page
                        .toc
                        .iter()
                        .map(|entry| {
                            let href = format!("#{}", entry.anchor);
                            let class = (entry.level > 2).then_some("sub");
                            view! {
                                <li class=class>
                                    <a href=href>{entry.text.clone()}</a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        }
    });
    let previous = page.previous.as_ref().map(|link| {
        let href = lesson_href(&link.slug);
        view! {
            <a class="prev" rel="prev" href=href>
                <span>"Previous"</span>
                {link.title.clone()}
            </a>
        }
    });
    let next = page.next.as_ref().map(|link| {
        let href = lesson_href(&link.slug);
        view! {
            <a class="next" rel="next" href=href>
                <span>"Next"</span>
                {link.title.clone()}
            </a>
        }
    });
    let minutes = format!("About {} min read", page.reading_minutes());
    view! {
        <nav class="crumbs" aria-label="Breadcrumb">
            <a href="/">"Cadres"</a>
            " › "
            <a href=course_href>{page.course_title.clone()}</a>
            " › "
            <span>{page.module_title.clone()}</span>
        </nav>
        {old_version}
        <article class="lesson" lang=page.language.clone()>
            <header>
                <p class="module">{page.module_title.clone()}</p>
                <h1>{page.title.clone()}</h1>
                <p class="facts">{minutes}</p>
            </header>
            {toc}
            <div class="body" inner_html=page.body_html.clone()></div>
        </article>
        <nav class="pager" aria-label="Lessons">
            {previous}
            {next}
        </nav>
    }
}
