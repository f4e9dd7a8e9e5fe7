//! Quiz attempts: drawing, saving as one goes, the server-kept deadline,
//! attempts allowed and the wait between them, grading on submit (once),
//! completion needing a pass, and nobody reaching another's attempt.
//! `store.rs` holds the store to the rules (both backends, the manual
//! clock); `pages.rs` drives the pages and forms, and searches every
//! response of an attempt for its answer key.

mod pages;
mod store;

use std::path::Path;

use tutela_app::store::{AttemptSlot, SharedStore};
use tutela_server::quiz::attempt::{Answer, Layout};
use tutela_tests::write;

/// A bank with every graded type, each question's text marked (`MC-TEXT`,
/// ...) and every piece of its key spelt so that a test can look for it:
/// feedback `FEEDBACK-...`, general feedback `GENERAL-...`, the accepted
/// short answer `Lanzarote`, the number `1822.5`.
pub const BANK: &str = "$CATEGORY: one

// [id:mc]
::MC:: Who keeps the curriculum (MC-TEXT)? {
=the statutory training body#FEEDBACK-MC-RIGHT
~a project that ends#FEEDBACK-MC-WRONG
~a donor
####GENERAL-MC
}

// [id:ma]
::MA:: Tick the two right ones (MA-TEXT). {
~%50%first right
~%50%second right
~%-100%wrong tick#FEEDBACK-MA-WRONG
}

// [id:tf]
::TF:: The sky is green (TF-TEXT). {F#FEEDBACK-TF-WRONG#FEEDBACK-TF-RIGHT}

$CATEGORY: two

// [id:sa]
::SA:: Name the convention's island (SA-TEXT). {=Lanzarote#FEEDBACK-SA =%50%Lanzarot*}

// [id:num]
::NUM:: Which number (NUM-TEXT)? {#1822.5:0.25}

// [id:match]
::MATCH:: Match the animals (MATCH-TEXT). {=cat -> meow =dog -> woof =-> moo}

$CATEGORY: essay

::ESSAY:: Describe a case (ESSAY-TEXT). {}
";

/// Strings of the bank's answer key that no learner types: none may
/// reach them before their attempt is submitted (the answers the test
/// types, `Lanzarote` and `1822.5`, come back in their own fields).
pub const KEY: [&str; 6] = ["FEEDBACK-", "GENERAL-", "Lanzarot*", "%50%", "0.25", "=Lanzarote"];

/// The quiz settings of a test course.
pub struct Settings {
    pub attempts: u32,
    pub wait_minutes: u32,
    pub time_limit_minutes: Option<u32>,
    pub review: &'static str,
    /// (category, count)
    pub draws: &'static [(&'static str, u32)],
}

/// Every graded question but the essay, one attempt at a time.
pub const NO_ESSAY: &[(&str, u32)] = &[("one", 3), ("two", 3)];

impl Default for Settings {
    fn default() -> Self {
        Settings { attempts: 0, wait_minutes: 0, time_limit_minutes: None, review: "feedback", draws: NO_ESSAY }
    }
}

/// The course `qz` (judges, open to all, two lessons) with a quiz over [`BANK`].
pub fn quiz_course(dir: &Path, settings: &Settings) {
    crate::learning::course(dir, "qz", "Quiz course", "judge", true, 2.0, &["first", "second"]);
    let limit = settings.time_limit_minutes.map(|m| format!("time_limit_minutes = {m}\n")).unwrap_or_default();
    let draws: String = settings
        .draws
        .iter()
        .map(|(category, count)| format!("\n[[draw]]\ncategory = \"{category}\"\ncount = {count}\n"))
        .collect();
    write(
        dir,
        "qz/quiz.toml",
        &format!(
            "pass_mark = 70\nattempts = {}\nwait_minutes = {}\n{limit}shuffle = true\nreview = \"{}\"\n{draws}",
            settings.attempts, settings.wait_minutes, settings.review
        ),
    );
    write(dir, "qz/questions.gift", BANK);
}

/// Imports the folder again (after [`quiz_course`] added the course).
pub async fn import(store: &SharedStore, dir: &Path) {
    tutela_server::content::import(store.as_ref(), dir).await.expect("the quiz course imports");
}

/// How a test answers a question.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Answering {
    Right,
    Wrong,
    /// Half marks where the question gives them (multiple answers, short
    /// answer, matching); right for true/false and numerical, wrong for
    /// multiple choice.
    Partly,
}

/// The question of a stored slot, parsed.
pub fn question(slot: &AttemptSlot) -> tutela_gift::Question {
    tutela_gift::parse(&slot.gift).expect("a stored question parses").questions.remove(0)
}

/// The answer (as the store saves it, JSON) that `how` gives to `slot`'s
/// question, found from its key and layout (as only a test may).
pub fn answer(slot: &AttemptSlot, how: Answering) -> String {
    let question = question(slot);
    let layout: Layout = serde_json::from_str(&slot.layout).expect("a layout");
    let token = |index: usize| layout.options.iter().find(|p| p.index == index).expect("placed").token.clone();
    use tutela_gift::{Body, Weight};
    let answer = match &question.body {
        Body::MultipleChoice { choices } => {
            let right = choices.iter().position(|c| c.weight == Weight::FULL).unwrap();
            let pick = if how == Answering::Right { right } else { (right + 1) % choices.len() };
            Answer::Choices(vec![token(pick)])
        }
        Body::MultipleAnswers { choices } => {
            let positive: Vec<usize> = (0..choices.len()).filter(|&i| choices[i].weight.units() > 0).collect();
            match how {
                Answering::Right => Answer::Choices(positive.into_iter().map(token).collect()),
                Answering::Partly => Answer::Choices(vec![token(positive[0])]),
                Answering::Wrong => {
                    let negative = (0..choices.len()).find(|&i| choices[i].weight.units() < 0).unwrap();
                    Answer::Choices(vec![token(negative), token(positive[0])])
                }
            }
        }
        Body::TrueFalse { answer, .. } => {
            let right = if *answer { 0 } else { 1 };
            Answer::Choices(vec![token(if how == Answering::Wrong { 1 - right } else { right })])
        }
        Body::ShortAnswer { .. } => Answer::Text(
            match how {
                Answering::Right => "  lanzarote ",
                Answering::Partly => "Lanzarotte",
                Answering::Wrong => "Budapest",
            }
            .into(),
        ),
        Body::Numerical { .. } => Answer::Text(if how == Answering::Wrong { "1900" } else { "1822,7" }.into()),
        Body::Matching { pairs } => {
            let answer_token = |text: &str| {
                let index = pairs.iter().position(|p| p.answer == text).unwrap();
                layout.answers.iter().find(|p| p.index == index).unwrap().token.clone()
            };
            let item = |question: &str| {
                let index = pairs.iter().position(|p| p.question.text == question).unwrap();
                token(index)
            };
            let cat = match how {
                Answering::Wrong => "woof",
                _ => "meow",
            };
            let dog = match how {
                Answering::Right => "woof",
                _ => "moo",
            };
            Answer::Pairs(vec![(item("cat"), answer_token(cat)), (item("dog"), answer_token(dog))])
        }
        Body::Essay => Answer::Text("A case I handled.".into()),
        Body::Description => unreachable!("descriptions are never drawn"),
    };
    serde_json::to_string(&answer).unwrap()
}
