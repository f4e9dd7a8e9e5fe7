//! A course's question bank uploaded in the browser: the upload page
//! (`/quiz/bank/{course}`: the published bank, its GIFT, the form) and an
//! upload's preview (`/quiz/bank/{course}/{upload}`: counts, problems with
//! their lines, the questions added, changed, unchanged and removed, and
//! the apply button when it may be applied). Plain forms; no island.

use leptos::prelude::*;

use super::bank_model::{BankCounts, BankItem, BankPage, BankPreviewPage, BankProblemRow, BankVerdict};
use crate::components::{CsrfField, DataTable};
use crate::i18n::{Arg, Msg, number, rich, t, tm};

/// The address of a course's bank page.
pub fn bank_href(course: &str) -> String {
    format!("/quiz/bank/{course}")
}

#[component]
pub fn BankView(page: BankPage) -> impl IntoView {
    let BankPage { course_slug, course_title, version_no, quiz, errors, bare } = page;
    let action = bank_href(&course_slug);
    let download = format!("/quiz/bank/{course_slug}/questions.gift");
    let file_error = errors.get("file").cloned();
    let file_invalid = file_error.is_some();
    let described = if file_invalid { "file-error file-hint" } else { "file-hint" };
    let heading = Msg::new("quiz-bank-heading").arg("course", course_title);
    view! {
        <p class="crumbs"><a href="/quiz/analysis">{t("quiz-trainer-index-heading")}</a></p>
        <h1>{rich(&heading)}</h1>
        {match quiz {
            None => view! {
                <p class="facts">{crate::t!("quiz-bank-published-version", version = version_no)}</p>
                <p class="notice" role="status">{t("quiz-bank-no-quiz")}</p>
            }
            .into_any(),
            Some(facts) => {
                let draws = facts
                    .draws
                    .into_iter()
                    .map(|(category, count)| {
                        let msg = Msg::new("quiz-bank-draw").arg("count", count as i64).arg("category", category);
                        view! { <li>{rich(&msg)}</li> }
                    })
                    .collect_view();
                let source = match facts.uploaded_at {
                    Some(at) => rich(&Msg::new("quiz-bank-source-browser").arg("when", crate::i18n::date_time_msg(at))).into_any(),
                    None => t("quiz-bank-source-folder").into_any(),
                };
                let facts = (!bare).then(|| {
                    view! {
                        <p class="facts">
                            {crate::t!("quiz-bank-published-version", version = version_no)} " "
                            {crate::t!("quiz-bank-published-questions", count = facts.questions as i64)}
                        </p>
                        <p class="facts">{source}</p>
                        <h2>{t("quiz-bank-draws-heading")}</h2>
                        <ul>{draws}</ul>
                        <p class="actions"><a href=download>{t("quiz-bank-download")}</a></p>
                    }
                });
                view! {
                    {facts}
                    <h2>{t("quiz-bank-upload-heading")}</h2>
                    <p>{t("quiz-bank-upload-intro")}</p>
                    <form method="post" action=action enctype="multipart/form-data" class="spaced">
                        <CsrfField />
                        <div class="field" class:has-error=file_invalid>
                            <label for="file">{t("quiz-bank-file")}</label>
                            <p class="hint" id="file-hint">{t("quiz-bank-file-hint")}</p>
                            {file_error.map(|m| view! { <p class="error" id="file-error">{rich(&m)}</p> })}
                            <input id="file" name="file" type="file" accept=".gift,.txt,text/plain" aria-describedby=described />
                        </div>
                        <button type="submit" class="button">{t("quiz-bank-preview-button")}</button>
                    </form>
                }
                .into_any()
            }
        }}
    }
}

/// The verdict's words.
fn verdict_words(verdict: BankVerdict) -> Msg {
    match verdict {
        BankVerdict::Ready => Msg::new("quiz-bank-verdict-ready"),
        BankVerdict::Problems => Msg::new("quiz-bank-verdict-problems"),
        BankVerdict::Nothing => Msg::new("quiz-bank-verdict-nothing"),
        BankVerdict::Stale => Msg::new("quiz-bank-verdict-stale"),
        BankVerdict::Expired => Msg::new("quiz-bank-verdict-expired"),
        BankVerdict::Applied(version) => Msg::new("quiz-bank-verdict-applied").arg("version", version),
    }
}

#[component]
pub fn BankPreviewView(page: BankPreviewPage) -> impl IntoView {
    let BankPreviewPage {
        course_slug,
        course_title,
        upload_id,
        file_name,
        based_on,
        published,
        uploaded_at,
        counts: BankCounts { questions, added, changed, unchanged, removed, problems: problems_total },
        categories,
        problems,
        items,
        verdict,
        refusal,
    } = page;
    let applied = matches!(verdict, BankVerdict::Applied(_));
    let heading = Msg::new("quiz-bank-preview-heading").arg("file", file_name).arg("course", course_title);
    let apply_action = format!("/quiz/bank/{course_slug}/{upload_id}/apply");
    let shown = items.len();
    let more_items = (questions + removed > shown).then(|| view! { <p class="facts">{crate::t!("quiz-bank-more-questions", count = (questions + removed - shown) as i64)}</p> });
    let more_problems = (problems_total > problems.len())
        .then(|| view! { <p class="facts">{crate::t!("quiz-bank-more-problems", count = (problems_total - problems.len()) as i64)}</p> });
    let counts = [
        ("quiz-bank-count-questions", questions),
        ("quiz-bank-count-added", added),
        ("quiz-bank-count-changed", changed),
        ("quiz-bank-count-unchanged", unchanged),
        ("quiz-bank-count-removed", removed),
        ("quiz-bank-count-problems", problems_total),
    ];
    let facts = Msg::new("quiz-bank-preview-facts")
        .arg("when", crate::i18n::date_time_msg(uploaded_at))
        .arg("based", based_on)
        .arg("published", published);
    view! {
        <p class="crumbs"><a href=bank_href(&course_slug)>{t("quiz-bank-back")}</a></p>
        <h1>{rich(&heading)}</h1>
        <p class="facts">{rich(&facts)}</p>
        {refusal.map(|m| view! { <p class="notice error-summary" role="alert">{rich(&m)}</p> })}
        <section class="notice" class:success=applied role="status" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{t("quiz-bank-counts-heading")}</h2>
            <dl class="facts-list">
                {counts.into_iter().map(|(label, n)| view! { <dt>{t(label)}</dt><dd>{number(n as f64)}</dd> }).collect_view()}
            </dl>
            <p>{rich(&verdict_words(verdict))}</p>
        </section>
        {(!categories.is_empty()).then(|| view! {
            <h2>{t("quiz-bank-categories-heading")}</h2>
            <DataTable
                caption=t("quiz-bank-categories-heading") hide_caption=true
                headers=vec!["quiz-bank-category", "quiz-bank-before", "quiz-bank-after"]
                empty=t("quiz-bank-no-questions")
                rows={categories.into_iter().map(category_row).collect::<Vec<_>>()}
            />
        })}
        {(verdict == BankVerdict::Ready).then(|| view! {
            <form method="post" action=apply_action>
                <CsrfField />
                <button type="submit" class="button">{t("quiz-bank-apply")}</button>
            </form>
        })}
        {(!problems.is_empty()).then(|| view! {
            <h2>{t("quiz-bank-problems-heading")}</h2>
            <p class="facts">{t("quiz-bank-problems-intro")}</p>
            <DataTable
                caption=t("quiz-bank-problems-heading") hide_caption=true
                headers=vec!["quiz-bank-file-column", "quiz-bank-line", "quiz-bank-problem"]
                empty=t("quiz-bank-no-problems")
                rows={problems.into_iter().map(problem_row).collect::<Vec<_>>()}
            />
            {more_problems}
        })}
        <h2>{t("quiz-bank-questions-heading")}</h2>
        <DataTable
            caption=t("quiz-bank-questions-heading") hide_caption=true
            headers=vec!["quiz-bank-change", "quiz-bank-question", "quiz-bank-text"]
            empty=t("quiz-bank-no-questions")
            rows={items.into_iter().map(item_row).collect::<Vec<_>>()}
        />
        {more_items}
    }
}

fn category_row((category, before, after): (String, usize, usize)) -> AnyView {
    view! {
        <tr>
            <td><bdi>{category}</bdi></td>
            <td>{number(before as f64)}</td>
            <td>{number(after as f64)}</td>
        </tr>
    }
    .into_any()
}

fn problem_row(problem: BankProblemRow) -> AnyView {
    let BankProblemRow { file, line, message } = problem;
    let line = (line > 0).then(|| number(line as f64));
    view! {
        <tr>
            <td><bdi>{file}</bdi></td>
            <td>{line}</td>
            <td><bdi lang="en">{message}</bdi></td>
        </tr>
    }
    .into_any()
}

fn item_row(item: BankItem) -> AnyView {
    let BankItem { change, name, text_html } = item;
    let change = tm(&Msg::new("quiz-bank-change-word").arg("change", Arg::word(change.word())));
    view! {
        <tr>
            <td>{change}</td>
            <td><bdi>{name}</bdi></td>
            <td>{text_html.map(|html| view! { <div class="attempt-text" inner_html=html></div> })}</td>
        </tr>
    }
    .into_any()
}

/// The course's title in a page's title.
pub fn title_of(course_title: &str) -> Msg {
    Msg::new("quiz-bank-title").arg("course", course_title.to_string())
}
