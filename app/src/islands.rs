//! The interactive parts of pages: the only code that runs in the browser.
//!
//! Each island renders complete HTML on the server first, so the page works
//! the same with JavaScript off; hydration only adds immediacy.

use leptos::prelude::*;

use crate::components::CourseCardView;
use crate::model::CourseCard;

/// Does `course` match what the reader typed? Case-insensitive, every word
/// must appear in the title or summary.
pub fn course_matches(course: &CourseCard, query: &str) -> bool {
    let haystack = format!("{} {}", course.title, course.summary).to_lowercase();
    query
        .split_whitespace()
        .all(|word| haystack.contains(&word.to_lowercase()))
}

/// A course list with a filter box. Without JavaScript the box is a GET
/// form that the server answers with the filtered list; with JavaScript the
/// list narrows as the reader types.
#[island]
pub fn CourseFilter(courses: Vec<CourseCard>, query: String) -> impl IntoView {
    let (text, set_text) = signal(query);
    let hydrated = RwSignal::new(false);
    Effect::new(move |_| hydrated.set(true));
    let courses = StoredValue::new(courses);
    let shown = move || {
        let text = text.get();
        courses.with_value(|all| {
            all.iter()
                .filter(|course| course_matches(course, &text))
                .cloned()
                .collect::<Vec<_>>()
        })
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
                            .map(|course| view! { <CourseCardView course /> })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }
        }}
    }
}
