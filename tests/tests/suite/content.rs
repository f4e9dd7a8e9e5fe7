//! The shipped curriculum and the glossary: the curriculum meets its own
//! house style and uses no term the glossary marks "avoid"; the import
//! warns (without refusing) where a lesson departs from either; the
//! glossary is published and shown at `/glossary`.

use std::collections::{BTreeMap, BTreeSet};

use tutela_app::model::ServiceStage;
use tutela_server::content::{Loaded, import, load_dir};
use tutela_tests::{Backend, TestDb, TestServer, on_both_backends, scratch_copy, shipped_content, write};

on_both_backends!(
    the_shipped_curriculum_and_glossary_import_without_warnings,
    a_lesson_that_breaks_the_house_style_imports_with_located_warnings,
    a_changed_glossary_is_republished_and_shown,
);

async fn known_cadres() -> BTreeSet<String> {
    let db = TestDb::create(Backend::Sqlite).await.expect("SQLite is always there");
    db.store().await.cadre_slugs().await.unwrap().into_iter().collect()
}

/// What the issue asks of the starter curriculum, checked on the files.
#[tokio::test]
async fn the_shipped_curriculum_gives_every_cadre_a_pre_and_an_in_service_course_of_the_agreed_shape() {
    let cadres = known_cadres().await;
    let Loaded { courses, glossary, warnings, .. } =
        load_dir(&shipped_content(), &cadres).expect("the curriculum loads");
    assert!(warnings.is_empty(), "the shipped curriculum has warnings:\n{warnings:#?}");
    assert!(glossary.is_some_and(|g| g.terms.len() >= 10), "a glossary of at least ten terms ships");
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
            if !(600..=1500).contains(&lesson.word_count) {
                problems
                    .push(format!("{}/{}: {} words, want 600 to 1,500", course.slug, lesson.slug, lesson.word_count));
            }
            if !lesson.body_html.contains("<strong>Key terms</strong>") {
                problems.push(format!("{}/{}: no key terms box", course.slug, lesson.slug));
            }
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
    assert!(problems.is_empty(), "the curriculum departs from its agreed shape:\n{}", problems.join("\n"));
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
