//! The shipped curriculum and the glossary: the curriculum meets its own
//! house style and uses no term the glossary marks "avoid"; the import
//! warns (without refusing) where a lesson departs from either; the
//! glossary is published and shown at `/glossary`. Translations are held
//! to the same shape, with word bounds loosened by a quarter (French runs
//! longer than English), and Foundations ships in French. Every lesson
//! has a case scenario answered by a debrief, and the shipped courses are
//! templates whose "In your country" sections institutions complete.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use tutela_app::model::{ServiceStage, TranslationStatus};
use tutela_app::store::NewLesson;
use tutela_server::content::{Loaded, import, load_dir};
use tutela_tests::{Backend, TestDb, TestServer, on_both_backends, scratch_copy, shipped_content, write};

on_both_backends!(
    the_shipped_curriculum_and_glossary_import_without_warnings,
    a_lesson_that_breaks_the_house_style_imports_with_located_warnings,
    a_changed_glossary_is_republished_and_shown,
);

/// A lesson's words, and a translation's: 600 to 1,500, a quarter looser
/// for a translation. Its debriefs are counted apart (see ARCHITECTURE.md,
/// "Debriefs"): the bound is the teaching a learner reads through.
const WORDS: std::ops::RangeInclusive<i64> = 600..=1500;
const TRANSLATED_WORDS: std::ops::RangeInclusive<i64> = 450..=1875;
/// A lesson's debriefs together: a senior trainer's answer to each
/// question the scenario asks, not a second lesson.
const DEBRIEF_WORDS: std::ops::RangeInclusive<i64> = 120..=600;
const TRANSLATED_DEBRIEF_WORDS: std::ops::RangeInclusive<i64> = 90..=750;

/// The scenario heading of a lesson in each language the curriculum ships.
fn scenario_heading(language: &str) -> &'static str {
    match language {
        "fr" => "Étude de cas",
        _ => "Case scenario",
    }
}

/// What is wrong with a lesson's scenario and its debrief, if anything:
/// the lesson has a `## Case scenario` and a debrief after it, and no
/// placeholder reaches its readers.
fn scenario_problem(lesson: &NewLesson, language: &str) -> Option<String> {
    let heading = scenario_heading(language);
    let Some(entry) = lesson.toc.iter().find(|entry| entry.level == 2 && entry.text == heading) else {
        return Some(format!("no `## {heading}`"));
    };
    let html = &lesson.body_html;
    let Some(at) = html.find(&format!("<h2 id=\"{}\">", entry.anchor)) else {
        return Some(format!("its `## {heading}` is not in the HTML"));
    };
    if !html[at..].contains("<details class=\"debrief\"><summary>") {
        return Some(format!("no debrief after its `## {heading}`"));
    }
    html.contains("[[fill").then(|| "a placeholder reaches its readers".to_string())
}

/// A course's work in hours, to the half hour, as `content/README.md`
/// counts it: reading at 100 words a minute (careful study, often in a
/// second language), 20 minutes a case scenario (thinking it through, then
/// the debrief), a minute and a half a question drawn, 30 minutes an essay.
fn workload_hours(words: i64, scenarios: usize, quiz: Option<&tutela_server::content::quiz::Quiz>) -> f64 {
    let mut minutes = words as f64 / 100.0 + 20.0 * scenarios as f64;
    for draw in quiz.map(|quiz| quiz.draws.as_slice()).unwrap_or_default() {
        let essays = quiz
            .is_some_and(|quiz| quiz.in_category(&draw.category).all(|q| matches!(q.body, tutela_gift::Body::Essay)));
        minutes += f64::from(draw.count) * if essays { 30.0 } else { 1.5 };
    }
    (minutes / 30.0).round() / 2.0
}

/// What is wrong with a shipped course's quiz, if anything: it has one,
/// with at least five questions per lesson (the lesson's slug is their
/// category) and a draw from each, questions of three kinds at least, each
/// with general feedback that teaches, and a pass mark that means something.
fn quiz_problems(course: &str, quiz: Option<&tutela_server::content::quiz::Quiz>, lessons: &[&str]) -> Vec<String> {
    let Some(quiz) = quiz else { return vec![format!("{course}: no quiz (quiz.toml and a .gift bank)")] };
    let mut problems = Vec::new();
    if quiz.pass_mark < 60 {
        problems.push(format!("{course}: a pass mark of {} %, want 60 % at least", quiz.pass_mark));
    }
    for lesson in lessons {
        let held = quiz.in_category(lesson).count();
        if held < 5 {
            problems.push(format!("{course}/{lesson}: {held} questions in its category, want 5 at least"));
        }
        if !quiz.draws.iter().any(|draw| draw.category == *lesson) {
            problems.push(format!("{course}/{lesson}: the quiz draws nothing from it"));
        }
    }
    let kinds: BTreeSet<String> =
        quiz.questions.iter().map(|(_, q)| format!("{:?}", std::mem::discriminant(&q.body))).collect();
    if kinds.len() < 3 {
        problems.push(format!("{course}: questions of {} kind(s), want 3 at least", kinds.len()));
    }
    for (file, question) in &quiz.questions {
        if question.general_feedback.is_none() {
            problems.push(format!("{course}/{file}:{}: a question without general feedback", question.line));
        }
    }
    problems
}

async fn known_cadres() -> BTreeSet<String> {
    let db = TestDb::create(Backend::Sqlite).await.expect("SQLite is always there");
    db.store().await.cadre_slugs().await.unwrap().into_iter().collect()
}

/// What the issue asks of the starter curriculum, checked on the files.
#[tokio::test]
async fn the_shipped_curriculum_gives_every_cadre_a_pre_and_an_in_service_course_of_the_agreed_shape() {
    let cadres = known_cadres().await;
    let Loaded { courses, translations, glossary, warnings, templates, quizzes } =
        load_dir(&shipped_content(), &cadres).expect("the curriculum loads");
    assert!(warnings.is_empty(), "the shipped curriculum has warnings:\n{warnings:#?}");
    // Every shipped course is a template for institutions, with its
    // national details left to fill (expected, so no warning each).
    let templated: BTreeSet<&str> = templates.iter().filter(|t| t.unfilled > 0).map(|t| t.slug.as_str()).collect();
    assert_eq!(templated, courses.iter().map(|c| c.slug.as_str()).collect(), "{templates:#?}");
    assert!(glossary.as_ref().is_some_and(|g| g.terms.len() >= 10), "a glossary of at least ten terms ships");
    assert!(courses.len() >= 8, "at least eight courses, found {}", courses.len());

    // Every departure is listed at once, so an author can fix them together;
    // the table (shown with `--nocapture`) is the curriculum at a glance.
    let mut problems = Vec::new();
    let mut stages: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    println!("| course | audience | stage | lessons | words | hours |\n|---|---|---|---|---|---|");
    for course in &courses {
        let lessons: Vec<_> = course.modules.iter().flat_map(|m| &m.lessons).collect();
        if !(3..=8).contains(&lessons.len()) {
            problems.push(format!("{}: {} lessons, want 3 to 8", course.slug, lessons.len()));
        }
        for lesson in &lessons {
            let teaching = lesson.word_count - lesson.debrief_words;
            if !WORDS.contains(&teaching) {
                problems.push(format!(
                    "{}/{}: {teaching} words besides its debriefs, want 600 to 1,500",
                    course.slug, lesson.slug
                ));
            }
            if !DEBRIEF_WORDS.contains(&lesson.debrief_words) {
                problems.push(format!(
                    "{}/{}: debriefs of {} words, want 120 to 600",
                    course.slug, lesson.slug, lesson.debrief_words
                ));
            }
            if let Some(problem) = scenario_problem(lesson, &course.language) {
                problems.push(format!("{}/{}: {problem}", course.slug, lesson.slug));
            }
            if !lesson.body_html.contains("<strong>Key terms</strong>") {
                problems.push(format!("{}/{}: no key terms box", course.slug, lesson.slug));
            }
        }
        let lesson_slugs: Vec<&str> = lessons.iter().map(|l| l.slug.as_str()).collect();
        problems.extend(quiz_problems(&course.slug, quizzes.get(&course.slug), &lesson_slugs));
        let words: i64 = lessons.iter().map(|l| l.word_count).sum();
        let work = workload_hours(words, lessons.len(), quizzes.get(&course.slug));
        if (course.estimated_hours - work).abs() > 0.5 {
            problems.push(format!(
                "{}: estimated_hours = {}, but its work comes to about {work} hours (content/README.md)",
                course.slug, course.estimated_hours
            ));
        }
        for cadre in &course.audience {
            stages.entry(cadre.as_str()).or_default().insert(course.stage.as_str());
        }
        let words: i64 = lessons.iter().map(|l| l.word_count).sum();
        println!(
            "| {} | {} | {} | {} | {} | {} |",
            course.slug,
            course.audience.join(", "),
            course.stage.as_str(),
            lessons.len(),
            words,
            course.estimated_hours
        );
    }
    for cadre in &cadres {
        let have = stages.get(cadre.as_str()).cloned().unwrap_or_default();
        for stage in [ServiceStage::PreService, ServiceStage::InService] {
            if !have.contains(stage.as_str()) {
                problems.push(format!("cadre {cadre} has no {} course", stage.as_str()));
            }
        }
    }
    // Each translated lesson: the translation's word bounds, as many boxes
    // (key terms, national adaptation) as the lesson it translates.
    let blockquotes = |html: &str| html.matches("<blockquote>").count();
    for translation in &translations {
        let course = courses.iter().find(|c| c.slug == translation.course_slug).expect("its course");
        for lesson in &translation.lessons {
            let name = format!("{}/{}.{}", course.slug, lesson.slug, translation.language);
            let source = course.modules.iter().flat_map(|m| &m.lessons).find(|l| l.slug == lesson.slug).unwrap();
            let teaching = lesson.word_count - lesson.debrief_words;
            if !TRANSLATED_WORDS.contains(&teaching) {
                problems.push(format!("{name}: {teaching} words besides its debriefs, want 450 to 1,875"));
            }
            if !TRANSLATED_DEBRIEF_WORDS.contains(&lesson.debrief_words) {
                problems.push(format!("{name}: debriefs of {} words, want 90 to 750", lesson.debrief_words));
            }
            if let Some(problem) = scenario_problem(lesson, &translation.language) {
                problems.push(format!("{name}: {problem}"));
            }
            if blockquotes(&lesson.body_html) != blockquotes(&source.body_html) {
                problems.push(format!("{name}: not the boxes of its lesson (key terms, national adaptation)"));
            }
        }
    }
    assert!(problems.is_empty(), "the curriculum departs from its agreed shape:\n{}", problems.join("\n"));

    // The worked example: Foundations in French, every lesson and module,
    // waiting for a legal translator's review; the glossary's every term.
    let foundations = courses.iter().find(|c| c.slug == "foundations").unwrap();
    let french = translations.iter().find(|t| t.course_slug == "foundations" && t.language == "fr").unwrap();
    assert_eq!(french.status, TranslationStatus::NeedsReview);
    assert_eq!(french.lessons.len(), foundations.modules.iter().map(|m| m.lessons.len()).sum::<usize>());
    assert_eq!(french.modules.len(), foundations.modules.len());
    let glossary = glossary.unwrap();
    assert_eq!(glossary.translations.iter().filter(|t| t.language == "fr").count(), glossary.terms.len());
}

/// Translations stay out of a course's content hash: without its
/// translation files and tables, every course hashes the same.
#[tokio::test]
async fn the_shipped_translations_leave_the_courses_hashes_alone() {
    let cadres = known_cadres().await;
    let hashes = |dir: &Path| -> Vec<(String, String)> {
        let loaded = load_dir(dir, &cadres).expect("the curriculum loads");
        loaded.courses.into_iter().map(|c| (c.slug, c.content_hash)).collect()
    };
    let content = scratch_copy(&shipped_content());
    let with = hashes(content.path());
    let mut removed = 0;
    for file in walk(content.path()) {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".md") && name.trim_end_matches(".md").contains('.') {
            std::fs::remove_file(&file).unwrap();
            removed += 1;
        } else if name.ends_with(".toml") && name != "glossary.toml" {
            // The tables are written last, after a blank line.
            let text = std::fs::read_to_string(&file).unwrap();
            if let Some(at) = text.find("\n[translations.") {
                std::fs::write(&file, &text[..at]).unwrap();
            }
        }
    }
    assert!(removed >= 5, "the French Foundations lessons were removed");
    assert_eq!(hashes(content.path()), with);
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()) {
        if entry.is_dir() { files.extend(walk(&entry)) } else { files.push(entry) }
    }
    files
}

async fn the_shipped_curriculum_and_glossary_import_without_warnings(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    let report = import(store.as_ref(), &shipped_content()).await.expect("the curriculum imports");
    assert!(report.warnings.is_empty(), "{report}");
    assert!(report.glossary_published);
    let again = import(store.as_ref(), &shipped_content()).await.unwrap();
    assert!(!again.glossary_published, "an unchanged glossary is not published again");

    let server = TestServer::serve(db, store).await;
    let (status, page) = server.get("/glossary").await;
    assert_eq!(status, 200);
    assert!(page.contains("<dt>child sexual abuse material (CSAM)</dt>"), "{page}");
    assert!(page.contains("“child pornography”"), "the words to avoid are shown");
    assert!(page.contains(r#"href="/glossary""#), "the site header links the glossary");
    let (_, french) = server.get("/glossary?lang=fr").await;
    assert!(french.contains("<dt>matériel d'abus sexuels d'enfants (sigle anglais"), "{french}");
    let (_, lesson) = server.get("/courses/foundations/what-is-csea?lang=fr").await;
    assert!(lesson.contains(r#"lang="fr""#) && lesson.contains("Objectifs d'apprentissage"), "{lesson}");
    assert!(lesson.contains("<details class=\"debrief\"><summary>"), "the French debrief is served: {lesson}");
    // A learner reads the debrief collapsed and, for the template's
    // unfilled national details, the neutral line, never a placeholder.
    let (_, lesson) = server.get("/courses/foundations/what-is-csea").await;
    let neutral = tutela_app::i18n::catalogue::english("catalogue-adaptation-pending");
    assert!(lesson.contains("<details class=\"debrief\"><summary>") && lesson.contains(&neutral), "{lesson}");
    assert!(!lesson.contains("[[fill") && !lesson.contains(" style="), "{lesson}");
    server.stop().await;
}

async fn a_lesson_that_breaks_the_house_style_imports_with_located_warnings(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    let content = scratch_copy(&shipped_content());
    write(
        content.path(),
        "style-course/course.toml",
        "title = \"Style\"\nsummary = \"S.\"\naudience = [\"judge\"]\nstage = \"in-service\"\nestimated_hours = 1\n",
    );
    write(
        content.path(),
        "style-course/01-lesson.md",
        "# A lesson\n\n## Learning objectives\n\n- one\n\nWords to avoid, like \"child prostitution\", may be quoted.\n\
         The Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography may be cited.\n\
         But the police seized Child Pornography.\n",
    );
    let report = import(store.as_ref(), content.path()).await.expect("warnings do not stop an import");
    assert!(report.added.contains(&"style-course".to_string()));
    let lines: Vec<(String, usize)> =
        report.warnings.iter().map(|w| (w.file.file_name().unwrap().to_string_lossy().into_owned(), w.line)).collect();
    assert_eq!(lines, vec![("01-lesson.md".to_string(), 1), ("01-lesson.md".to_string(), 9)], "{report}");
    assert!(report.warnings[0].message.contains("## Sources"), "{}", report.warnings[0]);
    assert!(report.warnings[1].message.contains("child sexual abuse material"), "{}", report.warnings[1]);
    assert!(report.to_string().contains("01-lesson.md:9: \"child pornography\" is a term to avoid"), "{report}");
}

async fn a_changed_glossary_is_republished_and_shown(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    let content = scratch_copy(&shipped_content());
    import(store.as_ref(), content.path()).await.unwrap();
    let server = TestServer::serve(db, store.clone()).await;
    let (_, before) = server.get("/glossary").await;
    assert!(!before.contains("duty bearer"));

    let glossary = std::fs::read_to_string(content.path().join("glossary.toml")).unwrap();
    write(
        content.path(),
        "glossary.toml",
        &format!(
            "{glossary}\n[[term]]\nterm = \"duty bearer\"\nmeaning = \"A body with a duty to protect children.\"\n"
        ),
    );
    let report = import(store.as_ref(), content.path()).await.unwrap();
    assert!(report.glossary_published && report.changed.is_empty(), "{report}");
    // The page cache follows the new content generation.
    server.catch_up().await;
    assert!(server.get("/glossary").await.1.contains("<dt>duty bearer</dt>"), "the new term appears on /glossary");
    server.stop().await;
}

/// An "In your country" section: each unfilled placeholder of a course
/// that is not a template warns with its file and line (a translation's
/// too); filled, it warns no more; a template's are counted, not warned.
#[tokio::test]
async fn unfilled_placeholders_warn_with_file_and_line_unless_the_course_is_a_template() {
    let cadres = known_cadres().await;
    let content = tempfile::tempdir().unwrap();
    let course =
        "title = \"C\"\nsummary = \"S.\"\naudience = [\"judge\"]\nstage = \"in-service\"\nestimated_hours = 1\n";
    let lesson = "# A lesson\n\n## Learning objectives\n\n- one\n\n## In your country {.adaptation}\n\n\
                  - The unit: [[fill: its name and contact]]\n- The law: [[fill: article]]\n\n## Sources\n\n- One.\n";
    write(
        content.path(),
        "plain/course.toml",
        &format!("{course}\n[translations.fr]\ntitle = \"C\"\nsummary = \"S.\"\n"),
    );
    write(content.path(), "plain/01-lesson.md", lesson);
    write(content.path(), "plain/01-lesson.fr.md", &lesson.replace("- The law: [[fill: article]]\n", ""));
    write(content.path(), "filled/course.toml", course);
    write(
        content.path(),
        "filled/01-lesson.md",
        &lesson.replace("[[fill: its name and contact]]", "Unit 7, 555 0100").replace("[[fill: article]]", "Art. 3"),
    );
    write(content.path(), "kit/course.toml", &format!("{course}template = true\n"));
    write(content.path(), "kit/01-lesson.md", lesson);
    write(content.path(), "done/course.toml", &format!("{course}template = true\n"));
    write(
        content.path(),
        "done/01-lesson.md",
        &lesson.replace("[[fill: its name and contact]]", "Unit 7").replace("[[fill: article]]", "Art. 3"),
    );

    let loaded = load_dir(content.path(), &cadres).expect("placeholders do not stop an import");
    let located: Vec<String> = loaded
        .warnings
        .iter()
        .map(|w| format!("{}:{}", w.file.strip_prefix(content.path()).unwrap().display(), w.line))
        .collect();
    assert_eq!(
        located,
        ["done/course.toml:6", "plain/01-lesson.md:9", "plain/01-lesson.md:10", "plain/01-lesson.fr.md:9"],
        "{:#?}",
        loaded.warnings
    );
    assert!(loaded.warnings[1].message.contains("[[fill:"), "{}", loaded.warnings[1]);
    assert!(loaded.warnings[0].message.contains("nothing is left to fill"), "{}", loaded.warnings[0]);
    let templates: Vec<(&str, usize)> = loaded.templates.iter().map(|t| (t.slug.as_str(), t.unfilled)).collect();
    assert_eq!(templates, [("done", 0), ("kit", 2)]);
    for course in &loaded.courses {
        let html = &course.modules[0].lessons[0].body_html;
        assert!(!html.contains("[[fill") && !html.contains("its name"), "{}: {html}", course.slug);
        assert_eq!(
            html.contains("Unit 7"),
            ["filled", "done"].contains(&course.slug.as_str()),
            "{}: {html}",
            course.slug
        );
    }
}
