//! Graded quiz submissions per second, on a fresh database. Run by
//! `bench/quiz`:
//!
//! ```text
//! quiz_bench DATABASE-URL [--learners N] [--content DIR] [--course SLUG] [--analysis N]
//! ```
//!
//! Brings the demo institution and the shipped curriculum (`content/`)
//! into the database (which should be empty), then prepares two sets of
//! `N` learners (default 1,000): each one created, enrolled in the course
//! (default `foundations`), with an attempt started and every question
//! answered, some right and some wrong, so that grading does real work.
//! Then it times submitting the first set's attempts one after another,
//! and the second set's from 8 concurrent tasks: each submission is the
//! store's own `submit_attempt` (one transaction: grade, write the marks
//! and choices, the audit entry), committed before the next begins on
//! that task. Prints `name: value` lines for the script to read.
//!
//! With `--analysis N`, the learners are only created and enrolled (one
//! set), and instead of submissions it times item analysis over `N` final
//! attempts written straight into the database (`analysis.rs`).

mod analysis;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use anyhow::{Context, bail};
use tutela_app::ids::{AttemptId, PersonId};
use tutela_app::quiz::model::AttemptState;
use tutela_app::store::NewPerson;
use tutela_app::store::prelude::*;
use tutela_gift::{Body, Weight};
use tutela_server::quiz::attempt::{Answer, Layout};

const USAGE: &str = "usage: quiz_bench DATABASE-URL [--learners N] [--content DIR] [--course SLUG] [--analysis N]";

/// Tasks submitting at once in the concurrent round.
const TASKS: usize = 8;

struct Args {
    url: String,
    learners: usize,
    content: PathBuf,
    course: String,
    analysis: Option<usize>,
}

fn args() -> anyhow::Result<Args> {
    let mut args = Args {
        url: String::new(),
        learners: 1000,
        content: "content".into(),
        course: "foundations".into(),
        analysis: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = || it.next().with_context(|| format!("{arg} needs a value"));
        match arg.as_str() {
            "--learners" => args.learners = value()?.parse().context("--learners: a number")?,
            "--content" => args.content = value()?.into(),
            "--course" => args.course = value()?,
            "--analysis" => args.analysis = Some(value()?.parse().context("--analysis: a number")?),
            _ if args.url.is_empty() && !arg.starts_with('-') => args.url = arg,
            _ => bail!(USAGE),
        }
    }
    if args.url.is_empty() {
        bail!(USAGE);
    }
    Ok(args)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = args()?;
    // `RUST_LOG=sqlx::query=debug` lists every statement with its time.
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into());
    tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).init();
    let store = tutela_server::db::open_with(&args.url, Default::default()).await?;
    let started = Instant::now();
    tutela_server::demo::ensure(store.as_ref()).await?;
    tutela_server::content::import(store.as_ref(), &args.content).await?;
    if let Some(attempts) = args.analysis {
        enrol_all(&store, &args.course, args.learners).await?;
        println!("learners: {} (course {})", args.learners, args.course);
        println!("setup seconds: {:.2}", started.elapsed().as_secs_f64());
        return analysis::run(&args.url, &store, &args.course, attempts).await;
    }

    // Two sets of learners, each prepared by TASKS tasks at once.
    let sequential = prepare(&store, &args.course, "Q", args.learners).await?;
    let concurrent = prepare(&store, &args.course, "C", args.learners).await?;
    let setup = started.elapsed().as_secs_f64();
    println!("learners: {} + {} (course {})", args.learners, args.learners, args.course);
    println!("questions per attempt: {}", sequential.questions);
    println!("setup seconds: {setup:.2}");

    let started = Instant::now();
    for &(person, attempt) in &sequential.attempts {
        submit(&store, person, attempt).await?;
    }
    let took = started.elapsed().as_secs_f64();
    println!("sequential submissions per second: {:.0}", args.learners as f64 / took);

    let started = Instant::now();
    let mut tasks = Vec::new();
    for share in chunks(concurrent.attempts.clone()) {
        let store = Arc::clone(&store);
        tasks.push(tokio::spawn(async move {
            for (person, attempt) in share {
                submit(&store, person, attempt).await?;
            }
            anyhow::Ok(())
        }));
    }
    for task in tasks {
        task.await??;
    }
    let took = started.elapsed().as_secs_f64();
    println!("concurrent submissions per second: {:.0}", args.learners as f64 / took);

    // Every attempt graded, some passed and some failed: the work was done.
    let (mut passed, mut failed) = (0, 0);
    for &(person, attempt) in sequential.attempts.iter().chain(&concurrent.attempts) {
        let record = store.attempt(person, attempt).await?.context("an attempt read back")?;
        match record.summary.state {
            AttemptState::Passed => passed += 1,
            AttemptState::Failed => failed += 1,
            state => bail!("attempt {attempt:?} is {state:?} after submitting"),
        }
    }
    println!("graded: {passed} passed, {failed} failed");
    Ok(())
}

/// Submits one attempt, which must be graded now (not an earlier submission).
async fn submit(store: &SharedStore, person: PersonId, attempt: AttemptId) -> anyhow::Result<()> {
    let submitted = store.submit_attempt(person, attempt, "bench").await?;
    if submitted.again {
        bail!("attempt {attempt:?} was submitted already");
    }
    Ok(())
}

/// Learners ready to submit: each one's open attempt, every question answered.
struct Prepared {
    attempts: Vec<(PersonId, AttemptId)>,
    questions: usize,
}

async fn prepare(store: &SharedStore, course: &str, prefix: &str, learners: usize) -> anyhow::Result<Prepared> {
    let numbers: Vec<usize> = (0..learners).collect();
    let mut tasks = Vec::new();
    for share in chunks(numbers) {
        let (store, course, prefix) = (Arc::clone(store), course.to_string(), prefix.to_string());
        tasks.push(tokio::spawn(async move {
            let mut ready = Vec::with_capacity(share.len());
            for n in share {
                ready.push(prepare_one(&store, &course, &format!("{prefix}-{n:06}"), n).await?);
            }
            anyhow::Ok(ready)
        }));
    }
    let mut prepared = Prepared { attempts: Vec::with_capacity(learners), questions: 0 };
    for task in tasks {
        for (person, attempt, questions) in task.await?? {
            prepared.attempts.push((person, attempt));
            prepared.questions = questions;
        }
    }
    Ok(prepared)
}

/// `learners` learners created and enrolled, by [`TASKS`] tasks at once.
async fn enrol_all(store: &SharedStore, course: &str, learners: usize) -> anyhow::Result<()> {
    let mut tasks = Vec::new();
    for share in chunks((0..learners).collect()) {
        let (store, course) = (Arc::clone(store), course.to_string());
        tasks.push(tokio::spawn(async move {
            for n in share {
                enrol(&store, &course, &format!("A-{n:06}")).await?;
            }
            anyhow::Ok(())
        }));
    }
    for task in tasks {
        task.await??;
    }
    Ok(())
}

/// One learner (a prosecutor: in the course's audience), enrolled.
async fn enrol(store: &SharedStore, course: &str, staff_number: &str) -> anyhow::Result<PersonId> {
    let person = NewPerson {
        institution_slug: "demo-academy".into(),
        staff_number: staff_number.into(),
        given_name: "Bench".into(),
        family_name: format!("Learner {staff_number}"),
        email: None,
        cadre_slug: "prosecutor".into(),
        unit_code: "north".into(),
        hire_date: "2024-03-01".into(),
    };
    let person = store.create_person(&person, "bench").await?;
    store.enrol_self(person, course, "bench").await?;
    Ok(person)
}

/// One learner enrolled, with an attempt answered. Learner `n` answers
/// one question in 2, 3, 4 or 5 wrong (by `n`), so that about half of
/// them pass (the pass mark is 70 %).
async fn prepare_one(
    store: &SharedStore,
    course: &str,
    staff_number: &str,
    n: usize,
) -> anyhow::Result<(PersonId, AttemptId, usize)> {
    let person = enrol(store, course, staff_number).await?;
    let attempt = store.start_attempt(person, course).await?;
    let record = store.attempt(person, attempt).await?.context("the attempt just started")?;
    for slot in &record.slots {
        let right = !(slot.slot as usize + n).is_multiple_of(2 + n % 4);
        let answer = answer(&slot.gift, &slot.layout, right)?;
        store.save_answer(person, attempt, slot.slot, Some(&answer)).await?;
    }
    Ok((person, attempt, record.slots.len()))
}

/// The answer (JSON, as the store saves it) to a question, right or
/// wrong, found from its key and this attempt's layout.
fn answer(gift: &str, layout: &str, right: bool) -> anyhow::Result<String> {
    let question = tutela_gift::parse(gift).map_err(|_| anyhow::anyhow!("a stored question parses"))?.questions;
    let body = &question.first().context("one question")?.body;
    let layout: Layout = serde_json::from_str(layout)?;
    let token = |index: usize| -> anyhow::Result<String> {
        Ok(layout.options.iter().find(|p| p.index == index).context("an option laid out")?.token.clone())
    };
    let answer = match body {
        Body::MultipleChoice { choices } => {
            let best = choices.iter().position(|c| c.weight == Weight::FULL).context("a right choice")?;
            Answer::Choices(vec![token(if right { best } else { (best + 1) % choices.len() })?])
        }
        Body::MultipleAnswers { choices } => {
            let wanted = |c: &tutela_gift::Choice| (c.weight.units() > 0) == right;
            let picks: Vec<usize> = (0..choices.len()).filter(|&i| wanted(&choices[i])).collect();
            Answer::Choices(picks.into_iter().map(token).collect::<anyhow::Result<_>>()?)
        }
        Body::TrueFalse { answer, .. } => Answer::Choices(vec![token(usize::from(*answer != right))?]),
        Body::ShortAnswer { answers } => {
            let best = answers.iter().find(|c| c.weight == Weight::FULL).context("an accepted answer")?;
            Answer::Text(if right { best.text.text.clone() } else { "no idea".into() })
        }
        Body::Numerical { answers, .. } => {
            let value = match &answers.first().context("a number")?.value {
                tutela_gift::NumericValue::Exact { value, .. } => value.value(),
                tutela_gift::NumericValue::Range { min, .. } => min.value(),
            };
            Answer::Text(if right { value.to_string() } else { (value + 1e6).to_string() })
        }
        Body::Matching { pairs } => {
            // Items are the pairs with a question; a wrong answer shifts each by one.
            let items: Vec<usize> = (0..pairs.len()).filter(|&i| !pairs[i].question.text.is_empty()).collect();
            let mut answered = Vec::new();
            for (k, &item) in items.iter().enumerate() {
                let target = if right { item } else { items[(k + 1) % items.len()] };
                let placed = layout.answers.iter().find(|p| p.index == target).context("an answer laid out")?;
                answered.push((token(item)?, placed.token.clone()));
            }
            Answer::Pairs(answered)
        }
        Body::Essay => Answer::Text("A case I handled.".into()),
        Body::Description => bail!("a description was drawn"),
    };
    Ok(serde_json::to_string(&answer)?)
}

/// Splits work between [`TASKS`] tasks, round robin.
fn chunks<T>(items: Vec<T>) -> Vec<Vec<T>> {
    let mut shares: Vec<Vec<T>> = (0..TASKS).map(|_| Vec::new()).collect();
    for (i, item) in items.into_iter().enumerate() {
        shares[i % TASKS].push(item);
    }
    shares.retain(|s| !s.is_empty());
    shares
}
