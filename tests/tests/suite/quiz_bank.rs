//! A course's question bank uploaded in the browser, over HTTP on both
//! backends: an author previews a file (counts, questions added, changed,
//! unchanged and removed, texts rendered and sanitised) and publishes it
//! as a new version (its quiz the new bank, the old version's lessons,
//! unstarted enrolments moved, translations carried, an audit entry); a
//! file with problems shows each with its line and cannot be applied; a
//! stale, expired or applied upload is refused with nothing written; the
//! form's limits (empty, too large, not UTF-8), its token, and who may
//! (authors on the whole deployment and deployment administrators; 403
//! for the others, sign-in for nobody, 404 for another author's upload;
//! `quiz_bank_scope.rs` has who grants that role). Then `tutela import`:
//! an unchanged folder keeps the uploaded bank, a changed one is refused
//! until its questions are the published bank's.

use sha2::Digest;

use crate::attempts::{BANK, Settings, quiz_course};
use crate::learning::{DAY, JANUARY_2026, setup};
use tutela_app::ids::{AccountId, PersonId};
use tutela_app::model::{AuditAction, RecordType};
use tutela_app::store::{BankApply, NewBankUpload, Refusal, Role, SharedStore, StoreError};
use tutela_server::content::{ImportError, import};
use tutela_tests::{Backend, TestServer, Visitor, on_both_backends, write};

on_both_backends!(
    an_author_previews_a_bank_and_publishes_it_as_a_new_version,
    a_bank_with_problems_or_past_its_time_is_refused_and_nothing_is_written,
    the_import_keeps_an_uploaded_bank_until_the_folder_holds_it,
    a_publication_planned_before_an_apply_is_refused_and_nothing_is_written,
);

pub(crate) const PASSWORD: &str = "question bank pass phrase";

/// A person of the demo institution with an account and, if given, a role
/// on a unit (None: the whole deployment).
pub(crate) async fn account(
    store: &SharedStore,
    staff: &str,
    cadre: &str,
    unit: &str,
    role: Option<(Role, Option<&str>)>,
) -> (PersonId, AccountId) {
    let hash = tutela_server::auth::password::hash(PASSWORD.into()).await.unwrap();
    let person = tutela_app::store::NewPerson {
        institution_slug: "demo-academy".into(),
        staff_number: staff.into(),
        given_name: "Bank".into(),
        family_name: staff.into(),
        email: None,
        cadre_slug: cadre.into(),
        unit_code: unit.into(),
        hire_date: "2020-01-01".into(),
    };
    let id = store.create_person(&person, "test").await.unwrap();
    let account = store.create_account(id, Some(&hash), "test").await.unwrap();
    if let Some((role, scope)) = role {
        store.grant_role(account, role, scope, "test").await.unwrap();
    }
    (id, account)
}

pub(crate) async fn signed_in(server: &TestServer, login: &str) -> (Visitor, String) {
    let visitor = Visitor::new(server);
    assert_eq!(visitor.sign_in(login, PASSWORD).await.status, 303, "{login} signs in");
    let csrf = visitor.get("/account").await.csrf();
    (visitor, csrf)
}

/// [`BANK`] with the multiple-choice question reworded (same ID number:
/// changed), the true/false one gone (removed) and a new one in its
/// category (added), whose Markdown text carries a hostile link.
pub(crate) fn new_bank() -> String {
    let without_tf =
        BANK.replace("// [id:tf]\n::TF:: The sky is green (TF-TEXT). {F#FEEDBACK-TF-WRONG#FEEDBACK-TF-RIGHT}\n\n", "");
    assert_ne!(without_tf, BANK, "the true/false question is taken out");
    without_tf.replace("(MC-TEXT)", "(MC-TEXT reworded)").replace(
        "$CATEGORY: two",
        "::NEW:: [markdown]**Bold** and [a link](javascript:alert(1)) (NEW-TEXT) {T}\n\n$CATEGORY: two",
    )
}

/// Uploads `bank` as `file_name`; the preview's address on success.
pub(crate) async fn upload(visitor: &Visitor, csrf: &str, file_name: &str, bank: Vec<u8>) -> tutela_tests::Reply {
    visitor.post_file("/quiz/bank/qz", &[("csrf", csrf)], ("file", file_name, bank)).await
}

/// The published version of `qz`.
/// The course `qz` under `dir` with a French translation: its
/// `[translations.fr]` table holds `table`, and its one lesson is translated.
fn translated(dir: &std::path::Path, table: &str) {
    let course_toml = std::fs::read_to_string(dir.join("qz/course.toml")).unwrap();
    write(dir, "qz/course.toml", &format!("{course_toml}\n[translations.fr]\n{table}\n"));
    write(dir, "qz/01-main/01-first.fr.md", "# Leçon first\n\nLe texte.\n");
}

pub(crate) async fn published(store: &SharedStore) -> i64 {
    store.course("qz").await.unwrap().unwrap().version_no
}

async fn an_author_previews_a_bank_and_publishes_it_as_a_new_version(backend: Backend) {
    let Some((db, store, clock, dir, _)) = setup(backend, JANUARY_2026).await else { return };
    quiz_course(dir.path(), &Settings::default());
    // A French translation of the course, of version 1.
    translated(dir.path(), "title = \"Cours de quiz\"\nsummary = \"En français.\"\nstatus = \"needs-review\"");
    crate::attempts::import(&store, dir.path()).await;
    assert_eq!(store.course_translations("qz").await.unwrap()[0].translates, 1);
    let hashes = store.published_hashes().await.unwrap();
    let (learner, _) = account(&store, "J-LEARN", "judge", "north-court", None).await;
    store.enrol_self(learner, "qz", "test").await.unwrap();
    account(&store, "AUTHOR", "social-worker", "hq", Some((Role::Author, None))).await;
    let auth = tutela_server::auth::AuthConfig { clock, attempts_per_minute: 1000, ..Default::default() };
    let server = TestServer::serve_with(db, store.clone(), auth).await;
    let (author, csrf) = signed_in(&server, "AUTHOR").await;

    // The trainers' quiz pages link the upload page; it offers the bank as GIFT and the form.
    assert!(author.get("/quiz/analysis").await.body.contains(r#"href="/quiz/bank/qz""#));
    let page = author.get("/quiz/bank/qz").await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains(r#"href="/quiz/bank/qz/questions.gift""#) && page.body.contains("multipart/form-data"));
    let gift = author.get("/quiz/bank/qz/questions.gift").await;
    assert_eq!(gift.status, 200);
    assert_eq!(tutela_gift::parse(&gift.body).expect("the published bank as GIFT").questions.len(), 7);

    // The upload is kept and the browser sent to its preview; nothing is published yet.
    let sent = upload(&author, &csrf, "bank <b>new</b>.gift", new_bank().into_bytes()).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let preview_path = sent.header("location").unwrap().to_string();
    assert!(preview_path.starts_with("/quiz/bank/qz/"), "{preview_path}");
    let preview = author.get(&preview_path).await;
    assert_eq!(preview.status, 200, "{}", preview.body);
    for (label, count) in
        [("Questions in the file", 7), ("Added", 1), ("Changed", 1), ("Unchanged", 5), ("Removed", 1), ("Problems", 0)]
    {
        assert!(preview.body.contains(&format!("<dt>{label}</dt><dd>{count}</dd>")), "{label}: {}", preview.body);
    }
    assert!(
        preview.body.contains("bank &lt;b&gt;new&lt;/b&gt;.gift") && !preview.body.contains("<b>new</b>"),
        "the file name escaped"
    );
    assert!(preview.body.contains("<strong>Bold</strong>"), "the new text rendered from Markdown");
    assert!(!preview.body.contains("href=\"javascript:"), "and sanitised");
    assert!(preview.words().contains("<td>Removed</td><td>TF</td>"), "the question removed is named");
    for key in ["FEEDBACK-", "=Lanzarote", "%50%"] {
        assert!(!preview.body.contains(key), "no answer key in the preview: {key}");
    }
    assert_eq!(published(&store).await, 1);
    let apply = format!("{preview_path}/apply");
    assert!(preview.body.contains(&format!(r#"action="{apply}""#)), "the apply form");

    // Without the form's token: refused, nothing written.
    assert_eq!(author.post(&apply, &[]).await.status, 403);
    assert_eq!(published(&store).await, 1);

    let applied = author.post(&apply, &[("csrf", &csrf)]).await;
    assert_eq!(applied.status, 303, "{}", applied.body);
    let after = author.get(&preview_path).await;
    assert!(after.body.contains("Published as version 2 of the course"), "{}", after.body);
    assert!(!after.body.contains(&format!(r#"action="{apply}""#)), "no second apply button");
    assert_eq!(author.post(&apply, &[("csrf", &csrf)]).await.status, 409, "applied once");

    // Version 2: version 1's lessons and content hash, the new bank, the same settings.
    assert_eq!(published(&store).await, 2);
    assert_eq!(store.published_hashes().await.unwrap(), hashes, "the folder's hash is kept");
    let outline = store.course("qz").await.unwrap().unwrap();
    assert_eq!(outline.modules[0].lessons.len(), 2);
    let quiz = store.quiz("qz", None).await.unwrap().unwrap();
    assert_eq!(quiz.version_no, 2);
    let (questions, _) = tutela_server::content::quiz::read_bank_text("x.gift", &new_bank());
    let wanted: std::collections::BTreeSet<String> =
        questions.iter().map(|(_, q)| q.fingerprint().to_string()).collect();
    let got: std::collections::BTreeSet<String> = quiz.quiz.questions.iter().map(|q| q.fingerprint.clone()).collect();
    assert_eq!(got, wanted, "its quiz is the uploaded bank");
    let old = store.quiz("qz", Some(1)).await.unwrap().unwrap();
    assert_eq!((quiz.quiz.pass_mark, quiz.quiz.draws.clone()), (old.quiz.pass_mark, old.quiz.draws.clone()));
    let unchanged = old.question_ids.iter().filter(|id| quiz.question_ids.contains(id)).count();
    assert_eq!(unchanged, 5, "question versions reused by fingerprint");
    assert_eq!(store.uploaded_banks().await.unwrap().get("qz").map(|(v, _)| *v), Some(2));
    // The translation translated version 1, whose lessons version 2 keeps.
    assert_eq!(store.course_translations("qz").await.unwrap()[0].translates, 2, "the translation is carried");
    let french_outline = author.get("/courses/qz?lang=fr").await;
    let stale = ["Translation of version", "Traduction de la version"];
    assert!(!stale.iter().any(|s| french_outline.body.contains(s)), "not out of date: {}", french_outline.body);

    // The learner had not started: their attempt draws from the new bank.
    let attempt = store.start_attempt(learner, "qz").await.unwrap();
    let record = store.attempt(learner, attempt).await.unwrap().unwrap();
    let drawn: String = record.slots.iter().map(|s| s.gift.clone()).collect();
    assert!(drawn.contains("NEW-TEXT") && drawn.contains("MC-TEXT reworded") && !drawn.contains("TF-TEXT"), "{drawn}");

    let entries: Vec<_> = store
        .audit_entries(0, 1000)
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.entry.action == AuditAction::QuizBank)
        .collect();
    assert_eq!(entries.len(), 1, "the publication is audited");
    assert_eq!(entries[0].entry.record_type, RecordType::Course);
    let changes: serde_json::Value = serde_json::from_str(&entries[0].entry.changes).unwrap();
    assert_eq!(
        (changes["version"].as_i64(), changes["added"].as_i64(), changes["changed"].as_i64()),
        (Some(2), Some(1), Some(1))
    );
    assert_eq!((changes["removed"].as_i64(), changes["course"].as_str()), (Some(1), Some("qz")));
    let sha256 = hex::encode(sha2::Sha256::digest(new_bank().as_bytes()));
    assert_eq!(changes["sha256"].as_str(), Some(sha256.as_str()), "the file's digest");
    // The key downloaded (once, above): on the record, with the version.
    let exports: Vec<_> = store
        .audit_entries(0, 1000)
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.entry.action == AuditAction::QuizExport)
        .collect();
    assert_eq!(exports.len(), 1, "the download is audited");
    let export: serde_json::Value = serde_json::from_str(&exports[0].entry.changes).unwrap();
    assert_eq!((export["course"].as_str(), export["version"].as_i64()), (Some("qz"), Some(1)));
    assert!(exports[0].entry.actor.starts_with("account:"), "{}", exports[0].entry.actor);
    server.stop().await;
}

async fn a_bank_with_problems_or_past_its_time_is_refused_and_nothing_is_written(backend: Backend) {
    let Some((db, store, clock, dir, _)) = setup(backend, JANUARY_2026).await else { return };
    quiz_course(dir.path(), &Settings::default());
    crate::attempts::import(&store, dir.path()).await;
    account(&store, "AUTHOR", "social-worker", "hq", Some((Role::Author, None))).await;
    let (author_two, _) = account(&store, "AUTHOR-2", "social-worker", "north", Some((Role::Author, None))).await;
    account(&store, "UNIT-AUTHOR", "social-worker", "hq", Some((Role::Author, Some("hq")))).await;
    account(&store, "ADMIN", "social-worker", "hq", Some((Role::Admin, None))).await;
    account(&store, "REVIEWER", "social-worker", "hq", Some((Role::Reviewer, Some("hq")))).await;
    account(&store, "HR", "social-worker", "north", Some((Role::Hr, Some("north")))).await;
    account(&store, "LEARNER", "judge", "north-court", None).await;
    let auth =
        tutela_server::auth::AuthConfig { clock: clock.clone(), attempts_per_minute: 1000, ..Default::default() };
    let server = TestServer::serve_with(db, store.clone(), auth).await;

    // Who may: authors on the whole deployment and deployment administrators; the others (an
    // author on a unit too) are refused, nobody signs in.
    for login in ["UNIT-AUTHOR", "REVIEWER", "HR", "LEARNER"] {
        let (visitor, csrf) = signed_in(&server, login).await;
        assert_eq!(visitor.get("/quiz/bank/qz").await.status, 403, "{login}");
        assert_eq!(upload(&visitor, &csrf, "q.gift", new_bank().into_bytes()).await.status, 403, "{login}");
        assert_eq!(visitor.get("/quiz/bank/qz/questions.gift").await.status, 403, "{login}");
    }
    let anonymous = Visitor::new(&server);
    let refused = anonymous.get("/quiz/bank/qz").await;
    assert!(refused.status == 303 && refused.header("location").is_some_and(|l| l.starts_with("/sign-in")));
    let (admin, admin_csrf) = signed_in(&server, "ADMIN").await;
    assert_eq!(admin.get("/quiz/bank/qz").await.status, 200);

    // A course without quiz settings: no form, and an upload is refused.
    let (author, csrf) = signed_in(&server, "AUTHOR").await;
    let alpha = author.get("/quiz/bank/alpha").await;
    assert_eq!(alpha.status, 200);
    assert!(alpha.body.contains("no quiz settings") && !alpha.body.contains("multipart/form-data"), "{}", alpha.body);
    let to_alpha =
        author.post_file("/quiz/bank/alpha", &[("csrf", &csrf)], ("file", "q.gift", new_bank().into_bytes())).await;
    assert_eq!(to_alpha.status, 409);
    assert_eq!(author.get("/quiz/bank/nowhere").await.status, 404);

    // The form's limits, each with its words; nothing kept.
    let empty = upload(&author, &csrf, "q.gift", Vec::new()).await;
    assert!(empty.status == 422 && empty.body.contains("Choose a GIFT file"), "{}", empty.status);
    let latin1 = upload(&author, &csrf, "q.gift", b"::Q:: Caf\xe9? {T}\n".to_vec()).await;
    assert!(latin1.status == 422 && latin1.body.contains("not UTF-8 text"), "{}", latin1.status);
    let mut big = new_bank().into_bytes();
    big.resize(2 * 1024 * 1024 + 100, b'\n');
    let too_large = upload(&author, &csrf, "q.gift", big).await;
    assert!(too_large.status == 413 && too_large.body.contains("larger than 2 MiB"), "{}", too_large.status);
    // A body past the request's limit, its token unread: the form alone, none of the bank's facts.
    let mut bigger = new_bank().into_bytes();
    bigger.resize(2 * 1024 * 1024 + 128 * 1024, b'\n');
    let unread = upload(&author, "forged", "q.gift", bigger).await;
    assert!(unread.status == 413 && unread.body.contains("larger than 2 MiB"), "{}", unread.status);
    for fact in ["questions.gift\"", "Its bank holds", "What an attempt draws", "from the category"] {
        assert!(too_large.body.contains(fact) && !unread.body.contains(fact), "{fact}: {}", unread.body);
    }
    let forged =
        author.post_file("/quiz/bank/qz", &[("csrf", "forged")], ("file", "q.gift", new_bank().into_bytes())).await;
    assert_eq!(forged.status, 403, "the form's token");

    // Problems, each with its line; the hostile text is an error, never rendered.
    let bad = "$CATEGORY: one\n\n::A:: Unclosed {=yes ~no\n\n::B:: No right answer {~a ~b}\n\n\
               ::C:: Over a hundred {~%60%a ~%60%b ~c}\n\n::D:: Run <script>alert(1)</script> (D-TEXT) {T}\n";
    let sent = upload(&author, &csrf, "bad.gift", bad.as_bytes().to_vec()).await;
    assert_eq!(sent.status, 303);
    let bad_path = sent.header("location").unwrap().to_string();
    let preview = author.get(&bad_path).await;
    assert_eq!(preview.status, 200);
    for line in [3, 5, 7, 9] {
        assert!(
            preview.words().contains(&format!("<td>bad.gift</td><td>{line}</td>")),
            "line {line}: {}",
            preview.body
        );
    }
    assert!(preview.body.contains("HTML in the question"), "the tag is the import's error");
    assert!(!preview.body.contains("<script>"), "never rendered");
    assert!(preview.words().contains("draw 3 question(s) from `one`"), "the draws are held to the settings");
    assert!(!preview.body.contains(&format!(r#"action="{bad_path}/apply""#)), "no apply button");
    assert_eq!(author.post(&format!("{bad_path}/apply"), &[("csrf", &csrf)]).await.status, 409);
    assert_eq!(published(&store).await, 1);

    // Someone else's upload is not found, even for another author.
    let (other, other_csrf) = signed_in(&server, "AUTHOR-2").await;
    assert_eq!(other.get(&bad_path).await.status, 404);
    assert_eq!(other.post(&format!("{bad_path}/apply"), &[("csrf", &other_csrf)]).await.status, 404);
    // An author enrolled in the course reads nothing of its bank (its answer key).
    store.enrol_self(author_two, "qz", "test").await.unwrap();
    assert_eq!(other.get("/quiz/bank/qz").await.status, 403);
    assert_eq!(other.get("/quiz/bank/qz/questions.gift").await.status, 403);
    assert_eq!(upload(&other, &other_csrf, "q.gift", new_bank().into_bytes()).await.status, 403);

    // Stale: another version published after the preview.
    let good =
        upload(&author, &csrf, "good.gift", new_bank().into_bytes()).await.header("location").unwrap().to_string();
    let expiring =
        upload(&admin, &admin_csrf, "good.gift", new_bank().into_bytes()).await.header("location").unwrap().to_string();
    assert!(author.get(&good).await.body.contains(&format!(r#"action="{good}/apply""#)));
    // One open upload per account and course: the new one replaced the author's earlier one
    // (whose id SQLite may give the new one: then its address shows the new file).
    let replaced = author.get(&bad_path).await;
    assert!(replaced.status == 404 || bad_path == good, "{}", replaced.status);
    assert!(!replaced.body.contains("bad.gift"), "replaced");
    write(
        dir.path(),
        "qz/01-main/01-first.md",
        "# Lesson first\n\n## Learning objectives\n\n- know it\n\nNew words.\n",
    );
    crate::attempts::import(&store, dir.path()).await;
    assert_eq!(published(&store).await, 2);
    let stale = author.post(&format!("{good}/apply"), &[("csrf", &csrf)]).await;
    assert_eq!(stale.status, 409);
    assert!(stale.body.contains("newer version"), "{}", stale.body);
    assert_eq!(published(&store).await, 2, "nothing written");
    assert!(store.uploaded_banks().await.unwrap().is_empty());

    // Past 7 days: refused, then swept.
    clock.advance(8 * DAY);
    let (admin, admin_csrf) = signed_in(&server, "ADMIN").await;
    let expired = admin.post(&format!("{expiring}/apply"), &[("csrf", &admin_csrf)]).await;
    assert_eq!(expired.status, 409);
    assert!(expired.body.contains("more than 7 days old"), "{}", expired.body);
    assert_eq!(tutela_server::roster::forget_stale_uploads(store.as_ref(), clock.now()).await.unwrap(), 2);
    assert_eq!(admin.get(&expiring).await.status, 404, "deleted");
    // Swept between the handler's read and the apply's transaction: refused (409), not a failure.
    let swept: tutela_app::ids::UploadId = expiring.rsplit('/').next().unwrap().parse().unwrap();
    let based = store.quiz("qz", None).await.unwrap().unwrap();
    let apply = BankApply {
        upload_id: swept,
        course_slug: "qz",
        based_on: 2,
        created_after: 0,
        quiz: &based.quiz,
        changes: serde_json::json!({}),
        actor: "test",
    };
    let refused = store.apply_bank_upload(&apply).await;
    assert!(matches!(refused, Err(StoreError::Refused(Refusal::BankUnusable))), "{refused:?}");
    // An upload id that is not a number: the not-found page, not a bare 400.
    let not_a_number = admin.post("/quiz/bank/qz/abc/apply", &[("csrf", &admin_csrf)]).await;
    assert_eq!(not_a_number.status, 404);
    assert!(not_a_number.body.contains("<main"), "{}", not_a_number.body);
    server.stop().await;
}

async fn the_import_keeps_an_uploaded_bank_until_the_folder_holds_it(backend: Backend) {
    let Some((_db, store, _clock, dir, _)) = setup(backend, JANUARY_2026).await else { return };
    quiz_course(dir.path(), &Settings::default());
    // A French translation that says which version it translates.
    translated(dir.path(), "title = \"Cours\"\nsummary = \"En français.\"\nstatus = \"reviewed\"\ntranslates = 1");
    crate::attempts::import(&store, dir.path()).await;
    let translates = || {
        let store = store.clone();
        async move { store.course_translations("qz").await.unwrap()[0].translates }
    };
    let (_, account_id) = account(&store, "AUTHOR", "social-worker", "hq", Some((Role::Author, None))).await;
    let upload = NewBankUpload {
        course_slug: "qz".into(),
        based_on: 1,
        account_id,
        file_name: "new.gift".into(),
        content: new_bank().into_bytes(),
    };
    let id = store.save_bank_upload(&upload).await.unwrap();
    let based = store.quiz("qz", Some(1)).await.unwrap().unwrap();
    let preview = tutela_server::quiz::bank::preview("new.gift", &new_bank(), &based.quiz);
    let quiz = preview.to_quiz(&based.quiz).expect("no problem");
    let apply = BankApply {
        upload_id: id,
        course_slug: "qz",
        based_on: 1,
        created_after: 0,
        quiz: &quiz,
        changes: serde_json::json!({}),
        actor: "test",
    };
    assert_eq!(store.apply_bank_upload(&apply).await.unwrap(), 2);

    assert_eq!(translates().await, 2, "version 2 has version 1's lessons");

    // The folder unchanged since: unchanged, the uploaded bank kept, and
    // `translates = 1` read as the versions with version 1's lessons.
    let report = import(store.as_ref(), dir.path()).await.unwrap();
    assert_eq!(report.unchanged.iter().filter(|s| *s == "qz").count(), 1, "{report}");
    assert!(report.translated.is_empty(), "{report}");
    assert_eq!(published(&store).await, 2);
    assert_eq!(translates().await, 2);

    // The folder changed, its bank not the published one: refused, nothing written.
    write(
        dir.path(),
        "qz/01-main/01-first.md",
        "# Lesson first\n\n## Learning objectives\n\n- know it\n\nNew words.\n",
    );
    let generation = store.content_generation().await.unwrap();
    let Err(ImportError::Invalid(problems)) = import(store.as_ref(), dir.path()).await else {
        panic!("a changed folder would undo the uploaded bank")
    };
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].file.ends_with("qz/quiz.toml"), "{}", problems[0]);
    let words = problems[0].to_string();
    assert!(words.contains("version 2 was uploaded in the browser on 2026-01-15"), "{words}");
    assert!(words.contains("tutela quiz export --course qz >") && words.contains("questions.gift"), "{words}");
    assert_eq!((published(&store).await, store.content_generation().await.unwrap()), (2, generation));

    // The folder holds the bank's questions but one renamed: not the uploaded bank, refused.
    let stored = store.quiz("qz", None).await.unwrap().unwrap();
    let exported = tutela_server::quiz::bank_gift(&stored.quiz).unwrap();
    assert!(exported.contains("::NEW::"), "{exported}");
    write(dir.path(), "qz/questions.gift", &exported.replace("::NEW::", "::RENAMED::"));
    let Err(ImportError::Invalid(problems)) = import(store.as_ref(), dir.path()).await else {
        panic!("a renamed question would undo the uploaded bank's title")
    };
    assert!(problems[0].to_string().contains("uploaded in the browser"), "{}", problems[0]);
    assert_eq!(published(&store).await, 2);

    // The author brings the bank into the folder: published as usual.
    write(dir.path(), "qz/questions.gift", &tutela_server::quiz::bank_gift(&stored.quiz).unwrap());
    let report = import(store.as_ref(), dir.path()).await.unwrap();
    assert!(report.changed.contains(&"qz".to_string()), "{report}");
    assert_eq!(published(&store).await, 3);
    assert!(store.uploaded_banks().await.unwrap().is_empty(), "version 3's bank is the folder's");
    assert_eq!(translates().await, 1, "version 3's lessons changed: the translation is of version 1 again");
    let fingerprints = |quiz: &tutela_app::store::StoredQuiz| {
        quiz.quiz.questions.iter().map(|q| q.fingerprint.clone()).collect::<std::collections::BTreeSet<_>>()
    };
    assert_eq!(fingerprints(&store.quiz("qz", None).await.unwrap().unwrap()), fingerprints(&stored));
}

/// Applies [`new_bank`] to `qz` (version 1) as `account_id`: version 2.
async fn apply_new_bank(store: &SharedStore, account_id: AccountId) {
    let upload = NewBankUpload {
        course_slug: "qz".into(),
        based_on: 1,
        account_id,
        file_name: "new.gift".into(),
        content: new_bank().into_bytes(),
    };
    let id = store.save_bank_upload(&upload).await.unwrap();
    let based = store.quiz("qz", Some(1)).await.unwrap().unwrap();
    let quiz = tutela_server::quiz::bank::preview("new.gift", &new_bank(), &based.quiz).to_quiz(&based.quiz).unwrap();
    let apply = BankApply {
        upload_id: id,
        course_slug: "qz",
        based_on: 1,
        created_after: 0,
        quiz: &quiz,
        changes: serde_json::json!({}),
        actor: "test",
    };
    assert_eq!(store.apply_bank_upload(&apply).await.unwrap(), 2);
}

/// An import reads the published versions, then a bank is applied in the
/// browser before it publishes: its publication is refused in words, and
/// nothing is written (the uploaded bank stays published).
async fn a_publication_planned_before_an_apply_is_refused_and_nothing_is_written(backend: Backend) {
    let Some((_db, store, _clock, dir, _)) = setup(backend, JANUARY_2026).await else { return };
    quiz_course(dir.path(), &Settings::default());
    crate::attempts::import(&store, dir.path()).await;
    let (_, account_id) = account(&store, "AUTHOR", "social-worker", "hq", Some((Role::Author, None))).await;
    // The import's plan: qz at version 1, its folder changed.
    let planned = store.published_version_numbers().await.unwrap();
    assert_eq!(planned.get("qz"), Some(&1));
    write(
        dir.path(),
        "qz/01-main/01-first.md",
        "# Lesson first\n\n## Learning objectives\n\n- know it\n\nNew words.\n",
    );
    let cadres = store.cadre_slugs().await.unwrap().into_iter().collect();
    let mut courses = tutela_server::content::load_dir(dir.path(), &cadres).unwrap().courses;
    courses.retain(|course| course.slug == "qz");
    courses[0].planned_on = planned.get("qz").copied();

    apply_new_bank(&store, account_id).await;
    let generation = store.content_generation().await.unwrap();
    let refused = store.publish(&courses, &[], None).await;
    let Err(StoreError::Refused(Refusal::CourseChanged(course))) = &refused else {
        panic!("a publication planned against version 1: {refused:?}")
    };
    assert_eq!(course, "qz");
    assert!(refused.unwrap_err().to_string().contains("run the import again"));
    assert_eq!((published(&store).await, store.content_generation().await.unwrap()), (2, generation));
    assert_eq!(store.uploaded_banks().await.unwrap().get("qz").map(|(v, _)| *v), Some(2), "the bank kept");

    // Planned against what is published now: published.
    courses[0].planned_on = Some(2);
    store.publish(&courses, &[], None).await.unwrap();
    assert_eq!(published(&store).await, 3);
}
