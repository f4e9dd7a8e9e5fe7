//! The catalogue's pages: home (the cadres), a cadre's courses, a course's
//! outline, a lesson (current or an older version), the glossary.

use leptos::prelude::*;

use crate::catalogue::islands::{CourseFilter, FilterItem};
use crate::components::{count_label, hours_label};
use crate::model::{
    Cadre, CadreSummary, CourseCard, CourseOutline, GlossaryTerm, LessonLink, LessonPage, ServiceStage,
};

/// The terminology glossary: the terms to use, and the words to avoid.
#[component]
pub fn GlossaryPage(terms: Vec<GlossaryTerm>) -> impl IntoView {
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
pub fn HomePage(cadres: Vec<CadreSummary>) -> impl IntoView {
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
pub fn CadrePage(cadre: Cadre, courses: Vec<CourseCard>, query: String) -> impl IntoView {
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
pub fn CourseOutlineView(course: CourseOutline) -> impl IntoView {
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
pub fn LessonArticle(page: LessonPage) -> impl IntoView {
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
    // The lesson before or after: `rel` is also its class.
    let neighbour = |link: Option<&LessonLink>, rel: &'static str, label: &'static str| {
        link.map(|link| {
            view! {
                <a class=rel rel=rel href=lesson_href(&link.slug)>
                    <span>{label}</span>
                    {link.title.clone()}
                </a>
            }
        })
    };
    let previous = neighbour(page.previous.as_ref(), "prev", "Previous");
    let next = neighbour(page.next.as_ref(), "next", "Next");
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
