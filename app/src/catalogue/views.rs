//! The catalogue's pages: home (the cadres), a cadre's courses, a course's
//! outline, a lesson (current or an older version), the glossary.

use leptos::prelude::*;

use crate::catalogue::islands::{CourseFilter, FilterItem, FilterWords};
use crate::catalogue::languages::{LanguageBar, quoted, status_fact};
use crate::components::hours_label;
use crate::i18n::{Msg, locale, rich, t, tm};
use crate::model::{Cadre, CadreSummary, CourseCard, CourseOutline, Glossary, LessonLink, LessonPage, ServiceStage};

/// `items` as one list in the reader's language ("A, B, C"), each item a
/// text variable (in its own `<bdi>` when shown with [`rich`]).
fn list(items: impl IntoIterator<Item = String>) -> Option<Msg> {
    items.into_iter().fold(None, |list, item| {
        Some(match list {
            None => Msg::new("catalogue-list-one").arg("item", item),
            Some(list) => Msg::new("catalogue-list").arg("list", list).arg("item", item),
        })
    })
}

/// The terminology glossary: the terms to use, and the words to avoid.
#[component]
pub fn GlossaryPage(glossary: Glossary) -> impl IntoView {
    let Glossary { entries, reading } = glossary;
    let shown = reading.shown;
    let intro = if entries.is_empty() { "catalogue-glossary-empty" } else { "catalogue-glossary-intro" };
    // The interface's words inside the glossary's own language.
    let ui = locale().code();
    view! {
        <section class="intro">
            <h1>{t("catalogue-glossary-heading")}</h1>
            <p>{t(intro)}</p>
        </section>
        <LanguageBar reading path="/glossary".to_string() />
        // The language shown (English, the glossary's own, or a translation's);
        // an entry left untranslated carries its own.
        <dl class="glossary" lang=shown.code() dir=shown.dir()>
            {entries
                .into_iter()
                .map(|entry| {
                    let (entry_lang, entry_dir) = entry.lang.map(|l| (l.code(), l.dir())).unzip();
                    let language = entry.lang.unwrap_or(shown);
                    let entry = entry.term;
                    let avoid = (!entry.avoid.is_empty())
                        .then(|| {
                            let words = list(entry.avoid.iter().map(|word| quoted(word, language)));
                            let line = Msg::new("catalogue-glossary-avoid-line")
                                .arg("words", words.unwrap_or_else(|| Msg::verbatim("")))
                                .arg("reason", entry.reason);
                            view! {
                                <p class="avoid">
                                    <strong lang=ui>{t("catalogue-glossary-avoid")}</strong>
                                    " "
                                    {tm(&line)}
                                </p>
                            }
                        });
                    let note = (!entry.note.is_empty())
                        .then(|| {
                            view! {
                                <p>
                                    <strong lang=ui>{t("catalogue-glossary-note")}</strong>
                                    " "
                                    {entry.note}
                                </p>
                            }
                        });
                    view! {
                        <div class="card" lang=entry_lang dir=entry_dir>
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
            <h1>{t("catalogue-home-heading")}</h1>
            <p>{t("catalogue-home-intro")}</p>
        </section>
        <section aria-labelledby="cadres-heading">
            <h2 id="cadres-heading">{t("catalogue-home-choose")}</h2>
            <ul class="cadres">
                {cadres
                    .into_iter()
                    .map(|summary| {
                        let href = format!("/cadres/{}", summary.cadre.slug);
                        let count = crate::t!("catalogue-course-count", count = summary.course_count);
                        view! {
                            <li class="card">
                                <h3>
                                    <a href=href>
                                        <bdi>{summary.cadre.name}</bdi>
                                    </a>
                                </h3>
                                <p class="facts">{count}</p>
                                <p>
                                    <bdi>{summary.cadre.description}</bdi>
                                </p>
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
    let facts = crate::t!("catalogue-cadre-facts", count = total, pre = pre, serving = total - pre);
    view! {
        <nav class="crumbs" aria-label=t("catalogue-breadcrumb")>
            <a href="/">{t("catalogue-crumb-cadres")}</a>
        </nav>
        <h1>
            <bdi>{cadre.name}</bdi>
        </h1>
        <p>
            <bdi>{cadre.description}</bdi>
        </p>
        <p class="facts">{facts}</p>
        <h2>{t("catalogue-courses-heading")}</h2>
        <CourseFilter
            courses=courses.into_iter().map(FilterItem::from).collect()
            query
            words=FilterWords::here()
        />
    }
}

#[component]
pub fn CourseOutlineView(course: CourseOutline) -> impl IntoView {
    let audience = list(course.audience.iter().map(|cadre| cadre.name.clone()));
    let query = course.reading.query();
    let lesson_href = {
        let slug = course.slug.clone();
        move |lesson: &str| format!("/courses/{slug}/{lesson}{query}")
    };
    let first =
        course.modules.iter().flat_map(|module| module.lessons.first()).next().map(|lesson| lesson_href(&lesson.slug));
    let (lang, dir) = (course.reading.shown.code(), course.reading.shown.dir());
    // The interface's words inside the course's own language.
    let ui = locale().code();
    let status = course.reading.status.map(|status| {
        let (label, value) = status_fact(status);
        view! {
            <dt>{label}</dt>
            <dd>{value}</dd>
        }
    });
    let path = format!("/courses/{}", course.slug);
    // The reader's marks, when their open enrolment studies this version.
    let read: Option<Vec<String>> = course.learning.as_ref().and_then(|progress| {
        let open = progress.open.as_ref()?;
        (open.version_no == course.version_no).then(|| progress.read.clone())
    });
    let part = course.learning.clone().map(|progress| {
        view! { <crate::learning::views::CourseProgressPart progress course_slug=course.slug.clone() /> }
    });
    // An open enrolment has its own "continue" in the part.
    let first = if course.learning.as_ref().is_some_and(|p| p.open.is_some()) { None } else { first };
    view! {
        <nav class="crumbs" aria-label=t("catalogue-breadcrumb")>
            <a href="/">{t("catalogue-crumb-cadres")}</a>
        </nav>
        <LanguageBar reading=course.reading path />
        <article lang=lang dir=dir>
            <h1>{course.title}</h1>
            <p class="lead">{course.summary}</p>
            <dl class="facts-list" lang=ui>
                <dt>{t("catalogue-audience")}</dt>
                <dd>{audience.map(|audience| rich(&audience))}</dd>
                <dt>{t("catalogue-stage-label")}</dt>
                <dd>{tm(&course.stage.msg())}</dd>
                <dt>{t("catalogue-estimated-time")}</dt>
                <dd>{hours_label(course.estimated_hours)}</dd>
                <dt>{t("catalogue-version")}</dt>
                <dd>{course.version_no}</dd>
                {status}
            </dl>
            {first.map(|href| view! { <p lang=ui><a class="button" href=href>{t("catalogue-start")}</a></p> })}
            {part}
            <h2 lang=ui>{t("catalogue-contents")}</h2>
            <ol class="modules">
                {course
                    .modules
                    .into_iter()
                    .map(|module| {
                        let lesson_href = lesson_href.clone();
                        let read = read.clone();
                        let (module_lang, module_dir) = module.lang.map(|l| (l.code(), l.dir())).unzip();
                        view! {
                            <li>
                                <h3 lang=module_lang dir=module_dir>
                                    {module.title}
                                </h3>
                                <ol class="lessons">
                                    {module
                                        .lessons
                                        .into_iter()
                                        .map(|lesson| {
                                            let read = read.clone();
                                            let href = lesson_href(&lesson.slug);
                                            let state = read.as_ref().map(|read| {
                                                let is_read = read.contains(&lesson.slug);
                                                view! {
                                                    " "
                                                    <span lang=ui>{crate::learning::views::read_state(is_read)}</span>
                                                }
                                            });
                                            let (link_lang, link_dir) = lesson.lang.map(|l| (l.code(), l.dir())).unzip();
                                            view! {
                                                <li>
                                                    <a href=href lang=link_lang dir=link_dir>
                                                        {lesson.title}
                                                    </a>
                                                    {state}
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
    // The interface's words inside the lesson's own language.
    let ui = locale().code();
    let course_href = format!("/courses/{}", page.course_slug);
    let old_version = (page.version_no != page.current_version_no).then(|| {
        let current = format!("/courses/{}/{}", page.course_slug, page.slug);
        view! {
            <p class="notice" role="note">
                {crate::t!("catalogue-old-version", version = page.version_no, current = page.current_version_no)}
                " "
                <a href=current>{t("catalogue-read-current")}</a>
            </p>
        }
    });
    let query = page.reading.query();
    let course_href = format!("{course_href}{query}");
    let lesson_href = {
        let base = if page.version_no == page.current_version_no {
            format!("/courses/{}", page.course_slug)
        } else {
            format!("/courses/{}/versions/{}", page.course_slug, page.version_no)
        };
        move |slug: &str| format!("{base}/{slug}{query}")
    };
    let path = lesson_href(&page.slug);
    let path = path.split('?').next().unwrap_or_default().to_string();
    let (lang, dir) = (page.reading.shown.code(), page.reading.shown.dir());
    let toc = page.shows_toc().then(|| {
        view! {
            <nav class="toc" aria-labelledby="toc-heading">
                <h2 id="toc-heading" lang=ui>
                    {t("catalogue-toc")}
                </h2>
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
    // The lesson before or after: `rel` is also its class; its title in
    // the page's language, or its own when it is left untranslated.
    let shown = page.reading.shown;
    let neighbour = |link: Option<&LessonLink>, rel: &'static str, label: &'static str| {
        link.map(|link| {
            let title_lang = link.lang.unwrap_or(shown);
            view! {
                <a class=rel rel=rel href=lesson_href(&link.slug)>
                    <span>{t(label)}</span>
                    <bdi lang=title_lang.code() dir=title_lang.dir()>
                        {link.title.clone()}
                    </bdi>
                </a>
            }
        })
    };
    let previous = neighbour(page.previous.as_ref(), "prev", "catalogue-previous");
    let next = neighbour(page.next.as_ref(), "next", "catalogue-next");
    let minutes = crate::t!("catalogue-reading-time", minutes = page.reading_minutes());
    view! {
        <nav class="crumbs" aria-label=t("catalogue-breadcrumb")>
            <a href="/">{t("catalogue-crumb-cadres")}</a>
            " › "
            <a href=course_href lang=page.language.clone()>
                {page.course_title.clone()}
            </a>
            " › "
            <span lang=page.language.clone()>{page.module_title.clone()}</span>
        </nav>
        {old_version}
        <LanguageBar reading=page.reading.clone() path />
        <article class="lesson" lang=lang dir=dir>
            <header>
                <p class="module">{page.module_title.clone()}</p>
                <h1>{page.title.clone()}</h1>
                <p class="facts" lang=ui>
                    {minutes}
                </p>
            </header>
            {toc}
            <div class="body" inner_html=page.body_html.clone()></div>
        </article>
        <div id="end-slot"></div>
        <nav class="pager" aria-label=t("catalogue-lessons-nav")>
            {previous}
            {next}
        </nav>
    }
}
