//! `--analysis N`: item analysis over `N` final attempts. The attempts
//! are written straight into the tables (through the store, 100,000 would
//! take most of an hour at `bench/quiz`'s rates), through a connection of
//! our own on the same database: spread over the enrolled learners
//! (numbers 1, 2, ... per enrolment), each asking what the published
//! quiz's draws would ask, every answer marked right or wrong (each question has its
//! facility, each learner an ability, so better learners score better)
//! with the options chosen as grading would record them. Then the store's
//! `item_analysis` is timed, for everyone and for one institution.

use std::str::FromStr;
use std::time::{Duration, Instant};

use anyhow::Context;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sqlx::{Connection, PgConnection, SqliteConnection};
use tutela_app::ids::InstitutionId;
use tutela_app::store::prelude::*;
use tutela_gift::{Body, Weight};
use tutela_server::quiz::attempt::{Drawable, draw};

/// Attempts written by one statement (with their slots and choices by
/// two more); the values are integers written into the SQL text, so no
/// bound-parameter limit applies.
const CHUNK: usize = 500;

/// Timed runs of `item_analysis` each way; the median is printed.
const RUNS: usize = 5;

/// A mark in weight units: right (100 %) or wrong.
const FULL: i64 = 100 * Weight::UNIT as i64;

/// One connection of ours, to either database.
enum Conn {
    Sqlite(SqliteConnection),
    Postgres(PgConnection),
}

/// Runs `$body` with `$c` bound to the connection, whichever it is.
macro_rules! on {
    ($conn:expr, $c:ident => $body:expr) => {
        match $conn {
            Conn::Sqlite($c) => $body,
            Conn::Postgres($c) => $body,
        }
    };
}

impl Conn {
    async fn open(url: &str) -> anyhow::Result<Conn> {
        if url.starts_with("sqlite:") {
            let options = sqlx::sqlite::SqliteConnectOptions::from_str(url)?.busy_timeout(Duration::from_secs(30));
            Ok(Conn::Sqlite(SqliteConnection::connect_with(&options).await?))
        } else {
            Ok(Conn::Postgres(PgConnection::connect(url).await?))
        }
    }

    /// Runs statements as they are (no parameters, nothing prepared).
    async fn run(&mut self, sql: &str) -> anyhow::Result<()> {
        on!(self, c => sqlx::raw_sql(sql).execute(&mut *c).await.map(drop)?);
        Ok(())
    }
}

/// A question the published quiz may ask: its row, its category, and the
/// options chosen when it is answered right, and those a wrong answer
/// picks one of (none: a wrong answer chooses nothing).
struct Item {
    id: i64,
    category: Option<String>,
    description: bool,
    right: Vec<i64>,
    wrong: Vec<i64>,
    /// The share of average learners who answer it right.
    facility: f64,
}

/// The options chosen by a right and by a wrong answer, by index in the
/// question, as `attempt_choices` records them.
fn options(gift: &str) -> anyhow::Result<(Vec<i64>, Vec<i64>)> {
    let bank = tutela_gift::parse(gift).map_err(|_| anyhow::anyhow!("a stored question parses"))?;
    let body = &bank.questions.first().context("one question")?.body;
    let indices = |n: usize, keep: &dyn Fn(usize) -> bool| (0..n).filter(|&i| keep(i)).map(|i| i as i64).collect();
    Ok(match body {
        Body::MultipleChoice { choices } => (
            indices(choices.len(), &|i| choices[i].weight == Weight::FULL),
            indices(choices.len(), &|i| choices[i].weight != Weight::FULL),
        ),
        Body::MultipleAnswers { choices } => (
            indices(choices.len(), &|i| choices[i].weight.units() > 0),
            indices(choices.len(), &|i| choices[i].weight.units() <= 0),
        ),
        Body::TrueFalse { answer, .. } => (vec![i64::from(!*answer)], vec![i64::from(*answer)]),
        Body::ShortAnswer { answers } => (indices(answers.len(), &|i| answers[i].weight == Weight::FULL), Vec::new()),
        Body::Numerical { answers, .. } => (indices(answers.len(), &|i| answers[i].weight == Weight::FULL), Vec::new()),
        Body::Matching { pairs } => (indices(pairs.len(), &|i| !pairs[i].question.text.is_empty()), Vec::new()),
        Body::Essay | Body::Description => (Vec::new(), Vec::new()),
    })
}

/// Writes `attempts` final attempts at `course`'s published quiz, then
/// times `item_analysis`. Prints `name: value` lines.
pub async fn run(url: &str, store: &SharedStore, course: &str, attempts: usize) -> anyhow::Result<()> {
    let mut conn = Conn::open(url).await?;
    let postgres = matches!(conn, Conn::Postgres(_));
    let head = "FROM courses c JOIN published_versions pv ON pv.course_id = c.id \
                JOIN quizzes qz ON qz.course_version_id = pv.id WHERE c.slug = $1";
    let (version, pass_mark): (i64, i64) = on!(&mut conn, c => sqlx::query_as(&format!(
        "SELECT CAST(pv.id AS BIGINT), CAST(qz.pass_mark AS BIGINT) {head}"))
        .bind(course).fetch_one(&mut *c).await?);
    let questions: Vec<(i64, Option<String>, String, String)> = on!(&mut conn, c => sqlx::query_as(
        "SELECT CAST(q.id AS BIGINT), x.category, q.kind, q.gift FROM quiz_questions x \
         JOIN questions q ON q.id = x.question_id WHERE x.course_version_id = $1 ORDER BY x.position")
        .bind(version).fetch_all(&mut *c).await?);
    let draws: Vec<(String, i64)> = on!(&mut conn, c => sqlx::query_as(
        "SELECT category, CAST(how_many AS BIGINT) FROM quiz_draws WHERE course_version_id = $1 ORDER BY position")
        .bind(version).fetch_all(&mut *c).await?);
    // The enrolments in the course, each with its last attempt's number.
    let enrolments: Vec<(i64, i64)> = on!(&mut conn, c => sqlx::query_as(
        "SELECT CAST(e.id AS BIGINT), CAST(COALESCE(MAX(a.number), 0) AS BIGINT) FROM enrolments e \
         JOIN courses c ON c.id = e.course_id LEFT JOIN quiz_attempts a ON a.enrolment_id = e.id \
         WHERE c.slug = $1 GROUP BY e.id ORDER BY e.id")
        .bind(course).fetch_all(&mut *c).await?);
    let first_id: i64 = on!(&mut conn, c => sqlx::query_scalar(
        "SELECT CAST(COALESCE(MAX(id), 0) + 1 AS BIGINT) FROM quiz_attempts").fetch_one(&mut *c).await?);
    let institution: i64 = on!(&mut conn, c => sqlx::query_scalar(
        "SELECT CAST(id AS BIGINT) FROM institutions WHERE slug = 'demo-academy'").fetch_one(&mut *c).await?);
    anyhow::ensure!(!enrolments.is_empty(), "no learner is enrolled in {course}");

    let mut rng = StdRng::seed_from_u64(2026);
    let mut items = Vec::with_capacity(questions.len());
    for (id, category, kind, gift) in questions {
        let description = kind == "description";
        let (right, wrong) = if description { Default::default() } else { options(&gift)? };
        // Facilities spread evenly from 35 % (hard) to 95 % (easy).
        items.push(Item { id, category, description, right, wrong, facility: rng.random_range(0.35..0.95) });
    }
    let drawable: Vec<Drawable<'_>> =
        items.iter().map(|i| Drawable { category: i.category.as_deref(), description: i.description }).collect();
    let draws: Vec<(String, u32)> = draws.into_iter().map(|(c, n)| (c, u32::try_from(n).unwrap_or(0))).collect();
    // Each learner's ability shifts every facility by up to 25 points.
    let abilities: Vec<f64> = enrolments.iter().map(|_| rng.random_range(-0.25..0.25)).collect();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_secs() as i64;

    let started = Instant::now();
    let (mut slots_written, mut choices_written, mut passed) = (0usize, 0usize, 0usize);
    conn.run("BEGIN").await?;
    let overriding = if postgres { " OVERRIDING SYSTEM VALUE" } else { "" };
    let mut done = 0;
    while done < attempts {
        let count = CHUNK.min(attempts - done);
        let mut head = format!(
            "INSERT INTO quiz_attempts (id, enrolment_id, course_version_id, number, started_at, submitted_at, \
             closed_by, score, max_score, pending, result, percent){overriding} VALUES "
        );
        let mut slots = String::from("INSERT INTO attempt_slots (attempt_id, slot, question_id, layout, mark) VALUES ");
        let mut choices = String::from("INSERT INTO attempt_choices (attempt_id, slot, question_id, choice) VALUES ");
        let (mut any_slot, mut any_choice) = (false, false);
        for k in done..done + count {
            let id = first_id + k as i64;
            // Round robin: attempt k is enrolment k mod E's (k / E + 1)-th of ours.
            let which = k % enrolments.len();
            let (enrolment, last) = enrolments[which];
            let number = last + (k / enrolments.len()) as i64 + 1;
            let picked = draw(&drawable, &draws, true, &mut rng);
            let mut score = 0;
            for (slot, &index) in picked.iter().enumerate() {
                let item = &items[index];
                let right = rng.random_bool((item.facility + abilities[which]).clamp(0.02, 0.98));
                let mark = if right { FULL } else { 0 };
                score += mark;
                let slot = slot + 1;
                slots.push_str(&format!("{}({id},{slot},{},'{{}}',{mark})", if any_slot { "," } else { "" }, item.id));
                any_slot = true;
                slots_written += 1;
                let chosen = if right {
                    item.right.clone()
                } else if item.wrong.is_empty() {
                    Vec::new()
                } else {
                    vec![item.wrong[rng.random_range(0..item.wrong.len())]]
                };
                for choice in chosen {
                    choices.push_str(&format!(
                        "{}({id},{slot},{},{choice})",
                        if any_choice { "," } else { "" },
                        item.id
                    ));
                    any_choice = true;
                    choices_written += 1;
                }
            }
            let max_score = FULL * picked.len() as i64;
            let hundredths = if max_score > 0 { score * 10_000 / max_score } else { 0 };
            let result = if max_score > 0 && score * 100 >= pass_mark * max_score { "passed" } else { "failed" };
            passed += usize::from(result == "passed");
            let at = now - 86_400 + k as i64;
            head.push_str(&format!(
                "{}({id},{enrolment},{version},{number},{at},{},'learner',{score},{max_score},0,'{result}',{})",
                if k > done { "," } else { "" },
                at + 900,
                hundredths as f64 / 100.0
            ));
        }
        conn.run(&head).await?;
        if any_slot {
            conn.run(&slots).await?;
        }
        if any_choice {
            conn.run(&choices).await?;
        }
        done += count;
    }
    if postgres {
        conn.run("SELECT setval(pg_get_serial_sequence('quiz_attempts', 'id'), (SELECT MAX(id) FROM quiz_attempts))")
            .await?;
    }
    conn.run("COMMIT").await?;
    let took = started.elapsed().as_secs_f64();
    // PostgreSQL's autovacuum would soon gather statistics on the new
    // rows; gathered now. The store never runs ANALYZE on SQLite.
    if postgres {
        conn.run("ANALYZE").await?;
    }
    println!("analysis attempts: {attempts} ({passed} passed) over {} enrolments", enrolments.len());
    println!(
        "analysis rows inserted: {} ({attempts} attempts, {slots_written} slots, {choices_written} choices)",
        attempts + slots_written + choices_written
    );
    println!("analysis insert seconds: {took:.2}");

    for (name, institution) in [("all", None), ("institution", Some(InstitutionId(institution)))] {
        let mut times = Vec::with_capacity(RUNS);
        let mut counted = 0;
        for _ in 0..RUNS {
            let started = Instant::now();
            let analysis = store.item_analysis(course, institution).await?.context("the course has a quiz")?;
            times.push(started.elapsed().as_secs_f64() * 1000.0);
            counted = analysis.items.iter().map(|item| item.n).sum::<i64>();
        }
        times.sort_by(f64::total_cmp);
        anyhow::ensure!(
            counted as usize == slots_written,
            "item analysis counted {counted} answers, not {slots_written}"
        );
        println!("item analysis ms, {name}: {:.0}", times[RUNS / 2]);
        println!("item analysis ms, {name}, all runs: {times:.0?}");
    }
    Ok(())
}
