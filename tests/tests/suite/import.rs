//! Importing the curriculum: idempotence, versions, rejected files, and
//! hostile Markdown made inert. Each scenario runs on SQLite and PostgreSQL.

use std::path::Path;

use tutela_server::content::{ImportError, import};
use tutela_tests::{Backend, TestDb, TestServer, on_both_backends, scratch_copy, shipped_content, write};

on_both_backends!(
    reimporting_unchanged_content_writes_nothing,
    a_changed_course_becomes_a_new_version_and_the_old_one_stays_readable,
    a_malformed_file_is_rejected_with_its_file_and_line_and_nothing_is_written,
    hostile_markdown_comes_out_inert,
    a_folder_without_courses_is_refused,
    a_course_quiz_is_read_and_each_problem_named_with_its_file_and_line,
);

const QUIZ: &str = "pass_mark = 70\nattempts = 3\nwait_minutes = 60\nreview = \"feedback\"\n\n\
                    [[draw]]\ncategory = \"first\"\ncount = 2\n\n[[draw]]\ncategory = \"second\"\ncount = 1\n";

const BANK: &str = "$CATEGORY: first\n\n::One::Evidence comes first. {T}\n\n\
                    ::Two::Who is to blame? {=nobody but the offender ~the child #Never.}\n\n\
                    $CATEGORY: second\n\n::Three::Name the hotline network. {=INHOPE}\n";

/// A one-course content folder with two lessons.
fn small_course(dir: &Path, summary: &str) {
    write(
        dir,
        "test-course/course.toml",
        &format!(
            "title = \"Test course\"\nsummary = \"{summary}\"\naudience = [\"judge\", \"prosecutor\"]\nstage = \"in-service\"\nestimated_hours = 2\n"
        ),
    );
    write(dir, "test-course/01-basics/01-first.md", "# First lesson\n\nRead [the second](02-second.md) next.\n");
    write(dir, "test-course/01-basics/02-second.md", "# Second lesson\n\nBack to [the first](first).\n");
}

async fn reimporting_unchanged_content_writes_nothing(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    let first = import(store.as_ref(), &shipped_content()).await.expect("first import");
    assert!(first.added.len() >= 2, "the shipped curriculum has at least two courses: {first:?}");
    assert!(first.changed.is_empty() && first.unchanged.is_empty());
    let generation = store.content_generation().await.unwrap();
    let hashes = store.published_hashes().await.unwrap();

    let second = import(store.as_ref(), &shipped_content()).await.expect("second import");
    assert!(second.added.is_empty() && second.changed.is_empty(), "{second:?}");
    assert_eq!(second.unchanged.len(), first.added.len());
    assert_eq!(store.content_generation().await.unwrap(), generation, "an unchanged import publishes nothing");
    assert_eq!(store.published_hashes().await.unwrap(), hashes);
}

async fn a_changed_course_becomes_a_new_version_and_the_old_one_stays_readable(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    let content = tempfile::tempdir().unwrap();
    small_course(content.path(), "Version one.");
    import(store.as_ref(), content.path()).await.unwrap();
    write(content.path(), "test-course/01-basics/01-first.md", "# First lesson, revised\n\nNew words.\n");
    let report = import(store.as_ref(), content.path()).await.unwrap();
    assert_eq!(report.changed, vec!["test-course".to_string()]);

    let server = TestServer::serve(db, store).await;
    let (status, current) = server.get("/courses/test-course/first").await;
    assert_eq!(status, 200);
    assert!(current.contains("First lesson, revised") && current.contains("New words."));

    let (status, old) = server.get("/courses/test-course/versions/1/first").await;
    assert_eq!(status, 200);
    assert!(old.contains("<h1>First lesson</h1>"), "version 1 keeps its own text");
    assert!(old.contains("You are reading version 1 of this course. The current version is 2."));
    // Links inside an old version stay inside it.
    assert!(old.contains(r#"href="/courses/test-course/versions/1/second""#));

    let (status, outline) = server.get("/courses/test-course").await;
    assert_eq!(status, 200);
    assert!(outline.contains("<dt>Version</dt><dd>2</dd>"), "the course page shows the published version");
    assert_eq!(server.get("/courses/test-course/versions/3/first").await.0, 404);
    assert_eq!(server.get("/courses/test-course/versions/x/first").await.0, 404);
    server.stop().await;
}

/// Each broken variant of the small course, the file the error must name
/// and the line it must give, and words the message must contain.
fn broken_variants() -> Vec<(&'static str, &'static str, &'static str, usize, &'static str)> {
    vec![
        // (file to overwrite, new text, file named in the error, line, words)
        (
            "test-course/course.toml",
            "title = \"T\"\nsummary = \"S\"\naudience = [\"judge\"\nstage = \"in-service\"\n",
            "course.toml",
            4,
            "comma",
        ),
        (
            "test-course/course.toml",
            "title = \"T\"\nsummary = \"S\"\naudience = [\"judge\",\n  \"astronaut\"]\nstage = \"in-service\"\nestimated_hours = 1\n",
            "course.toml",
            4,
            "unknown cadre `astronaut`",
        ),
        (
            "test-course/course.toml",
            "summary = \"S\"\naudience = [\"judge\"]\nstage = \"in-service\"\nestimated_hours = 1\n",
            "course.toml",
            1,
            "title",
        ),
        ("test-course/01-basics/01-first.md", "Some words but no title.\n", "01-first.md", 1, "title"),
        (
            "test-course/01-basics/02-second.md",
            "# Second\n\nText.\n\nSee [this](03-missing.md).\n",
            "02-second.md",
            5,
            "missing",
        ),
        (
            "wrong-course/course.toml",
            "slug = \"test-course\"\ntitle = \"T\"\nsummary = \"S\"\naudience = [\"judge\"]\nstage = \"in-service\"\nestimated_hours = 1\n",
            "wrong-course/course.toml",
            1,
            "already used",
        ),
        (
            "glossary.toml",
            "[[term]]\nterm = \"a term\"\nmeaning = \"M.\"\navoid = [\"bad words\"]\n",
            "glossary.toml",
            2,
            "no `reason`",
        ),
        ("glossary.toml", "[[term]]\nterm = \"a term\"\nmeening = \"M.\"\n", "glossary.toml", 3, "unknown field"),
    ]
}

async fn a_malformed_file_is_rejected_with_its_file_and_line_and_nothing_is_written(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    for (file, text, named, line, words) in broken_variants() {
        let content = scratch_copy(&shipped_content());
        small_course(content.path(), "Fine.");
        write(content.path(), file, text);
        if file.starts_with("wrong-course") {
            write(content.path(), "wrong-course/01-x.md", "# X\n");
        }
        let generation = store.content_generation().await.unwrap();
        let err = import(store.as_ref(), content.path()).await.expect_err(file);
        let ImportError::Invalid(problems) = &err else { panic!("{file}: expected content problems, got {err}") };
        let problem = problems
            .iter()
            .find(|p| p.file.ends_with(named))
            .unwrap_or_else(|| panic!("{file}: no problem names {named}: {err}"));
        assert_eq!(problem.line, line, "{file}: wrong line in: {problem}");
        assert!(problem.message.contains(words), "{file}: `{}` lacks `{words}`", problem.message);
        assert!(err.to_string().contains(&format!("{named}:{line}:")), "the message names file and line: {err}");
        // One bad file stops the whole import: not even the shipped courses were written.
        assert_eq!(store.content_generation().await.unwrap(), generation, "{file}: something was written");
        assert!(store.published_hashes().await.unwrap().is_empty(), "{file}: a course was published");
    }
}

async fn hostile_markdown_comes_out_inert(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    let content = tempfile::tempdir().unwrap();
    small_course(content.path(), "Hostile.");
    write(
        content.path(),
        "test-course/01-basics/01-first.md",
        concat!(
            "# First lesson\n\n",
            "<script>alert('script tag')</script>\n\n",
            "[click](javascript:alert('link'))\n\n",
            "<a href=\"javascript:alert('raw')\" onclick=\"alert('handler')\">raw link</a>\n\n",
            "<img src=\"x.png\" onerror=\"alert('img')\">\n\n",
            "<iframe src=\"https://example.org\"></iframe>\n\n",
            "<div style=\"background:url(javascript:alert(1))\" onmouseover=\"alert('div')\">styled</div>\n\n",
            "<svg><script>alert('svg')</script></svg>\n\n",
            "<form action=\"https://example.org\"><input name=\"p\"></form>\n\n",
            "Plain **bold** text stays.\n",
        ),
    );
    import(store.as_ref(), content.path()).await.unwrap();
    let server = TestServer::serve(db, store).await;
    let (status, page) = server.get("/courses/test-course/first").await;
    assert_eq!(status, 200);
    let body = &page[page.find("<div class=\"body\">").expect("lesson body")..];
    let body = &body[..body.find("</article>").unwrap()];
    for banned in [
        "<script",
        "javascript:",
        "onclick",
        "onerror",
        "onmouseover",
        "<iframe",
        "style=",
        "<form",
        "<input",
        "<svg",
        "alert(",
    ] {
        assert!(!body.contains(banned), "`{banned}` survived sanitising:\n{body}");
    }
    assert!(body.contains("<strong>bold</strong>"), "ordinary Markdown still renders");
    assert!(body.contains("raw link"), "the text of a stripped link stays");
    server.stop().await;
}

async fn a_folder_without_courses_is_refused(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    let empty = tempfile::tempdir().unwrap();
    write(empty.path(), "notes/readme.md", "# Not a course\n");
    let err = import(store.as_ref(), empty.path()).await.expect_err("no course");
    assert!(err.to_string().contains("no course found here"), "{err}");
    let missing = import(store.as_ref(), &empty.path().join("absent")).await.expect_err("no folder");
    assert!(missing.to_string().contains("cannot read the folder"), "{missing}");
    assert_eq!(store.content_generation().await.unwrap(), 0);
}

/// A course's `quiz.toml` and `.gift` banks are read with it; a problem in
/// either names its file and line, and nothing is imported.
async fn a_course_quiz_is_read_and_each_problem_named_with_its_file_and_line(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    let content = tempfile::tempdir().unwrap();
    small_course(content.path(), "With a quiz.");
    write(content.path(), "test-course/quiz.toml", QUIZ);
    write(content.path(), "test-course/questions.gift", BANK);
    let report = import(store.as_ref(), content.path()).await.expect("a sound quiz imports");
    assert_eq!(report.quizzes, ["test-course (3 questions, 3 drawn)"]);
    assert!(report.to_string().contains("quizzes: test-course (3 questions, 3 drawn)"), "{report}");

    // (file to overwrite, new text, file named, line, words)
    let broken: [(&str, String, &str, usize, &str); 12] = [
        (
            "questions.gift",
            BANK.replace("{=INHOPE}", "{=INHOPE}\n\n::Again::Evidence comes first. {T}"),
            "questions.gift",
            11,
            "the same question as questions.gift:3",
        ),
        ("questions.gift", BANK.replace("Name the hotline", "[html]Name the hotline"), "questions.gift", 9, "`[html]`"),
        ("questions.gift", BANK.replace("Who is to blame?", "Who is <b>to</b> blame?"), "questions.gift", 5, "HTML"),
        ("questions.gift", BANK.replace("{T}", "{T"), "questions.gift", 3, "`}`"),
        ("questions.gift", BANK.replace("=nobody", "~nobody"), "questions.gift", 5, "right answer"),
        ("quiz.toml", QUIZ.replace("pass_mark = 70", "pass_mark = 170"), "quiz.toml", 1, "1 to 100"),
        ("quiz.toml", QUIZ.replace("count = 2", "count = 3"), "quiz.toml", 7, "from 1 to 2"),
        ("quiz.toml", QUIZ.replace("\"second\"", "\"third\""), "quiz.toml", 11, "no question"),
        ("quiz.toml", QUIZ.replace("\"second\"", "\"first\""), "quiz.toml", 7, "drawn twice"),
        ("quiz.toml", QUIZ.replace("review = \"feedback\"", "review = \"everything\""), "quiz.toml", 4, "variant"),
        ("quiz.toml", QUIZ.replace("attempts = 3", "attempts = 3\nshufle = true"), "quiz.toml", 3, "unknown field"),
        ("quiz.toml", String::new(), "questions.gift", 1, "without a `quiz.toml`"),
    ];
    for (file, text, named, line, words) in broken {
        let content = tempfile::tempdir().unwrap();
        small_course(content.path(), "With a broken quiz.");
        write(content.path(), "test-course/quiz.toml", QUIZ);
        write(content.path(), "test-course/questions.gift", BANK);
        let path = content.path().join("test-course").join(file);
        if text.is_empty() {
            std::fs::remove_file(&path).unwrap();
        } else {
            std::fs::write(&path, &text).unwrap();
        }
        let generation = store.content_generation().await.unwrap();
        let err = import(store.as_ref(), content.path()).await.expect_err(&text);
        let ImportError::Invalid(problems) = &err else { panic!("{file}: expected content problems, got {err}") };
        let problem = problems
            .iter()
            .find(|p| p.file.ends_with(named))
            .unwrap_or_else(|| panic!("{text}: no problem names {named}: {err}"));
        assert_eq!((problem.line, problem.message.contains(words)), (line, true), "{text}\n{problem}");
        assert_eq!(store.content_generation().await.unwrap(), generation, "{text}: something was written");
    }

    // A bank that is a link (which could point anywhere on the machine) is refused.
    let content = tempfile::tempdir().unwrap();
    small_course(content.path(), "With a linked bank.");
    write(content.path(), "test-course/quiz.toml", QUIZ);
    write(content.path(), "elsewhere.gift", BANK);
    std::os::unix::fs::symlink(
        content.path().join("elsewhere.gift"),
        content.path().join("test-course/questions.gift"),
    )
    .unwrap();
    let err = import(store.as_ref(), content.path()).await.expect_err("a linked bank");
    assert!(err.to_string().contains("questions.gift:1: a question bank must be a plain file"), "{err}");
}
