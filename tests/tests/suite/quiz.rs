//! Quizzes: a course's bank published with its version, question versions
//! kept across versions by fingerprint, and the bank written back as GIFT
//! (import → export → import gives the same questions, over every
//! question type). Each scenario runs on SQLite and PostgreSQL.

use std::path::Path;

use tutela_server::content::import;
use tutela_tests::{Backend, TestDb, on_both_backends, write};

on_both_backends!(
    a_bank_round_trips_through_import_and_export_with_every_question_type,
    a_changed_question_is_a_new_question_version_and_the_old_version_keeps_its_own,
);

/// Every GIFT question type and option (the parser's own fixture), its
/// `[html]` texts written in Markdown: Tutela refuses HTML in a bank.
fn every_type() -> String {
    include_str!("../../../gift/tests/fixtures/every-type.gift")
        .replace("[html]<p>Describe a case you handled.</p>", "[markdown]Describe a case you handled.")
        .replace("[html]<b>bold</b>", "[markdown]**bold**")
}

const QUIZ: &str = "pass_mark = 75\nattempts = 0\nreview = \"correctness\"\ntime_limit_minutes = 20\n\n\
                    [[draw]]\ncategory = \"Foundations/Terminology\"\ncount = 4\n\n\
                    [[draw]]\ncategory = \"Foundations/Escapes and formats\"\ncount = 1\n";

fn course(dir: &Path, bank: &str) {
    write(
        dir,
        "quiz-course/course.toml",
        "title = \"Quiz course\"\nsummary = \"S.\"\naudience = [\"judge\"]\nstage = \"in-service\"\nestimated_hours = 1\n",
    );
    write(dir, "quiz-course/01-only.md", "# Only lesson\n\nText.\n");
    write(dir, "quiz-course/quiz.toml", QUIZ);
    write(dir, "quiz-course/questions.gift", bank);
}

async fn a_bank_round_trips_through_import_and_export_with_every_question_type(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    let content = tempfile::tempdir().unwrap();
    course(content.path(), &every_type());
    import(store.as_ref(), content.path()).await.expect("the bank imports");

    let stored = store.quiz("quiz-course", None).await.unwrap().expect("published with its quiz");
    assert_eq!(stored.version_no, 1);
    let quiz = &stored.quiz;
    assert_eq!((quiz.pass_mark, quiz.attempts, quiz.wait_minutes, quiz.time_limit_minutes), (75, 0, 0, Some(20)));
    assert!(quiz.shuffle, "shuffled unless it says otherwise");
    assert_eq!(quiz.review, tutela_app::store::QuizReview::Correctness);
    assert_eq!(quiz.draws.iter().map(|d| d.how_many).collect::<Vec<_>>(), [4, 1]);

    let source = tutela_gift::parse(&every_type()).unwrap();
    assert_eq!(quiz.questions.len(), source.questions.len());
    let exported = tutela_server::quiz::bank_gift(quiz).unwrap();
    let again = tutela_gift::parse(&exported).unwrap_or_else(|e| panic!("the export reads back: {e:?}\n{exported}"));
    assert_eq!(again.without_lines(), source.without_lines(), "import → export gives the same questions");
    // No answer key is lost or added: each stored question, read again, is
    // the source's question (its fingerprint computed afresh).
    for (stored, source) in quiz.questions.iter().zip(&source.questions) {
        let again = tutela_gift::parse(&stored.gift).unwrap().questions.remove(0);
        assert_eq!(again.fingerprint(), source.fingerprint(), "{}", stored.gift);
        assert_eq!(stored.fingerprint, source.fingerprint().to_string());
        assert!(!format!("{stored:?}").contains(&stored.gift), "Debug leaves the answer key out");
    }

    // And the export imports again: other bytes (comments gone), so a new
    // version of the course, but every question the same question version.
    let content = tempfile::tempdir().unwrap();
    course(content.path(), &exported);
    let report = import(store.as_ref(), content.path()).await.unwrap();
    assert_eq!(report.changed, ["quiz-course"], "{report:?}");
    let second = store.quiz("quiz-course", None).await.unwrap().unwrap();
    assert_eq!((second.version_no, &second.question_ids), (2, &stored.question_ids), "the same question versions");
}

async fn a_changed_question_is_a_new_question_version_and_the_old_version_keeps_its_own(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    let content = tempfile::tempdir().unwrap();
    course(content.path(), &every_type());
    import(store.as_ref(), content.path()).await.unwrap();
    let first = store.quiz("quiz-course", None).await.unwrap().unwrap();

    // One answer key changes; one question only gets a new title.
    let changed = every_type()
        .replace("What does CSEA stand for? {", "What does CSEA mean? {")
        .replace("::Year::", "::The year::");
    assert_ne!(changed, every_type());
    course(content.path(), &changed);
    let report = import(store.as_ref(), content.path()).await.unwrap();
    assert_eq!(report.changed, ["quiz-course"], "a changed bank is a new version of the course");
    let second = store.quiz("quiz-course", None).await.unwrap().unwrap();
    assert_eq!(second.version_no, 2);

    let differing: Vec<usize> =
        (0..first.question_ids.len()).filter(|&i| first.question_ids[i] != second.question_ids[i]).collect();
    assert_eq!(differing.len(), 1, "only the reworded question is a new question version: {differing:?}");
    let retitled = first.quiz.questions.iter().position(|q| q.title.as_deref() == Some("Year")).unwrap();
    assert!(!differing.contains(&retitled), "a new title keeps the question version");
    assert_eq!(second.quiz.questions[retitled].title.as_deref(), Some("The year"), "the version's own title");

    // Version 1 still exports its own questions.
    let old = store.quiz("quiz-course", Some(1)).await.unwrap().unwrap();
    let old_bank = tutela_server::quiz::bank_gift(&old.quiz).unwrap();
    assert!(old_bank.contains("What does CSEA stand for?") && !old_bank.contains("What does CSEA mean?"));
    assert!(store.quiz("quiz-course", Some(3)).await.unwrap().is_none(), "no version 3");
    assert!(store.quiz("no-such-course", None).await.unwrap().is_none());
}
