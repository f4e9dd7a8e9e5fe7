//! One component per route. Each waits for its data on the server and
//! renders complete HTML; a missing record renders the not-found page with
//! status 404.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::api;
use crate::components::{LoadError, count_label, hours_label, set_status};
use crate::islands::{CourseFilter, FilterItem};
use crate::model::{CourseOutline, LessonPage, ServiceStage};

/// The page for any address that names nothing.
#[component]
pub fn NotFound() -> impl IntoView {
    set_status(404);
    view! {
        <Title text="Page not found · Tutela" />
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
pub fn HomePage() -> impl IntoView {
    let cadres = Resource::new(|| (), |_| api::load_cadre_summaries());
    view! {
        <Title text="Tutela · Training for the people who protect children" />
        <section class="intro">
            <h1>"Training for the people who protect children"</h1>
            <p>
                "Tutela keeps the training of police officers, prosecutors, judges, social workers and helpline counsellors inside the institution that trains them: the courses each cadre must take before and during service, tests, certificates and their expiry."
            </p>
        </section>
        <section aria-labelledby="cadres-heading">
            <h2 id="cadres-heading">"Choose your cadre"</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match cadres.await {
                        Ok(list) => {
                            view! {
                                <ul class="cadres">
                                    {list
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
                            }
                                .into_any()
                        }
                        Err(err) => view! { <LoadError message=err.to_string() /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
pub fn CadrePage() -> impl IntoView {
    let params = use_params_map();
    let query = use_query_map();
    let slug = move || params.read().get("cadre").unwrap_or_default();
    let catalogue = Resource::new(slug, api::load_cadre_catalogue);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let filter = query.read_untracked().get("q").unwrap_or_default();
                match catalogue.await {
                    Ok(Some((cadre, courses))) => {
                        let title = format!("{} · Tutela", cadre.name);
                        let total = courses.len();
                        let pre = courses.iter().filter(|c| c.stage == ServiceStage::PreService).count();
                        view! {
                            <Title text=title />
                            <nav class="crumbs" aria-label="Breadcrumb">
                                <a href="/">"Cadres"</a>
                            </nav>
                            <h1>{cadre.name}</h1>
                            <p>{cadre.description}</p>
                            <p class="facts">
                                {format!(
                                    "{}: {pre} pre-service, {} in-service",
                                    count_label(total, "course", "courses"),
                                    total - pre,
                                )}
                            </p>
                            <h2>"Courses"</h2>
                            <CourseFilter
                                courses=courses.into_iter().map(FilterItem::from).collect()
                                query=filter
                            />
                        }
                            .into_any()
                    }
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(err) => view! { <LoadError message=err.to_string() /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn CoursePage() -> impl IntoView {
    let params = use_params_map();
    let slug = move || params.read().get("course").unwrap_or_default();
    let outline = Resource::new(slug, api::load_course_outline);
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match outline.await {
                    Ok(Some(course)) => view! { <CourseOutlineView course /> }.into_any(),
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(err) => view! { <LoadError message=err.to_string() /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn CourseOutlineView(course: CourseOutline) -> impl IntoView {
    let title = format!("{} · Tutela", course.title);
    let audience = course.audience.iter().map(|cadre| cadre.name.clone()).collect::<Vec<_>>().join(", ");
    let first = course
        .modules
        .iter()
        .flat_map(|module| module.lessons.first())
        .next()
        .map(|lesson| format!("/courses/{}/{}", course.slug, lesson.slug));
    let slug = course.slug.clone();
    view! {
        <Title text=title />
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
pub fn LessonView() -> impl IntoView {
    let params = use_params_map();
    let key = move || {
        let params = params.read();
        (params.get("course").unwrap_or_default(), params.get("version"), params.get("lesson").unwrap_or_default())
    };
    let lesson = Resource::new(key, |(course, version, lesson)| async move {
        // A version segment that is not a number names no version.
        let version = match version {
            None => None,
            Some(text) => match text.parse::<i64>() {
                Ok(number) => Some(number),
                Err(_) => return Ok(None),
            },
        };
        api::load_lesson_page(course, version, lesson).await
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match lesson.await {
                    Ok(Some(page)) => view! { <LessonArticle page /> }.into_any(),
                    Ok(None) => view! { <NotFound /> }.into_any(),
                    Err(err) => view! { <LoadError message=err.to_string() /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn LessonArticle(page: LessonPage) -> impl IntoView {
    let title = format!("{} · {} · Tutela", page.title, page.course_title);
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
        <Title text=title />
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
