//! The catalogue, organisation and audit pages in the reader's language:
//! in the pseudo-locale no word of theirs is left outside the catalogue
//! (records in `<bdi>` and content in its own language aside), their form
//! errors and notices included; and in French and Arabic they read as
//! such.

use tutela_app::store::Role;
use tutela_tests::{Backend, TestServer, Visitor, add_person, on_both_backends};

on_both_backends!(
    the_catalogue_pages_take_every_word_from_the_catalogue,
    the_administration_pages_take_every_word_from_the_catalogue,
);

/// Elements without an end tag.
const VOID: [&str; 8] = ["input", "br", "meta", "link", "img", "hr", "source", "wbr"];

/// The value of attribute `name` in a start tag's text.
fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    tag[at..].split('"').next()
}

/// The words of a page's body, in the pseudo-locale, that are not the
/// catalogue's: any with a plain ASCII letter in a text or an `aria-label`
/// in the page's language, outside the records shown in `<bdi>` and the
/// names in `<option>`s. Content in its own language (a course's
/// `<article lang="en">`, the parts of it not marked with the page's
/// language) is not the interface's.
pub(crate) fn leaks(page: &str) -> Vec<String> {
    let page_lang = page.split("<html lang=\"").nth(1).and_then(|rest| rest.split('"').next()).unwrap_or("en-XA");
    let body = &page[page.find("<body").unwrap_or(0)..];
    // The open elements: name, and whether their text is the interface's.
    let mut open: Vec<(String, bool)> = Vec::new();
    let mut words = Vec::new();
    fn check(text: &str, words: &mut Vec<String>) {
        let text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
        words
            .extend(text.split_whitespace().filter(|w| w.chars().any(|c| c.is_ascii_alphabetic())).map(str::to_string));
    }
    let mut rest = body;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else { break };
        if open.last().is_some_and(|(_, ours)| *ours) {
            check(&rest[..lt], &mut words);
        }
        rest = &rest[lt..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.split_once("-->").map(|(_, after)| after).unwrap_or("");
            continue;
        }
        let Some(gt) = rest.find('>') else { break };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            if let Some(at) = open.iter().rposition(|(open_name, _)| open_name == name.trim()) {
                open.truncate(at);
            }
            continue;
        }
        let name = tag.split([' ', '/']).next().unwrap_or_default().to_ascii_lowercase();
        let inherited = open.last().is_none_or(|(_, ours)| *ours);
        let ours = match attribute(tag, "lang") {
            Some(lang) => lang == page_lang,
            None => inherited,
        } && !matches!(name.as_str(), "bdi" | "option" | "script" | "style");
        if ours && let Some(label) = attribute(tag, "aria-label") {
            check(label, &mut words);
        }
        if !VOID.contains(&name.as_str()) && !tag.ends_with('/') {
            open.push((name, ours));
        }
    }
    words
}

/// `GET path` must answer `status` with no leak.
pub(crate) async fn clean(visitor: &Visitor, path: &str, status: u16) -> String {
    let page = visitor.get(path).await;
    assert_eq!(page.status, status, "GET {path}");
    assert_eq!(leaks(&page.body), Vec::<String>::new(), "GET {path} leaks words not in the catalogue");
    page.body
}

#[test]
fn the_leak_finder_finds_leaks() {
    let page = r#"<html lang="en-XA"><head><title>x</title></head><body><h1>⟦Ĥé⟧</h1><p>Left <bdi>Amina</bdi></p>
        <nav aria-label="Crumbs"></nav><input value="v"><article lang="en">Content <p lang="en-XA">Label</p>
        <!-- note --></article><b>Bold</b><select><option>Unit</option></select></body></html>"#;
    assert_eq!(leaks(page), vec!["Left", "Crumbs", "Label", "Bold"]);
}

async fn the_catalogue_pages_take_every_word_from_the_catalogue(backend: Backend) {
    let Some(server) = TestServer::start(backend).await else { return };
    let visitor = Visitor::new(&server);
    visitor.set_cookie("tutela_lang", Some("pseudo"));
    for path in [
        "/",
        "/cadres/prosecutor",
        "/cadres/prosecutor?q=zzzz",
        "/courses/foundations",
        "/courses/foundations/what-is-csea",
        "/courses/foundations/versions/1/what-is-csea",
        "/glossary",
    ] {
        clean(&visitor, path, 200).await;
    }

    visitor.set_cookie("tutela_lang", Some("fr"));
    let home = visitor.get("/").await.body;
    assert!(home.contains("Choisissez votre corps professionnel"), "{home}");
    let cadre = visitor.get("/cadres/prosecutor").await.body;
    assert!(cadre.contains("en formation initiale") && cadre.contains("Filtrer les cours"), "{cadre}");
    let course = visitor.get("/courses/foundations").await.body;
    assert!(course.contains("Commencer le cours") && course.contains("Formation initiale"), "{course}");
    visitor.set_cookie("tutela_lang", Some("ar"));
    let lesson = visitor.get("/courses/foundations/what-is-csea").await.body;
    assert!(lesson.contains(r#"dir="rtl""#) && lesson.contains("التالي"), "{lesson}");
    let none = visitor.get("/cadres/prosecutor?q=zzzz").await.body;
    assert!(none.contains("لا توجد دورة مطابقة لعامل التصفية هذا."), "the island's words too: {none}");
    server.stop().await;
}

async fn the_administration_pages_take_every_word_from_the_catalogue(backend: Backend) {
    let Some(server) = TestServer::start(backend).await else { return };
    let admin = add_person(&server.store, "I18N-ADMIN", None, Some("a long enough phrase")).await;
    server.store.grant_role(admin, Role::Admin, None, "test").await.unwrap();
    let officer = add_person(&server.store, "I18N-HR", None, None).await;
    server.store.grant_role(officer, Role::Hr, Some("north"), "test").await.unwrap();
    let visitor = Visitor::new(&server);
    assert_eq!(visitor.sign_in("I18N-ADMIN", "a long enough phrase").await.status, 303);
    visitor.set_cookie("tutela_lang", Some("pseudo"));
    for path in [
        "/admin/units",
        "/admin/units?done=added",
        "/admin/units?done=moved",
        "/admin/cadres",
        "/admin/cadres?saved=1",
        "/admin/institutions",
        "/admin/institutions?saved=1",
        "/admin/audit",
        "/admin/audit?verify=1",
        "/admin/audit?action=nothing.like.this",
    ] {
        clean(&visitor, path, 200).await;
    }

    // Forms sent back with their errors, and refusals of the records.
    let csrf = visitor.get("/admin/units").await.csrf();
    let units = visitor.get("/admin/units").await.body;
    let north = units.split("<option value=\"").find(|o| o.contains("(north)<")).unwrap().split('"').next().unwrap();
    let north = north.to_string();
    let sent: [(&str, Vec<(&str, &str)>); 6] = [
        ("/admin/units", vec![("code", "Not A Code"), ("name", ""), ("parent", "")]),
        ("/admin/units", vec![("code", "north"), ("name", "North again"), ("parent", &north)]),
        ("/admin/units/move", vec![("unit", &north), ("new_parent", &north)]),
        ("/admin/cadres", vec![("slug", "Bad Slug"), ("name", "")]),
        ("/admin/cadres", vec![("slug", "judge"), ("name", "Judges again")]),
        ("/admin/institutions", vec![("slug", "x y"), ("name", ""), ("root_code", "")]),
    ];
    for (path, fields) in sent {
        let mut form = vec![("csrf", csrf.as_str())];
        form.extend(fields);
        let page = visitor.post(path, &form).await;
        assert_eq!(page.status, 422, "POST {path} {form:?}");
        assert!(page.body.contains("class=\"error\""), "POST {path} shows its errors");
        assert_eq!(leaks(&page.body), Vec::<String>::new(), "POST {path} {form:?}");
    }

    visitor.set_cookie("tutela_lang", Some("fr"));
    let form = [("csrf", csrf.as_str()), ("code", "north"), ("name", "N"), ("parent", north.as_str())];
    let refused = visitor.post("/admin/units", &form).await.body;
    assert!(refused.contains("est déjà utilisé dans cette institution."), "{refused}");
    let cadres = visitor.get("/admin/cadres").await.body;
    assert!(cadres.contains("Ajouter un corps professionnel") && cadres.contains("en activité"), "{cadres}");
    let audit = visitor.get("/admin/audit?verify=1").await.body;
    assert!(audit.contains("le journal d'audit est intègre"), "{audit}");
    assert!(audit.contains("rôle attribué : Administrateur sur l'ensemble du déploiement"), "{audit}");
    assert!(audit.contains("rôle attribué : Ressources humaines sur <bdi>Northern Region</bdi>"), "{audit}");
    visitor.set_cookie("tutela_lang", Some("ar"));
    let institutions = visitor.get("/admin/institutions").await.body;
    assert!(institutions.contains("إضافة مؤسسة"), "{institutions}");
    server.stop().await;
}
