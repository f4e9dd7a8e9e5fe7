//! Languages: the catalogues (each parses; every English key is in every
//! locale, and every key is used by the source), the language a request
//! is answered in (setting > cookie > Accept-Language > institution's
//! default > English), the footer's menu without JavaScript (and its
//! refusal of other sites and of a `next` off the site), the page cache
//! keeping one copy per language, and `lang`/`dir` on the page.

use std::collections::BTreeSet;
use std::path::Path;

use tutela_app::i18n::catalogue::{self, FILES, SOURCES};
use tutela_app::i18n::{Arg, Locale, Msg};
use tutela_server::auth::AuthConfig;
use tutela_server::clock::Clock;
use tutela_tests::{Backend, TestDb, TestServer, Visitor, on_both_backends, shipped_content};

#[test]
fn every_catalogue_parses_and_records_its_status() {
    for locale in Locale::ALL.into_iter().chain([Locale::Pseudo]) {
        assert_eq!(catalogue::problems(locale), &[] as &[String], "{locale:?}");
    }
    for (locale, files) in Locale::ALL.into_iter().zip(SOURCES) {
        for (file, source) in FILES.iter().zip(files) {
            let status = catalogue::status(source);
            let allowed: &[&str] = if locale == Locale::En { &["complete"] } else { &["complete", "needs-review"] };
            assert!(
                status.is_some_and(|s| allowed.contains(&s)),
                "{}/{file}.ftl must begin `## status: {}`, not {status:?}",
                locale.code(),
                allowed.join(" | ")
            );
        }
    }
}

/// Every catalogue file on disk is built in (`FILES` and the `sources!`
/// list are kept by hand: a file left off them would be silently unread),
/// and every locale has the same files.
#[test]
fn every_catalogue_file_is_built_in_and_every_locale_has_them_all() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/locales");
    let listed: BTreeSet<String> = FILES.iter().map(|file| format!("{file}.ftl")).collect();
    for locale in Locale::ALL {
        let on_disk: BTreeSet<String> = std::fs::read_dir(root.join(locale.code()))
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(on_disk, listed, "app/locales/{}/ against catalogue::FILES", locale.code());
    }
}

#[test]
fn every_english_key_is_in_every_locale_and_no_other() {
    let mut problems = Vec::new();
    for (f, file) in FILES.iter().enumerate() {
        let english: BTreeSet<&str> = catalogue::ids(SOURCES[0][f]).into_iter().collect();
        for (l, locale) in Locale::ALL.into_iter().enumerate().skip(1) {
            let theirs: BTreeSet<&str> = catalogue::ids(SOURCES[l][f]).into_iter().collect();
            for missing in english.difference(&theirs) {
                problems.push(format!("{}/{file}.ftl lacks {missing}", locale.code()));
            }
            for extra in theirs.difference(&english) {
                problems.push(format!("{}/{file}.ftl has {extra}, which en/{file}.ftl does not", locale.code()));
            }
        }
        for id in &english {
            if !id.starts_with(&format!("{file}-")) {
                problems.push(format!("en/{file}.ftl: {id} must begin with `{file}-`"));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Every `.rs` file's text under `dir`.
fn sources_under(dir: &Path, into: &mut String) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources_under(&path, into);
        } else if path.extension().is_some_and(|e| e == "rs") {
            into.push_str(&std::fs::read_to_string(&path).unwrap());
        }
    }
}

#[test]
fn every_key_is_used_by_the_source() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut source = String::new();
    sources_under(&root.join("app/src"), &mut source);
    sources_under(&root.join("server/src"), &mut source);
    let unused: Vec<String> = SOURCES[0]
        .iter()
        .flat_map(|text| catalogue::ids(text))
        .filter(|id| !source.contains(&format!("\"{id}\"")))
        .map(str::to_string)
        .collect();
    assert!(unused.is_empty(), "keys no source file names (as \"id\"): {unused:#?}");
}

/// The variables (`$name`) English's message `id` names, read from its
/// lines in the catalogue's text.
fn variables_of<'a>(source: &'a str, id: &str) -> BTreeSet<&'a str> {
    let mut lines = source.lines().skip_while(|line| line.split_once('=').map(|(i, _)| i.trim_end()) != Some(id));
    let first = lines.next().unwrap_or_default();
    let rest = lines.take_while(|line| line.is_empty() || line.starts_with(' '));
    std::iter::once(first)
        .chain(rest)
        .flat_map(|line| line.split('$').skip(1))
        .map(|after| after.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-')).next().unwrap_or(""))
        .filter(|name| !name.is_empty())
        .collect()
}

/// Every message of every locale formats without an error when given the
/// variables English's names (a number each: every selector has a default
/// and `NUMBER()` needs one): a variable renamed in one translation, or a
/// term or message it refers to that does not exist, fails here.
#[test]
fn every_message_formats_in_every_locale_with_englishs_variables() {
    let mut problems = Vec::new();
    for (f, _) in FILES.iter().enumerate() {
        for id in catalogue::ids(SOURCES[0][f]) {
            let args = variables_of(SOURCES[0][f], id).into_iter().map(|name| (name.to_string().into(), Arg::Int(2)));
            let msg = Msg { id: id.to_string().into(), args: args.collect() };
            for locale in Locale::ALL.into_iter().chain([Locale::Pseudo]) {
                problems.extend(catalogue::format_errors(locale, &msg));
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Every message id the source names (a `"people-..."` literal, for each
/// catalogue file's prefix) is in the English catalogue: a mistyped or
/// removed id would otherwise show on the page as the id itself.
#[test]
fn every_id_the_source_names_is_in_the_catalogue() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut source = String::new();
    sources_under(&root.join("app/src"), &mut source);
    sources_under(&root.join("server/src"), &mut source);
    let mut missing = BTreeSet::new();
    for literal in source.split('"').skip(1).step_by(2) {
        let is_id = FILES.iter().any(|file| literal.strip_prefix(file).is_some_and(|rest| rest.starts_with('-')))
            && !literal.ends_with('-')
            && literal.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if is_id && !catalogue::has(Locale::En, literal) {
            missing.insert(literal);
        }
    }
    assert!(missing.is_empty(), "ids the source names that en/*.ftl lacks: {missing:#?}");
}

#[test]
fn plurals_numbers_and_dates_follow_the_locale() {
    let days = |locale, n: i64| catalogue::translate(locale, &Msg::new("accounts-sign-ins-intro").arg("days", n));
    assert!(days(Locale::En, 1).ends_with("kept for 1 day."));
    assert!(days(Locale::En, 90).ends_with("kept for 90 days."));
    assert!(days(Locale::Fr, 1500).ends_with("conservées 1\u{202f}500 jours."), "{}", days(Locale::Fr, 1500));
    assert!(days(Locale::Ar, 2).contains("يومين"), "Arabic has a dual");
    assert!(days(Locale::Ar, 5).contains("5 أيام"), "and a few");
    let when = tutela_app::i18n::date_time_msg(1_795_971_600);
    assert_eq!(catalogue::translate(Locale::En, &when), "29 November 2026, 17:00 UTC");
    assert_eq!(catalogue::translate(Locale::Fr, &when), "29 novembre 2026 à 17:00 UTC");
    assert_eq!(catalogue::translate(Locale::Es, &when), "29 de noviembre de 2026, 17:00 UTC");
    let hours = |locale, h: f64| catalogue::translate(locale, &Msg::new("shared-hours").arg("hours", h));
    assert_eq!(hours(Locale::En, 1.0), "1 hour");
    assert_eq!(hours(Locale::En, 2.5), "2.5 hours");
    assert_eq!(hours(Locale::Fr, 1.5), "1,5 heure", "French takes the singular below 2");
    assert_eq!(hours(Locale::Pt, 12.5), "12,5 horas");
}

/// The `lang` of the page's `<html>`.
fn lang_of(body: &str) -> &str {
    let start = body.find("<html lang=\"").map(|i| i + 12).unwrap_or(0);
    body[start..].split('"').next().unwrap_or_default()
}

/// `GET path` with the given `Accept-Language` and `Cookie` headers.
async fn page_in(server: &TestServer, path: &str, accept: Option<&str>, cookie: Option<&str>) -> reqwest::Response {
    let mut request = server.client.get(server.url(path));
    if let Some(accept) = accept {
        request = request.header("accept-language", accept);
    }
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    request.send().await.unwrap()
}

async fn lang_at(server: &TestServer, path: &str, accept: Option<&str>, cookie: Option<&str>) -> String {
    lang_of(&page_in(server, path, accept, cookie).await.text().await.unwrap()).to_string()
}

async fn the_cookie_then_the_browser_then_english_for_visitors(backend: Backend) {
    let Some(server) = TestServer::start(backend).await else { return };
    assert_eq!(lang_at(&server, "/sign-in", None, None).await, "en");
    assert_eq!(lang_at(&server, "/sign-in", Some("de-DE, fr;q=0.8, es;q=0.5"), None).await, "fr");
    assert_eq!(lang_at(&server, "/sign-in", Some("fr"), Some("tutela_lang=es")).await, "es");
    assert_eq!(lang_at(&server, "/sign-in", Some("pt"), Some("tutela_lang=xx")).await, "pt", "an unknown cookie");
    let arabic = page_in(&server, "/sign-in", Some("ar"), None).await.text().await.unwrap();
    assert!(arabic.contains(r#"<html lang="ar" dir="rtl">"#), "{}", &arabic[..200]);
    assert!(arabic.contains("تسجيل الدخول"), "the page is in Arabic");
    let english = page_in(&server, "/sign-in", None, None).await.text().await.unwrap();
    assert!(english.contains(r#"<html lang="en" dir="ltr">"#));
    server.stop().await;
}

/// A server on a manual clock, over the demo data and the shipped content.
async fn server_on_a_clock(backend: Backend) -> Option<TestServer> {
    let db = TestDb::create(backend).await?;
    let clock = Clock::manual(Clock::system().now());
    let store = db.store_at(clock.clone()).await;
    tutela_server::demo::ensure(store.as_ref()).await.unwrap();
    tutela_server::content::import(store.as_ref(), &shipped_content()).await.unwrap();
    Some(TestServer::serve_with(db, store, AuthConfig { clock, ..AuthConfig::default() }).await)
}

async fn the_setting_then_the_cookie_then_the_browser_then_the_institution(backend: Backend) {
    let Some(server) = server_on_a_clock(backend).await else { return };
    let account = tutela_tests::add_person(&server.store, "LNG-1", None, Some("a long enough phrase")).await;
    let visitor = Visitor::new(&server);
    assert_eq!(visitor.sign_in("LNG-1", "a long enough phrase").await.status, 303);
    let session = format!("tutela_session={}", visitor.cookie("tutela_session").unwrap());
    let institution = server.store.institution_id("demo-academy").await.unwrap().unwrap();
    server.store.set_institution_locale(institution, Some(Locale::Ar), "test").await.unwrap();
    server.clock.advance(3);
    let with = |lang: Option<&str>| match lang {
        Some(lang) => format!("{session}; tutela_lang={lang}"),
        None => session.clone(),
    };
    assert_eq!(lang_at(&server, "/account", Some("de"), Some(&with(None))).await, "ar", "the institution's default");
    assert_eq!(lang_at(&server, "/account", Some("fr"), Some(&with(None))).await, "fr", "the browser first");
    assert_eq!(lang_at(&server, "/account", Some("fr"), Some(&with(Some("es")))).await, "es", "the cookie first");
    server.store.set_account_locale(account, Some(Locale::Pt)).await.unwrap();
    server.clock.advance(3);
    assert_eq!(lang_at(&server, "/account", Some("fr"), Some(&with(Some("es")))).await, "pt", "the setting first");
    // The account page offers the setting, and saving none gives the cookie back its say.
    let page = visitor.get("/account").await;
    assert!(page.body.contains(r#"<option value="pt" lang="pt" selected"#), "{}", page.body);
    let saved = visitor.post("/account/language", &[("csrf", &page.csrf()), ("locale", "")]).await;
    assert_eq!(saved.status, 303);
    assert_eq!(saved.header("location"), Some("/account?language=saved#language"));
    assert_eq!(lang_at(&server, "/account", Some("fr"), Some(&with(Some("es")))).await, "es");
    let refused = visitor.post("/account/language", &[("csrf", &page.csrf()), ("locale", "de")]).await;
    assert_eq!(refused.status, 422, "a language Tutela does not offer");
    server.stop().await;
}

async fn the_footer_menu_works_without_script_and_only_from_this_site(backend: Backend) {
    let Some(server) = TestServer::start(backend).await else { return };
    // A visitor on a cached page: its menu carries no token of theirs.
    let visitor = Visitor::new(&server);
    let home = visitor.get("/glossary").await;
    let footer = &home.body[home.body.find("<footer").unwrap_or(0)..];
    assert!(footer.contains(r#"<form method="post" action="/language" class="language">"#), "{footer}");
    assert!(home.body.contains(r#"<input type="hidden" name="next" value="/glossary">"#), "comes back here");
    let chosen = visitor.post("/language", &[("csrf", ""), ("lang", "fr"), ("next", "/glossary")]).await;
    assert_eq!(chosen.status, 303);
    assert_eq!(chosen.header("location"), Some("/glossary"));
    assert!(chosen.set_cookie("tutela_lang").is_some_and(|c| c.starts_with("tutela_lang=fr;")));
    assert_eq!(lang_of(&visitor.get("/glossary").await.body), "fr");
    // Another site, or no Origin and no token: refused.
    let forged = visitor.post_from("/language", &[("lang", "ar"), ("next", "/")], Some("https://evil.example")).await;
    assert_eq!(forged.status, 403);
    let bare = visitor.post_from("/language", &[("lang", "ar"), ("next", "/")], None).await;
    assert_eq!(bare.status, 403);
    assert_eq!(visitor.cookie("tutela_lang").as_deref(), Some("fr"), "unchanged");
    // With the token of the sign-in page, no Origin is needed.
    let sign_in = visitor.get("/sign-in").await;
    let with_token = visitor.post_from("/language", &[("csrf", &sign_in.csrf()), ("lang", "es")], None).await;
    assert_eq!((with_token.status, with_token.header("location")), (303, Some("/")));
    // `next` is a page of this site, or the home page.
    for next in ["//evil.example/", "https://evil.example/", "/\\evil.example", "/nowhere/at/all", "/activate/a/../b"] {
        let away = visitor.post("/language", &[("lang", "pt"), ("next", next)]).await;
        assert_eq!(away.header("location"), Some("/"), "next={next}");
    }
    for next in ["/people?q=x", "/sign-in", "/activate/0123abcd"] {
        let kept = visitor.post("/language", &[("lang", "pt"), ("next", next)]).await;
        assert_eq!(kept.header("location"), Some(next));
    }
    let unknown = visitor.post("/language", &[("lang", "pseudo-or-not"), ("next", "/")]).await;
    assert_eq!(unknown.status, 422);

    // Signed in: the session's token, and the choice becomes the account's setting.
    tutela_tests::add_person(&server.store, "LNG-2", None, Some("a long enough phrase")).await;
    let member = Visitor::new(&server);
    member.sign_in("LNG-2", "a long enough phrase").await;
    let account = member.get("/account").await;
    let untokened = member.post("/language", &[("lang", "ar"), ("next", "/account")]).await;
    assert_eq!(untokened.status, 403, "a signed-in person's menu carries their token");
    let chosen = member.post("/language", &[("csrf", &account.csrf()), ("lang", "ar"), ("next", "/account")]).await;
    assert_eq!((chosen.status, chosen.header("location")), (303, Some("/account")));
    member.set_cookie("tutela_lang", None);
    let again = member.get("/account").await;
    assert!(again.body.contains(r#"<html lang="ar" dir="rtl">"#), "saved as the setting");
    assert!(again.body.contains(r#"<option value="ar" lang="ar" selected"#));
    server.stop().await;
}

async fn the_page_cache_keeps_one_copy_per_language(backend: Backend) {
    let Some(server) = TestServer::start(backend).await else { return };
    server.catch_up().await;
    for _ in 0..2 {
        for (accept, cookie, lang) in [
            (Some("fr"), None, "fr"),
            (None, None, "en"),
            (Some("ar"), None, "ar"),
            (Some("ar"), Some("tutela_lang=es"), "es"),
            (None, Some("tutela_lang=pseudo"), "en-XA"),
            // The cache reads the language as the renderer does: the first
            // cookie of the one name this server uses (over plain http,
            // `tutela_lang`), so a cached copy and a fresh render agree.
            (Some("fr"), Some("tutela_lang=xx; tutela_lang=ar"), "fr"),
            (None, Some("__Host-tutela_lang=ar"), "en"),
        ] {
            let response = page_in(&server, "/glossary", accept, cookie).await;
            let vary = response.headers().get("vary").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
            assert!(vary.contains("accept-language") && vary.contains("cookie"), "Vary: {vary}");
            assert_eq!(lang_of(&response.text().await.unwrap()), lang, "{accept:?} {cookie:?}");
        }
    }
    // Pages the cache does not keep (a query, a page not found) tell a
    // shared cache downstream to ask again each time, as kept ones do.
    for path in ["/glossary?lang=fr", "/glossary", "/no/such/page"] {
        let response = page_in(&server, path, Some("fr"), None).await;
        let control = response.headers().get("cache-control").and_then(|v| v.to_str().ok()).map(str::to_string);
        assert_eq!(control.as_deref(), Some("no-cache"), "{path}");
    }
    server.stop().await;
}

async fn a_deployment_administrator_sets_an_institutions_default(backend: Backend) {
    let Some(server) = TestServer::start(backend).await else { return };
    let admin = tutela_tests::add_person(&server.store, "LNG-A", None, Some("a long enough phrase")).await;
    server.store.grant_role(admin, tutela_app::store::Role::Admin, None, "test").await.unwrap();
    tutela_tests::add_person(&server.store, "LNG-L", None, Some("a long enough phrase")).await;
    let learner = Visitor::new(&server);
    learner.sign_in("LNG-L", "a long enough phrase").await;
    let page = learner.get("/account").await;
    let refused = learner
        .post(
            "/admin/institutions/language",
            &[("csrf", &page.csrf()), ("institution", "demo-academy"), ("locale", "fr")],
        )
        .await;
    assert_eq!(refused.status, 403, "deployment administrators only");
    let visitor = Visitor::new(&server);
    visitor.sign_in("LNG-A", "a long enough phrase").await;
    let page = visitor.get("/admin/institutions").await;
    assert!(page.body.contains("English (no default set)"));
    let fields = [("csrf", page.csrf()), ("institution", "demo-academy".into()), ("locale", "fr".into())];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let saved = visitor.post("/admin/institutions/language", &fields).await;
    assert_eq!(saved.header("location"), Some("/admin/institutions?language=saved#default-language"));
    let page = visitor.get("/admin/institutions?language=saved").await;
    assert!(page.body.contains(r#"<span lang="fr">Français</span>"#), "{}", page.body);
    // The learner's pages, with no setting, cookie or browser language of theirs, are now French.
    assert!(learner.get("/account").await.body.contains(r#"<html lang="fr" dir="ltr">"#));
    server.stop().await;
}

on_both_backends!(
    a_deployment_administrator_sets_an_institutions_default,
    the_cookie_then_the_browser_then_english_for_visitors,
    the_setting_then_the_cookie_then_the_browser_then_the_institution,
    the_footer_menu_works_without_script_and_only_from_this_site,
    the_page_cache_keeps_one_copy_per_language,
);
