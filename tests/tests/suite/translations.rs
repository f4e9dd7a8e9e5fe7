//! Courses in several languages: translations imported beside their
//! lessons without making versions, errors located, each reader given
//! their language (or the one `?lang=` names) with the right `lang`, a
//! stale translation told apart, the glossary and the terminology check
//! per language. Each scenario runs on SQLite and PostgreSQL.

use std::path::Path;

use tutela_server::content::{ImportError, import};
use tutela_tests::{Backend, TestDb, TestServer, on_both_backends, write};

on_both_backends!(
    a_translation_is_imported_beside_its_course_and_makes_no_version,
    a_broken_translation_is_refused_with_its_file_and_line,
    the_reader_gets_the_language_asked_for_and_can_switch,
    a_translation_of_an_older_version_says_so_until_it_is_updated,
    the_glossary_and_its_check_follow_the_language,
    hostile_markdown_in_a_translation_comes_out_inert,
    authored_text_takes_neither_the_readers_token_nor_the_pages_ids,
    cadres_read_in_the_readers_language_until_renamed,
);

const COURSE_TOML: &str = "title = \"Test course\"\nsummary = \"In English.\"\naudience = [\"judge\"]\n\
                           stage = \"in-service\"\nestimated_hours = 2\n";
const FRENCH_TABLE: &str = "\n[translations.fr]\ntitle = \"Cours d'essai\"\nsummary = \"En français.\"\n\
                            status = \"needs-review\"\n";

/// A two-lesson course with a French translation of its first lesson and
/// of its module's title.
fn course_with_french(dir: &Path) {
    write(dir, "test-course/course.toml", &format!("{COURSE_TOML}{FRENCH_TABLE}"));
    write(dir, "test-course/01-basics/module.toml", "title = \"Basics\"\n\n[translations.fr]\ntitle = \"Les bases\"\n");
    write(dir, "test-course/01-basics/01-first.md", "# First lesson\n\nRead [the second](02-second.md) next.\n");
    write(dir, "test-course/01-basics/02-second.md", "# Second lesson\n\nBack to [the first](first).\n");
    write(dir, "test-course/01-basics/01-first.fr.md", "# Première leçon\n\nLisez [la deuxième](02-second.md).\n");
}

/// The `<article ...>` start tag of a page.
fn article_tag(page: &str) -> &str {
    let at = page.find("<article").expect("an article");
    &page[at..at + page[at..].find('>').expect("a tag")]
}

async fn a_translation_is_imported_beside_its_course_and_makes_no_version(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    let content = tempfile::tempdir().unwrap();
    course_with_french(content.path());
    let first = import(store.as_ref(), content.path()).await.expect("the course and its translation import");
    assert_eq!(first.added, vec!["test-course".to_string()], "{first}");
    assert_eq!(first.translated, vec!["test-course (fr)".to_string()], "{first}");
    // (The fixtures' lessons have no objectives nor sources: house-style warnings.)
    assert!(!first.to_string().contains(".fr.md"), "the translation has no warning of its own: {first}");
    let hashes = store.published_hashes().await.unwrap();
    let generation = store.content_generation().await.unwrap();

    let again = import(store.as_ref(), content.path()).await.unwrap();
    assert!(again.translated.is_empty() && again.changed.is_empty(), "{again}");
    assert_eq!(store.content_generation().await.unwrap(), generation, "an unchanged import publishes nothing");

    // Only the French changes: the translation is replaced, the course
    // keeps its version (progress belongs to the version, not the language).
    write(content.path(), "test-course/01-basics/01-first.fr.md", "# Première leçon, revue\n\nAutres mots.\n");
    write(
        content.path(),
        "test-course/course.toml",
        &format!("{COURSE_TOML}{}", FRENCH_TABLE.replace("Cours d'essai", "Cours revu")),
    );
    let report = import(store.as_ref(), content.path()).await.unwrap();
    assert!(report.changed.is_empty() && report.added.is_empty(), "no new version: {report}");
    assert_eq!(report.translated, vec!["test-course (fr)".to_string()], "{report}");
    assert_eq!(store.published_hashes().await.unwrap(), hashes, "the course's hash leaves its translations out");
    assert!(store.content_generation().await.unwrap() > generation, "pages are rendered again");
    let translations = store.course_translations("test-course").await.unwrap();
    assert_eq!(translations.len(), 1);
    assert_eq!((translations[0].title.as_str(), translations[0].translates), ("Cours revu", 1));

    let server = TestServer::serve(db, store).await;
    let (_, outline) = server.get("/courses/test-course?lang=fr").await;
    assert!(outline.contains("<dt>Version</dt><dd>1</dd>"), "{outline}");
    let (_, lesson) = server.get("/courses/test-course/first?lang=fr").await;
    assert!(lesson.contains("Première leçon, revue") && lesson.contains("Autres mots."), "{lesson}");
    server.stop().await;
}

/// (file to write, its text, the file the problem names, its line, words of the message)
type Broken = (&'static str, &'static str, &'static str, usize, &'static str);

fn broken_translations() -> Vec<Broken> {
    vec![
        ("test-course/01-basics/03-third.fr.md", "# Troisième\n", "03-third.fr.md", 1, "no lesson `03-third.md`"),
        ("test-course/01-basics/02-second.de.md", "# Zweite\n", "02-second.de.md", 1, "not a language code"),
        ("test-course/01-basics/02-second.en.md", "# Second\n", "02-second.en.md", 1, "the course's own language"),
        ("test-course/01-basics/02-second.es.md", "# Segunda\n", "02-second.es.md", 1, "no `[translations.es]`"),
        ("test-course/01-basics/02-second.fr.md", "Pas de titre.\n", "02-second.fr.md", 1, "title"),
        ("test-course/01-basics/02-second.fr.md", "# Deux\n\nVoir [ceci](03-x.md).\n", "02-second.fr.md", 3, "03-x.md"),
        (
            "test-course/01-basics/02-second.fr.md",
            "# Deux\n\nTexte.\n\n### Réponse {.debrief}\n\nLa réponse.\n",
            "02-second.fr.md",
            1,
            "`{.debrief}`",
        ),
        (
            "test-course/course.toml",
            "title = \"T\"\nsummary = \"S\"\naudience = [\"judge\"]\nstage = \"in-service\"\nestimated_hours = 1\n\n\
             [translations.fr]\nsummary = \"Résumé.\"\n",
            "course.toml",
            7,
            "needs a `title`",
        ),
        (
            "test-course/course.toml",
            "title = \"T\"\nsummary = \"S\"\naudience = [\"judge\"]\nstage = \"in-service\"\nestimated_hours = 1\n\n\
             [translations.fr]\ntitle = \"T\"\nsummary = \"S\"\n\n[translations.xx]\ntitle = \"T\"\nsummary = \"S\"\n",
            "course.toml",
            11,
            "not a language code",
        ),
        (
            "test-course/course.toml",
            "title = \"T\"\nsummary = \"S\"\naudience = [\"judge\"]\nstage = \"in-service\"\nestimated_hours = 1\n\n\
             [translations.fr]\ntitle = \"T\"\nsummary = \"S\"\nstatus = \"done\"\n",
            "course.toml",
            10,
            "needs-review",
        ),
        (
            "test-course/course.toml",
            "title = \"T\"\nsummary = \"S\"\naudience = [\"judge\"]\nstage = \"in-service\"\nestimated_hours = 1\n\n\
             [translations.fr]\ntitle = \"T\"\nsummary = \"S\"\ntranslates = 2\n",
            "course.toml",
            10,
            "does not have",
        ),
        (
            "test-course/01-basics/module.toml",
            "title = \"Basics\"\n\n[translations.en]\ntitle = \"B\"\n",
            "module.toml",
            3,
            "own language",
        ),
        (
            "glossary.toml",
            "[[term]]\nterm = \"a term\"\nmeaning = \"M.\"\n\n[term.fr]\nterm = \"un terme\"\nmeaning = \"S.\"\n\n\
             [term.de]\nterm = \"ein Begriff\"\nmeaning = \"B.\"\n",
            "glossary.toml",
            9,
            "not a language code",
        ),
        (
            "glossary.toml",
            "[[term]]\nterm = \"a term\"\nmeaning = \"M.\"\n\n[term.fr]\nterm = \"un terme\"\nmeaning = \"S.\"\navoid = [\"mot\"]\n",
            "glossary.toml",
            5,
            "no `reason`",
        ),
    ]
}

async fn a_broken_translation_is_refused_with_its_file_and_line(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    for (file, text, named, line, words) in broken_translations() {
        let content = tempfile::tempdir().unwrap();
        course_with_french(content.path());
        write(content.path(), file, text);
        let err = import(store.as_ref(), content.path()).await.expect_err(file);
        let ImportError::Invalid(problems) = &err else { panic!("{file}: expected content problems, got {err}") };
        let problem = problems
            .iter()
            .find(|p| p.file.ends_with(named))
            .unwrap_or_else(|| panic!("{file}: no problem names {named}: {err}"));
        assert_eq!(problem.line, line, "{file} ({words}): wrong line in: {problem}");
        assert!(problem.message.contains(words), "{file}: `{}` lacks `{words}`", problem.message);
        assert_eq!(store.content_generation().await.unwrap(), 0, "{file}: something was written");
        assert!(store.published_hashes().await.unwrap().is_empty(), "{file}: a course was published");
    }
}

async fn the_reader_gets_the_language_asked_for_and_can_switch(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    let content = tempfile::tempdir().unwrap();
    course_with_french(content.path());
    write(
        content.path(),
        "test-course/course.toml",
        &format!("{COURSE_TOML}{FRENCH_TABLE}\n[translations.ar]\ntitle = \"دورة\"\nsummary = \"بالعربية.\"\n"),
    );
    write(content.path(), "test-course/01-basics/01-first.ar.md", "# الدرس الأول\n\nنص.\n");
    import(store.as_ref(), content.path()).await.unwrap();
    let server = TestServer::serve(db, store).await;

    // An English reader: the source, and the languages it can be read in.
    let (_, outline) = server.get("/courses/test-course").await;
    assert!(article_tag(&outline).contains(r#"lang="en""#), "{}", article_tag(&outline));
    assert!(outline.contains("<h1>Test course</h1>"));
    for (code, name) in [("fr", "Français"), ("ar", "العربية")] {
        assert!(outline.contains(&format!(r#"href="/courses/test-course?lang={code}""#)), "a link to {code}");
        assert!(outline.contains(name));
    }
    assert!(!outline.contains("Not translated"), "the reader's language is the source");

    // `?lang=fr`: the French outline; what is not translated says so.
    let (_, outline) = server.get("/courses/test-course?lang=fr").await;
    assert_eq!(article_tag(&outline), r#"<article lang="fr" dir="ltr""#);
    assert!(outline.contains("<h1>Cours d&#x27;essai</h1>") || outline.contains("<h1>Cours d'essai</h1>"), "{outline}");
    assert!(outline.contains("Les bases") && outline.contains("Première leçon"), "{outline}");
    assert!(outline.contains(r#"href="/courses/test-course/first?lang=fr""#), "links keep the language chosen");
    assert!(outline.contains(r#"lang="en" dir="ltr">Second lesson</a>"#), "an untranslated title is marked: {outline}");
    assert!(outline.contains("awaiting review"), "the translation's status is shown");

    let (_, lesson) = server.get("/courses/test-course/first?lang=fr").await;
    assert_eq!(article_tag(&lesson), r#"<article lang="fr" dir="ltr" class="lesson""#);
    assert!(lesson.contains("<h1>Première leçon</h1>"), "{lesson}");
    assert!(lesson.contains(r#"href="second?lang=fr""#), "a link in the text keeps the language chosen: {lesson}");
    assert!(lesson.contains(r#"href="/courses/test-course/first?lang=en""#), "switch back to English");
    let (_, english) = server.get("/courses/test-course/first?lang=en").await;
    assert!(english.contains("<h1>First lesson</h1>"));

    // A lesson without a French text: the source, with a notice.
    let (_, second) = server.get("/courses/test-course/second?lang=fr").await;
    assert_eq!(article_tag(&second), r#"<article lang="en" dir="ltr" class="lesson""#);
    assert!(second.contains("<h1>Second lesson</h1>") && second.contains("Not translated into"), "{second}");
    let (_, spanish) = server.get("/courses/test-course?lang=es").await;
    assert!(spanish.contains("Not translated into") && spanish.contains("Español"), "{spanish}");
    assert!(article_tag(&spanish).contains(r#"lang="en""#));

    // Arabic reads right to left.
    let (_, arabic) = server.get("/courses/test-course/first?lang=ar").await;
    assert_eq!(article_tag(&arabic), r#"<article lang="ar" dir="rtl" class="lesson""#);
    // A reader whose language is French (here, their browser's) gets
    // French without asking, and the page cache keeps each language apart.
    let in_french =
        |path: &'static str| server.client.get(server.url(path)).header("accept-language", "fr-FR, fr;q=0.9").send();
    for _ in 0..2 {
        let french = in_french("/courses/test-course/first").await.unwrap().text().await.unwrap();
        assert_eq!(article_tag(&french), r#"<article lang="fr" dir="ltr" class="lesson""#);
        assert!(french.contains("<h1>Première leçon</h1>"));
        assert!(french.contains(r#"href="second""#), "no `?lang=` to carry: the page the cache keeps");
        let (_, english) = server.get("/courses/test-course/first").await;
        assert!(english.contains("<h1>First lesson</h1>"), "an English reader gets English");
    }
    let french = in_french("/courses/test-course/second").await.unwrap().text().await.unwrap();
    assert!(french.contains("<h1>Second lesson</h1>") && french.contains("Pas encore traduit en français"), "{french}");
    let french = in_french("/courses/test-course/first?lang=en").await.unwrap().text().await.unwrap();
    assert!(french.contains("<h1>First lesson</h1>"), "`?lang=` wins over the reader's language");
    assert!(french.contains(r#"href="second?lang=en""#), "and its links keep it");
    // An unknown `?lang=` is the reader's language.
    let (status, unknown) = server.get("/courses/test-course/first?lang=xx").await;
    assert_eq!(status, 200);
    assert!(unknown.contains("<h1>First lesson</h1>"));
    server.stop().await;
}

async fn a_translation_of_an_older_version_says_so_until_it_is_updated(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    let content = tempfile::tempdir().unwrap();
    course_with_french(content.path());
    import(store.as_ref(), content.path()).await.unwrap();
    // Only the English changes: version 2, and the French still translates 1.
    write(content.path(), "test-course/01-basics/01-first.md", "# First lesson\n\nNew English words.\n");
    let report = import(store.as_ref(), content.path()).await.unwrap();
    assert_eq!(report.changed, vec!["test-course".to_string()], "{report}");
    assert!(report.translated.is_empty(), "{report}");
    let server = TestServer::serve(db, store.clone()).await;
    let (_, lesson) = server.get("/courses/test-course/first?lang=fr").await;
    assert!(lesson.contains("<h1>Première leçon</h1>"), "the translation is still shown");
    assert!(lesson.contains("Translation of version 1; the English version 2 is newer."), "{lesson}");
    let to_english = r#"<a href="/courses/test-course/first?lang=en" hreflang="en">Read the English version</a>"#;
    assert!(lesson.contains(to_english), "{lesson}");
    let (_, outline) = server.get("/courses/test-course?lang=fr").await;
    assert!(outline.contains("Translation of version 1; "), "the outline says so too");
    // An old version shows its source only.
    let (_, old) = server.get("/courses/test-course/versions/1/first?lang=fr").await;
    assert!(old.contains("<h1>First lesson</h1>") && !old.contains("Première"), "{old}");

    // The translator catches up by saying which version they translated.
    write(content.path(), "test-course/course.toml", &format!("{COURSE_TOML}{FRENCH_TABLE}translates = 2\n"));
    let report = import(store.as_ref(), content.path()).await.unwrap();
    assert_eq!(report.translated, vec!["test-course (fr)".to_string()], "{report}");
    assert!(report.changed.is_empty(), "{report}");
    server.catch_up().await;
    let (_, lesson) = server.get("/courses/test-course/first?lang=fr").await;
    assert!(!lesson.contains("Translation of version"), "{lesson}");
    server.stop().await;
}

async fn the_glossary_and_its_check_follow_the_language(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    let content = tempfile::tempdir().unwrap();
    course_with_french(content.path());
    write(
        content.path(),
        "glossary.toml",
        "[quoting.fr]\ntitles = [\"Loi sur la pornographie enfantine\"]\n\n\
         [[term]]\nterm = \"child sexual abuse material\"\nmeaning = \"Material that records abuse.\"\n\
         avoid = [\"child pornography\"]\nreason = \"It suggests consent.\"\n\n\
         [term.fr]\nterm = \"matériel d'abus sexuels d'enfants\"\nmeaning = \"Matériel qui enregistre un abus.\"\n\
         avoid = [\"pornographie enfantine\"]\nreason = \"Il suggère un consentement.\"\n\n\
         [[term]]\nterm = \"grooming\"\nmeaning = \"Preparing a child for abuse.\"\n",
    );
    write(
        content.path(),
        "test-course/01-basics/01-first.fr.md",
        "# Première leçon\n\nOn dit « pornographie enfantine » dans la *Loi sur la pornographie enfantine*.\n\n\
         Ils ont saisi de la pornographie enfantine.\n\nThey seized child pornography.\n",
    );
    let report = import(store.as_ref(), content.path()).await.expect("warnings do not stop an import");
    let terms: Vec<_> = report.warnings.iter().filter(|w| w.message.contains("term to avoid")).collect();
    let warned: Vec<(String, usize)> =
        terms.iter().map(|w| (w.file.file_name().unwrap().to_string_lossy().into_owned(), w.line)).collect();
    assert_eq!(warned, vec![("01-first.fr.md".to_string(), 5)], "French terms, French quotes: {report}");
    assert!(terms[0].message.contains("matériel d'abus sexuels d'enfants"), "{report}");

    let server = TestServer::serve(db, store).await;
    let (_, english) = server.get("/glossary").await;
    assert!(english.contains("<dt>child sexual abuse material</dt>") && english.contains("?lang=fr"), "{english}");
    let (_, french) = server.get("/glossary?lang=fr").await;
    assert!(french.contains(r#"<dl lang="fr" dir="ltr" class="glossary">"#), "{french}");
    assert!(
        french.contains("matériel d&#x27;abus sexuels d&#x27;enfants")
            || french.contains("matériel d'abus sexuels d'enfants"),
        "{french}"
    );
    assert!(
        french.contains("«\u{202f}pornographie enfantine\u{202f}»") && !french.contains("child pornography"),
        "{french}"
    );
    assert!(
        french.contains(r#"<div lang="en" dir="ltr" class="card"><dt>grooming</dt>"#),
        "an untranslated term keeps its language: {french}"
    );
    server.stop().await;
}

async fn hostile_markdown_in_a_translation_comes_out_inert(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    let content = tempfile::tempdir().unwrap();
    course_with_french(content.path());
    write(
        content.path(),
        "test-course/01-basics/01-first.fr.md",
        concat!(
            "# Première leçon\n\n",
            "<script>alert('script')</script>\n\n",
            "[clic](javascript:alert('lien'))\n\n",
            "<img src=\"x.png\" onerror=\"alert('img')\">\n\n",
            "<iframe src=\"https://example.org\"></iframe>\n\n",
            "Du texte **gras** reste.\n",
        ),
    );
    import(store.as_ref(), content.path()).await.unwrap();
    let server = TestServer::serve(db, store).await;
    let (status, page) = server.get("/courses/test-course/first?lang=fr").await;
    assert_eq!(status, 200);
    let body = &page[page.find("<div class=\"body\">").expect("lesson body")..];
    let body = &body[..body.find("</article>").unwrap()];
    for banned in ["<script", "javascript:", "onerror", "<iframe", "alert("] {
        assert!(!body.contains(banned), "`{banned}` survived sanitising:\n{body}");
    }
    assert!(body.contains("<strong>gras</strong>"), "{body}");
    server.stop().await;
}

/// A translator's text that spells the footer's token slot, or an id of
/// the page around it, changes nothing of the page: the reader's token
/// goes into their footer's form only, and authored ids are the content's.
async fn authored_text_takes_neither_the_readers_token_nor_the_pages_ids(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    let content = tempfile::tempdir().unwrap();
    course_with_french(content.path());
    write(
        content.path(),
        "test-course/01-basics/01-first.fr.md",
        concat!(
            "# Première leçon\n\n",
            "[Guide](https://evil.example/g?r=tutela-footer-csrf-slot)\n\n",
            "<div id=\"main\">texte</div>\n\n## Partie\n\nVoir [plus haut](#partie).\n",
        ),
    );
    import(store.as_ref(), content.path()).await.unwrap();
    tutela_server::demo::ensure(store.as_ref()).await.expect("demo data");
    let server = TestServer::serve(db, store).await;
    tutela_tests::add_person(&server.store, "TR-1", None, Some("a long enough phrase")).await;
    let reader = tutela_tests::Visitor::new(&server);
    reader.sign_in("TR-1", "a long enough phrase").await;
    // The first read keeps the lesson's frame, the second is put around it.
    for _ in 0..2 {
        let page = reader.get("/courses/test-course/first?lang=fr").await;
        assert_eq!(page.status, 200);
        let token = page.csrf();
        assert_eq!(token.len(), 64, "the reader's token is in their forms");
        let footer = &page.body[page.body.find("<footer").expect("a footer")..];
        assert!(footer.contains(&format!(r#"name="csrf" value="{token}""#)), "{footer}");
        assert!(!page.body.contains(&format!("r={token}")), "the token stays out of the authored link");
        assert!(page.body.contains("https://evil.example/g?r=tutela-footer-csrf-slot"), "the link as written");
        assert_eq!(page.body.matches(r#"id="main""#).count(), 1, "one main: {}", page.body);
        assert!(page.body.contains(r#"id="c-main""#) && page.body.contains(r##"href="#c-partie""##));
        let kept = reader.get("/courses/test-course/first").await;
        assert_eq!(kept.status, 200);
    }
    server.stop().await;
}

/// The seeded cadres have names in every language of the interface: the
/// home page, a cadre's page and a course's audience show them in the
/// reader's; renaming a cadre drops its translations (they named the old
/// words), and its new name shows in every language.
async fn cadres_read_in_the_readers_language_until_renamed(backend: Backend) {
    let Some(server) = TestServer::start(backend).await else { return };
    let get = |path: &'static str, language: &'static str| {
        let request = server.client.get(server.url(path)).header("accept-language", language).send();
        async move { request.await.unwrap().text().await.unwrap() }
    };
    let home = get("/", "fr").await;
    assert!(home.contains("Juges et magistrats") && !home.contains("Judges and magistrates"), "{home}");
    let cadre = get("/cadres/judge", "ar").await;
    assert!(cadre.contains("<h1><bdi>القضاة</bdi></h1>") && cadre.contains("<title>\u{2068}القضاة\u{2069}"), "{cadre}");
    let outline = get("/courses/foundations", "es").await;
    assert!(outline.contains("Jueces y magistrados"), "a course's audience: {outline}");
    assert!(get("/", "en").await.contains("Judges and magistrates"));

    let judge = server.store.cadre_lines().await.unwrap().into_iter().find(|line| line.slug == "judge").unwrap();
    server.store.rename_cadre(judge.id, "Judicial officers", "Judges and magistrates.", "test").await.unwrap();
    server.catch_up().await;
    let home = get("/", "fr").await;
    assert!(home.contains("Judicial officers") && !home.contains("Juges et magistrats"), "{home}");
    assert!(home.contains("Procureurs"), "the other cadres keep theirs");
    server.stop().await;
}
