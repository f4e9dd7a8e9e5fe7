//! The interactive parts of pages: the only code that runs in the browser.
//!
//! Each island renders complete HTML on the server first, so the page works
//! the same with JavaScript off; hydration only adds immediacy.

use leptos::prelude::*;

use serde::{Deserialize, Serialize};

use crate::components::hours_label;
use crate::i18n::{Msg, t, tm};
use crate::model::CourseCard;

/// A course as the filter island shows it: text only, formatted (and put
/// into words in the reader's language) on the server, so the browser
/// bundle carries no number formatting, parsing or catalogue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilterItem {
    pub href: String,
    pub title: String,
    pub facts: String,
    pub summary: String,
    /// The language of the title and summary.
    pub lang: String,
}

impl From<CourseCard> for FilterItem {
    fn from(course: CourseCard) -> Self {
        let facts = tm(&Msg::new("catalogue-course-facts")
            .arg("stage", course.stage.msg())
            .arg("hours", Msg::verbatim(hours_label(course.estimated_hours)))
            .arg("lessons", course.lesson_count));
        FilterItem {
            href: format!("/courses/{}", course.slug),
            title: course.title,
            facts,
            summary: course.summary,
            lang: course.language,
        }
    }
}

/// The filter's words, in the reader's language (an island is given its
/// words; it never reads the catalogue).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilterWords {
    pub label: String,
    pub button: String,
    pub none: String,
}

impl FilterWords {
    /// The words in the language of the page being rendered.
    pub fn here() -> Self {
        FilterWords {
            label: t("catalogue-filter-label"),
            button: t("catalogue-filter-button"),
            none: t("catalogue-filter-none"),
        }
    }
}

/// Does `course` match what the reader typed? Case-insensitive, every word
/// must appear in the title or summary.
pub fn course_matches(course: &FilterItem, query: &str) -> bool {
    let haystack = format!("{} {}", course.title, course.summary).to_lowercase();
    query.split_whitespace().all(|word| haystack.contains(&word.to_lowercase()))
}

/// A course list with a filter box. Without JavaScript the box is a GET
/// form that the server answers with the filtered list; with JavaScript the
/// list narrows as the reader types.
#[island]
pub fn CourseFilter(courses: Vec<FilterItem>, query: String, words: FilterWords) -> impl IntoView {
    let FilterWords { label, button, none } = words;
    let (text, set_text) = signal(query.clone());
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let courses = StoredValue::new(courses);
    let shown = move || {
        let text = text.get();
        courses.with_value(|all| all.iter().filter(|course| course_matches(course, &text)).cloned().collect::<Vec<_>>())
    };
    view! {
        <form
            class="filter"
            method="get"
            role="search"
            data-live=move || if hydrated.get() { "yes" } else { "no" }
            on:submit=move |ev| ev.prevent_default()
        >
            <label for="course-filter">{label}</label>
            <input
                id="course-filter"
                name="q"
                type="search"
                value=query
                prop:value=move || text.get()
                on:input=move |ev| set_text.set(event_target_value(&ev))
            />
            <button type="submit">{button}</button>
        </form>
        {move || {
            let list = shown();
            if list.is_empty() {
                view! { <p class="empty">{none.clone()}</p> }.into_any()
            } else {
                view! {
                    <ul class="cards">
                        {list
                            .into_iter()
                            .map(|course| {
                                view! {
                                    <li class="card">
                                        <h3>
                                            <a href=course.href>
                                                <bdi lang=course.lang.clone()>{course.title}</bdi>
                                            </a>
                                        </h3>
                                        <p class="facts">{course.facts}</p>
                                        <p>
                                            <bdi lang=course.lang>{course.summary}</bdi>
                                        </p>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }
        }}
    }
}
