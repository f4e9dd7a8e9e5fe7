//! The interactive parts of pages: the only code that runs in the browser.
//!
//! Each island renders complete HTML on the server first, so the page works
//! the same with JavaScript off; hydration only adds immediacy.

use leptos::prelude::*;

use serde::{Deserialize, Serialize};

use crate::components::hours_label;
use crate::model::CourseCard;

/// A course as the filter island shows it: text only, formatted on the
/// server, so the browser bundle carries no number formatting or parsing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilterItem {
    pub href: String,
    pub title: String,
    pub facts: String,
    pub summary: String,
}

impl From<CourseCard> for FilterItem {
    fn from(course: CourseCard) -> Self {
        let facts = format!(
            "{} · {} · {} lessons",
            course.stage.label(),
            hours_label(course.estimated_hours),
            course.lesson_count
        );
        FilterItem { href: format!("/courses/{}", course.slug), title: course.title, facts, summary: course.summary }
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
pub fn CourseFilter(courses: Vec<FilterItem>, query: String) -> impl IntoView {
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
            <label for="course-filter">"Filter courses"</label>
            <input
                id="course-filter"
                name="q"
                type="search"
                value=query
                prop:value=move || text.get()
                on:input=move |ev| set_text.set(event_target_value(&ev))
            />
            <button type="submit">"Filter"</button>
        </form>
        {move || {
            let list = shown();
            if list.is_empty() {
                view! { <p class="empty">"No course matches this filter."</p> }.into_any()
            } else {
                view! {
                    <ul class="cards">
                        {list
                            .into_iter()
                            .map(|course| {
                                view! {
                                    <li class="card">
                                        <h3>
                                            <a href=course.href>{course.title}</a>
                                        </h3>
                                        <p class="facts">{course.facts}</p>
                                        <p>{course.summary}</p>
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
