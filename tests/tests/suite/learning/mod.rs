//! Learning: enrolment, progress, completion, the learner's home and
//! transcript, HR's assignments. `store.rs` holds the store to the rules
//! (both backends, the manual clock); `pages.rs` the pages and forms.

mod pages;
mod races;
mod store;

use std::path::Path;

use tutela_app::ids::{InstitutionId, PersonId};
use tutela_app::store::{NewPerson, SharedStore};
use tutela_server::clock::Clock;
use tutela_tests::{Backend, TestDb, write};

/// 2025-06-01 00:00 UTC.
pub const JUNE_2025: i64 = 1_748_736_000;
/// 2026-01-15 00:00 UTC.
pub const JANUARY_2026: i64 = 1_768_435_200;
/// One day.
pub const DAY: i64 = 86_400;

/// A small curriculum: `alpha` (prosecutors, three lessons, 2 hours),
/// `beta` (judges, two lessons), `gamma` (judges, open to all, one lesson,
/// 1.5 hours) and `formula`, open to all, whose title a spreadsheet would
/// run as a formula.
pub fn courses(dir: &Path) {
    course(dir, "alpha", "Alpha course", "prosecutor", false, 2.0, &["one", "two", "three"]);
    course(dir, "beta", "Beta course", "judge", false, 3.0, &["first", "second"]);
    course(dir, "gamma", "Gamma course", "judge", true, 1.5, &["only"]);
    course(dir, "formula", "=HYPERLINK(\"http://x.example\",\"pay\")", "judge", true, 1.0, &["sum"]);
}

pub fn course(dir: &Path, slug: &str, title: &str, audience: &str, open: bool, hours: f64, lessons: &[&str]) {
    let title = title.replace('"', "\\\"");
    write(
        dir,
        &format!("{slug}/course.toml"),
        &format!(
            "title = \"{title}\"\nsummary = \"What {slug} teaches.\"\naudience = [\"{audience}\"]\n\
             stage = \"pre-service\"\nestimated_hours = {hours}\nopen = {open}\n"
        ),
    );
    write(dir, &format!("{slug}/01-main/module.toml"), "title = \"Main\"\n");
    for (n, lesson) in lessons.iter().enumerate() {
        write(
            dir,
            &format!("{slug}/01-main/{:02}-{lesson}.md", n + 1),
            &format!("# Lesson {lesson}\n\n## Learning objectives\n\n- know {lesson}\n\nThe text of {lesson}.\n"),
        );
    }
}

/// Imports the curriculum in `dir`.
pub async fn import(store: &SharedStore, dir: &Path) {
    tutela_server::content::import(store.as_ref(), dir).await.expect("the test courses import");
}

/// A database with the demo institution and the small curriculum, its
/// store on a manual clock, and the content folder (to publish new versions).
pub async fn setup(
    backend: Backend,
    at: i64,
) -> Option<(TestDb, SharedStore, Clock, tempfile::TempDir, InstitutionId)> {
    let db = TestDb::create(backend).await?;
    let clock = Clock::manual(at);
    let store = db.store_at(clock.clone()).await;
    tutela_server::demo::ensure(store.as_ref()).await.expect("demo data");
    let dir = tempfile::tempdir().expect("a content folder");
    courses(dir.path());
    import(&store, dir.path()).await;
    let institution = store.institution_id("demo-academy").await.expect("read").expect("the demo institution");
    Some((db, store, clock, dir, institution))
}

/// A person of the demo institution (no account) in a cadre and unit.
pub async fn person(store: &SharedStore, staff: &str, cadre: &str, unit: &str, hired: &str) -> PersonId {
    let person = NewPerson {
        institution_slug: "demo-academy".into(),
        staff_number: staff.into(),
        given_name: "Test".into(),
        family_name: staff.into(),
        email: None,
        cadre_slug: cadre.into(),
        unit_code: unit.into(),
        hire_date: hired.into(),
    };
    store.create_person(&person, "test").await.expect("create a person")
}
