//! HR's people pages: the list in scope (search, filters, pages), a
//! person's history and account, and the invitation an officer hands on,
//! which the person then uses to activate their account and sign in.

use tutela_app::model::AuditAction;
use tutela_app::store::{NewPerson, Role};
use tutela_server::auth::AuthConfig;
use tutela_tests::{Backend, TestDb, TestServer, Visitor, add_person, on_both_backends};

on_both_backends!(
    hr_finds_people_in_scope_and_hands_on_an_activation_link,
    hr_unlocks_a_locked_account,
    hr_previews_and_applies_a_roster_in_the_browser_way,
    an_administrator_grants_and_revokes_a_role,
    an_administrator_adds_a_unit_and_moves_a_subtree,
    a_deployment_administrator_renames_retires_and_adds_cadres,
    a_deployment_administrator_adds_an_institution,
    a_deployment_administrator_acts_on_another_institution_and_no_one_else_can,
    exports_neutralise_spreadsheet_formulas_and_the_roster_comes_back_unchanged,
    activation_links_are_all_new_or_none_changed,
    hr_of_one_institution_learns_nothing_of_an_email_used_in_another,
);

const PASSWORD: &str = "river lantern mango";

async fn server_with_hr(backend: Backend) -> Option<TestServer> {
    let db = TestDb::create(backend).await?;
    let store = db.store().await;
    tutela_server::demo::ensure(store.as_ref()).await.unwrap();
    let hr = add_person(&store, "HR-1", Some("hr@example.org"), Some(PASSWORD)).await;
    store.grant_role(hr, Role::Hr, Some("north"), "test").await.unwrap();
    let auth = AuthConfig { attempts_per_minute: 1000, ..AuthConfig::default() };
    Some(TestServer::serve_with(db, store, auth).await)
}

async fn hr_finds_people_in_scope_and_hands_on_an_activation_link(backend: Backend) {
    let Some(server) = server_with_hr(backend).await else { return };
    let store = &server.store;
    for n in 0..58 {
        let unit = if n % 2 == 0 { "north-central" } else { "north-court" };
        let cadre = if n % 2 == 0 { "police-first-responder" } else { "judge" };
        let person = NewPerson {
            institution_slug: "demo-academy".into(),
            staff_number: format!("N-{n:03}"),
            given_name: "Person".into(),
            family_name: format!("North{n:03}"),
            email: None,
            cadre_slug: cadre.into(),
            unit_code: unit.into(),
            hire_date: "2021-07-01".into(),
        };
        let id = store.create_person(&person, "test").await.unwrap();
        store.create_account(id, None, "test").await.unwrap();
    }
    let south = store
        .create_person(
            &NewPerson {
                institution_slug: "demo-academy".into(),
                staff_number: "S-001".into(),
                given_name: "Person".into(),
                family_name: "South".into(),
                email: None,
                cadre_slug: "judge".into(),
                unit_code: "south-port".into(),
                hire_date: "2021-07-01".into(),
            },
            "test",
        )
        .await
        .unwrap();

    let hr = Visitor::new(&server);
    assert_eq!(hr.sign_in("HR-1", PASSWORD).await.status, 303);
    let list = hr.get("/people").await;
    assert_eq!(list.status, 200);
    assert!(list.body.contains(r#"href="/people">People</a>"#), "the header offers People to HR");
    // 58 in the north plus the officer herself.
    assert!(list.body.contains("59 people") && list.body.contains("Page 1 of 2"), "{}", list.body);
    assert_eq!(list.body.matches(r#"<td><a href="/people/"#).count(), 50, "fifty to a page");
    assert!(!list.body.contains("South"), "no one outside her scope");
    let second = hr.get("/people?page=2").await;
    assert_eq!(second.body.matches(r#"<td><a href="/people/"#).count(), 9);
    assert!(second.body.contains(r#"rel="prev""#));

    let judges = hr.get("/people?cadre=judge").await;
    assert!(judges.body.contains("29 people"), "filter by cadre");
    let found = hr.get("/people?q=north007").await;
    assert!(found.body.contains("1 person") && found.body.contains("Person North007"), "search by name");
    let by_number = hr.get("/people?q=N-01").await;
    assert!(by_number.body.contains("10 people"), "search by staff number: N-010 to N-019");
    let wildcard = hr.get("/people?q=%25").await;
    assert!(wildcard.body.contains("No one matches"), "a % typed is a character, not a wildcard");
    assert_eq!(hr.get(&format!("/people/{south}")).await.status, 403, "a person outside her scope");

    // Hand on an activation link; the person activates and signs in.
    let id: i64 = {
        let at = found.body.find(r#"<td><a href="/people/"#).unwrap() + r#"<td><a href="/people/"#.len();
        found.body[at..].split('"').next().unwrap().parse().unwrap()
    };
    let person = hr.get(&format!("/people/{id}")).await;
    assert!(person.body.contains("Not activated") && person.body.contains("Create an activation link"));
    assert!(person.body.contains("1 July 2021") && person.body.contains("Northern High Court"), "history");
    let invited = hr.post(&format!("/people/{id}/invite"), &[("csrf", &person.csrf())]).await;
    assert_eq!(invited.status, 200);
    let marker = "/activate/";
    let at = invited.body.find(marker).expect("the link is shown");
    let token = invited.body[at + marker.len()..].split('"').next().unwrap().to_string();
    assert!(invited.body[..at].ends_with(server.base.as_str()), "the link names this server");

    let newcomer = Visitor::new(&server);
    let form = newcomer.get(&format!("/activate/{token}")).await;
    assert!(form.body.contains("N-007"));
    let done = newcomer
        .post(
            &format!("/activate/{token}"),
            &[
                ("csrf", &form.csrf()),
                ("new_password", "sunrise over the lake"),
                ("confirm_password", "sunrise over the lake"),
            ],
        )
        .await;
    assert_eq!(done.status, 303);
    assert_eq!(newcomer.sign_in("N-007", "sunrise over the lake").await.status, 303);
    assert!(hr.get(&format!("/people/{id}")).await.body.contains("<p>Active</p>"));
    let audit = store.audit_entries(0, 500).await.unwrap();
    assert!(
        audit.iter().any(|e| e.entry.action == AuditAction::AccountInvite && e.entry.actor.starts_with("account:"))
    );
    server.stop().await;
}

async fn hr_unlocks_a_locked_account(backend: Backend) {
    let Some(server) = server_with_hr(backend).await else { return };
    let account = add_person(&server.store, "P-LOCK", None, Some("my own long phrase")).await;
    let (pending, _) = tutela_server::auth::invite(
        server.store.as_ref(),
        account,
        tutela_app::store::InvitationPurpose::Reset,
        "account:1",
        server.clock.now(),
    )
    .await
    .unwrap();
    let person = Visitor::new(&server);
    for _ in 0..3 {
        person.sign_in("P-LOCK", "a wrong long phrase").await;
    }
    assert_eq!(person.sign_in("P-LOCK", "my own long phrase").await.status, 429, "paused for this address");

    // HR locks the account outright: the person cannot sign in from anywhere.
    let hr = Visitor::new(&server);
    hr.sign_in("HR-1", PASSWORD).await;
    let list = hr.get("/people?q=P-LOCK").await;
    let at = list.body.find(r#"<td><a href="/people/"#).unwrap() + r#"<td><a href="/people/"#.len();
    let id: i64 = list.body[at..].split('"').next().unwrap().parse().unwrap();
    let page = hr.get(&format!("/people/{id}")).await;
    assert!(page.body.contains("Lock the account"), "{}", page.body);
    assert_eq!(hr.post(&format!("/people/{id}/lock"), &[("csrf", &page.csrf())]).await.status, 303);
    assert!(hr.get("/people?q=P-LOCK").await.body.contains("Locked"));
    assert_eq!(person.get(&format!("/activate/{pending}")).await.status, 410, "locking withdrew the pending link");
    // A link issued while locked sets a password, but does not unlock.
    let (link, _) = tutela_server::auth::invite(
        server.store.as_ref(),
        account,
        tutela_app::store::InvitationPurpose::Reset,
        "account:1",
        server.clock.now(),
    )
    .await
    .unwrap();
    server
        .store
        .redeem_invitation(
            &tutela_server::auth::token_hash(&link),
            &tutela_server::auth::password::hash("a brand new phrase".into()).await.unwrap(),
            tutela_server::clock::Clock::system().now(),
        )
        .await
        .unwrap();
    let stranger = Visitor::new(&server);
    assert_ne!(stranger.sign_in("P-LOCK", "a brand new phrase").await.status, 303, "still locked");
    let audit = server.store.audit_entries(0, 500).await.unwrap();
    assert!(audit.iter().any(|e| e.entry.action == AuditAction::AccountLock && e.entry.actor.starts_with("account:")));

    let page = hr.get(&format!("/people/{id}")).await;
    assert!(page.body.contains("Unlock the account"));
    let unlocked = hr.post(&format!("/people/{id}/unlock"), &[("csrf", &page.csrf())]).await;
    assert_eq!(unlocked.status, 303);
    assert_eq!(
        person.sign_in("P-LOCK", "a brand new phrase").await.status,
        303,
        "unlocking lifted the lock and the pause"
    );
    server.stop().await;
}

async fn hr_previews_and_applies_a_roster_in_the_browser_way(backend: Backend) {
    let Some(server) = server_with_hr(backend).await else { return };
    let south = add_person(&server.store, "HR-S", None, Some("southern officer phrase")).await;
    let southerner = NewPerson {
        institution_slug: "demo-academy".into(),
        staff_number: "S-9".into(),
        given_name: "Sam".into(),
        family_name: "South".into(),
        email: None,
        cadre_slug: "judge".into(),
        unit_code: "south-port".into(),
        hire_date: "2020-01-01".into(),
    };
    server.store.create_person(&southerner, "test").await.unwrap();
    server.store.grant_role(south, Role::Hr, Some("south"), "test").await.unwrap();
    let hr = Visitor::new(&server);
    hr.sign_in("HR-1", PASSWORD).await;

    let export = hr.get("/people/roster.csv").await;
    assert_eq!(export.status, 200);
    assert_eq!(export.header("content-type"), Some("text/csv; charset=utf-8"));
    assert!(export.body.starts_with("staff_number,given_name,family_name,email,cadre,unit,hire_date,status,left_on"));
    assert!(export.body.contains("HR-1,Amina,Okafor HR-1,hr@example.org,prosecutor,north,2024-03-01,active,"));
    assert!(!export.body.contains("S-9"), "the export holds only her units");

    let form = hr.get("/people/roster").await;
    assert_eq!(form.status, 200);
    let csrf = form.csrf();
    let header = "staff_number,given_name,family_name,email,cadre,unit,hire_date,status,left_on\n";
    let bad = format!(
        "{header}R-1,Rose,Phiri,,judge,north-court,2025-01-06,,\nR-2,Tom,Zulu,,judge,south-port,2025-01-06,,\n"
    );
    let preview = hr
        .post_file("/people/roster", &[("csrf", &csrf), ("as_of", "")], ("file", "staff.csv", bad.into_bytes()))
        .await;
    assert_eq!(preview.status, 422);
    assert!(
        preview.body.contains("Rows in error") && preview.body.contains("outside the units you manage"),
        "{}",
        preview.body
    );
    assert!(!preview.body.contains("Apply these changes"), "a file with errors cannot be applied");

    let bad_date = hr
        .post_file("/people/roster", &[("csrf", &csrf), ("as_of", "1 March")], ("file", "staff.csv", b"x".to_vec()))
        .await;
    assert_eq!(bad_date.status, 422);
    assert!(bad_date.body.contains(r#"id="as_of-error""#) && bad_date.body.contains(r#"value="1 March""#));

    let good = format!(
        "{header}R-1,Rose,Phiri,,judge,north-court,2025-01-06,,\nR-2,Tom,Zulu,,Prosecutors,hq/north/north-central,2025-01-06,,\n"
    );
    let preview = hr
        .post_file(
            "/people/roster",
            &[("csrf", &csrf), ("as_of", "2026-01-05")],
            ("file", "staff.csv", good.into_bytes()),
        )
        .await;
    assert_eq!(preview.status, 200, "{}", preview.body);
    assert!(preview.body.contains("<dt>Joining</dt><dd>2</dd>"), "{}", preview.body);
    assert_eq!(server.store.people(None, &Default::default(), 100).await.unwrap().1, 3, "a preview changes nothing");
    let marker = r#"action="/people/roster/"#;
    let at = preview.body.find(marker).expect("an apply form") + marker.len();
    let upload: tutela_app::ids::UploadId = preview.body[at..].split('/').next().unwrap().parse().unwrap();

    let other = Visitor::new(&server);
    other.sign_in("HR-S", "southern officer phrase").await;
    let other_csrf = other.get("/account").await.csrf();
    let stolen = other.post(&format!("/people/roster/{upload}/apply"), &[("csrf", &other_csrf)]).await;
    assert_eq!(stolen.status, 403, "only the officer who uploaded a file applies it");

    let applied = hr.post(&format!("/people/roster/{upload}/apply"), &[("csrf", &csrf)]).await;
    assert_eq!(applied.status, 200);
    assert!(applied.body.contains("These changes were made"), "{}", applied.body);
    assert!(applied.body.contains("<dt>Joining</dt><dd>2</dd>"), "the page shows what was done");
    let kept = server.store.roster_upload(upload).await.unwrap().unwrap();
    assert!(kept.applied && kept.content.is_empty(), "the staff list is not kept once applied");
    let list = hr.get("/people?q=phiri").await;
    assert!(list.body.contains("Rose Phiri") && list.body.contains("Not activated"));

    // Hand on every new account's link at once.
    let links = hr.post("/people/invitations.csv", &[("csrf", &csrf)]).await;
    assert_eq!(links.status, 200);
    assert_eq!(links.header("content-disposition"), Some("attachment; filename=\"activation-links.csv\""));
    assert!(links.body.starts_with("staff_number,name,unit,link,expires\n"), "{}", links.body);
    assert_eq!(links.body.lines().count(), 3, "Rose and Tom, not the active HR officer: {}", links.body);
    let link = links.body.lines().find(|l| l.starts_with("R-1,")).unwrap().split(',').nth(3).unwrap().to_string();
    let token = link.rsplit('/').next().unwrap();
    assert_eq!(Visitor::new(&server).get(&format!("/activate/{token}")).await.status, 200, "the exported link works");
    let again = hr.post(&format!("/people/roster/{upload}/apply"), &[("csrf", &csrf)]).await;
    assert!(!again.body.contains("These changes were made"), "a file is applied once");
    assert!(again.status == 409 && again.body.contains("applied already"), "{}", again.body);
    assert_eq!(server.store.people(None, &Default::default(), 100).await.unwrap().1, 5);
    server.stop().await;
}

async fn an_administrator_grants_and_revokes_a_role(backend: Backend) {
    let Some(server) = server_with_hr(backend).await else { return };
    let admin = add_person(&server.store, "ADM-1", None, Some("the administrator phrase")).await;
    server.store.grant_role(admin, Role::Admin, None, "test").await.unwrap();
    add_person(&server.store, "NEXT-HR", None, Some("the next officer phrase")).await;
    let next_hr = Visitor::new(&server);
    next_hr.sign_in("NEXT-HR", "the next officer phrase").await;
    assert_eq!(next_hr.get("/people").await.status, 403);

    let admin_visitor = Visitor::new(&server);
    admin_visitor.sign_in("ADM-1", "the administrator phrase").await;
    let list = admin_visitor.get("/people?q=NEXT-HR").await;
    let at = list.body.find(r#"<td><a href="/people/"#).unwrap() + r#"<td><a href="/people/"#.len();
    let id: i64 = list.body[at..].split('"').next().unwrap().parse().unwrap();
    let page = admin_visitor.get(&format!("/people/{id}")).await;
    assert!(page.body.contains("Learner (every account)") && page.body.contains(">Grant<"));
    let south = {
        let marker = "Southern Region</option>";
        let end = page.body.find(marker).expect("the units to grant on");
        let start = page.body[..end].rfind("value=\"").unwrap() + "value=\"".len();
        page.body[start..end].split('"').next().unwrap().to_string()
    };
    let granted = admin_visitor
        .post(&format!("/people/{id}/roles"), &[("csrf", &page.csrf()), ("role", "hr"), ("unit", &south)])
        .await;
    assert_eq!(granted.status, 303);
    let page = admin_visitor.get(&format!("/people/{id}")).await;
    assert!(page.words().contains("HR, Southern Region"), "{}", page.body);
    // The grant applies to the session the person already has.
    assert_eq!(next_hr.get("/people").await.status, 200);

    // The northern HR officer may see this person but not change their roles.
    let hr = Visitor::new(&server);
    hr.sign_in("HR-1", PASSWORD).await;
    let hr_page = hr.get(&format!("/people/{id}")).await;
    assert!(!hr_page.body.contains(">Grant<"), "no grant form for HR");
    let forbidden = hr
        .post(&format!("/people/{id}/roles"), &[("csrf", &hr_page.csrf()), ("role", "admin"), ("unit", &south)])
        .await;
    assert_eq!(forbidden.status, 403);

    let marker = "/roles/";
    let at = page.body.find(marker).unwrap() + marker.len();
    let grant: i64 = page.body[at..].split('/').next().unwrap().parse().unwrap();
    let revoked = admin_visitor.post(&format!("/people/{id}/roles/{grant}/revoke"), &[("csrf", &page.csrf())]).await;
    assert_eq!(revoked.status, 303);
    assert_eq!(next_hr.get("/people").await.status, 403, "revoked at once");
    let audit = server.store.audit_entries(0, 200).await.unwrap();
    assert!(audit.iter().any(|e| e.entry.action == AuditAction::RoleRevoke));
    server.stop().await;
}

/// The `value` of the `<option>` whose label ends with `label`.
fn option_value(body: &str, label: &str) -> String {
    let end = body.find(&format!("{label}</option>")).unwrap_or_else(|| panic!("no option {label}"));
    let start = body[..end].rfind("value=\"").unwrap() + "value=\"".len();
    body[start..end].split('"').next().unwrap().to_string()
}

async fn an_administrator_adds_a_unit_and_moves_a_subtree(backend: Backend) {
    let Some(server) = server_with_hr(backend).await else { return };
    let admin = add_person(&server.store, "ADM-2", None, Some("the administrator phrase")).await;
    server.store.grant_role(admin, Role::Admin, None, "test").await.unwrap();
    let visitor = Visitor::new(&server);
    visitor.sign_in("ADM-2", "the administrator phrase").await;
    let page = visitor.get("/admin/units").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Port City Police Station"));
    let csrf = page.csrf();
    let hq = option_value(&page.body, "Headquarters (hq)");

    let bad =
        visitor.post("/admin/units", &[("csrf", &csrf), ("code", "East Court"), ("name", ""), ("parent", &hq)]).await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains(r#"id="code-error""#) && bad.body.contains(r#"id="name-error""#));
    assert!(bad.body.contains(r#"value="East Court""#), "the value typed is kept");
    let added = visitor
        .post("/admin/units", &[("csrf", &csrf), ("code", "east"), ("name", "Eastern Region"), ("parent", &hq)])
        .await;
    assert_eq!(added.status, 303);
    let twice =
        visitor.post("/admin/units", &[("csrf", &csrf), ("code", "east"), ("name", "Again"), ("parent", &hq)]).await;
    assert!(twice.status == 422 && twice.body.contains("already used"));

    // Move the Northern Region's central station, with its people, under the new Eastern Region.
    let moving = NewPerson {
        institution_slug: "demo-academy".into(),
        staff_number: "C-1".into(),
        given_name: "Carla".into(),
        family_name: "Central".into(),
        email: None,
        cadre_slug: "judge".into(),
        unit_code: "north-central".into(),
        hire_date: "2020-01-01".into(),
    };
    server.store.create_person(&moving, "test").await.unwrap();
    let hr = Visitor::new(&server);
    hr.sign_in("HR-1", PASSWORD).await;
    assert!(hr.get("/people?q=C-1").await.body.contains("Carla Central"), "north HR manages the station");

    let page = visitor.get("/admin/units").await;
    let station = option_value(&page.body, "Central Police Station, North (north-central)");
    let east = option_value(&page.body, "Eastern Region (east)");
    let inside = visitor.post("/admin/units/move", &[("csrf", &csrf), ("unit", &hq), ("new_parent", &station)]).await;
    assert!(inside.status == 422 && inside.body.contains("cannot move under itself"), "{}", inside.body);
    let moved = visitor.post("/admin/units/move", &[("csrf", &csrf), ("unit", &station), ("new_parent", &east)]).await;
    assert_eq!(moved.status, 303);
    assert!(visitor.get("/admin/units?done=moved").await.body.contains("The unit was moved"));
    assert!(hr.get("/people?q=C-1").await.body.contains("No one matches"), "the scope follows the tree");
    let units = server
        .store
        .institution_units(server.store.institution_id("demo-academy").await.unwrap().unwrap())
        .await
        .unwrap();
    let path = |code: &str| units.iter().find(|u| u.code == code).unwrap().path.clone();
    assert!(path("north-central").starts_with(&path("east")), "{} under {}", path("north-central"), path("east"));
    assert!(matches!(
        tutela_server::audit::verify(server.store.as_ref()).await.unwrap(),
        tutela_server::audit::Verdict::Intact { .. }
    ));
    server.stop().await;
}

async fn a_deployment_administrator_renames_retires_and_adds_cadres(backend: Backend) {
    let Some(server) = server_with_hr(backend).await else { return };
    let admin = add_person(&server.store, "ADM-3", None, Some("the administrator phrase")).await;
    server.store.grant_role(admin, Role::Admin, None, "test").await.unwrap();
    let visitor = Visitor::new(&server);
    visitor.sign_in("ADM-3", "the administrator phrase").await;
    let page = visitor.get("/admin/cadres").await;
    assert_eq!(page.status, 200);
    let csrf = page.csrf();
    let cadres = server.store.cadre_lines().await.unwrap();
    let id = |slug: &str| cadres.iter().find(|c| c.slug == slug).unwrap().id;
    let anonymous_home = || async { server.get("/").await.1 };

    let renamed = visitor
        .post(
            &format!("/admin/cadres/{}", id("judge")),
            &[("csrf", &csrf), ("name", "Judicial officers"), ("description", "Judges and magistrates.")],
        )
        .await;
    assert_eq!(renamed.status, 303);
    server.catch_up().await;
    assert!(anonymous_home().await.contains("Judicial officers"), "the cached home page shows the new name");
    assert_eq!(server.get("/cadres/judge").await.0, 200, "the slug stays");

    let blank = visitor
        .post(&format!("/admin/cadres/{}", id("judge")), &[("csrf", &csrf), ("name", " "), ("description", "x")])
        .await;
    assert_eq!(blank.status, 422);

    let retired = visitor
        .post(&format!("/admin/cadres/{}/retire", id("helpline-counsellor")), &[("csrf", &csrf), ("retired", "yes")])
        .await;
    assert_eq!(retired.status, 303);
    let institution = server.store.institution_id("demo-academy").await.unwrap().unwrap();
    let csv = "staff_number,given_name,family_name,cadre,unit,hire_date\nH-1,Hana,Line,helpline-counsellor,south,2025-01-01\n";
    let options = tutela_server::roster::RosterOptions {
        complete: false,
        as_of: "2026-01-01".into(),
        scopes: None,
        file_name: "f.csv".into(),
        protected: Default::default(),
    };
    let preview =
        tutela_server::roster::preview(server.store.as_ref(), institution, csv.as_bytes(), &options).await.unwrap();
    assert!(preview.errors[0].english().contains("is retired"), "{:?}", preview.errors);
    assert_eq!(
        after_catch_up(&server, "/cadres/helpline-counsellor").await,
        404,
        "a retired cadre leaves the catalogue"
    );
    visitor
        .post(&format!("/admin/cadres/{}/retire", id("helpline-counsellor")), &[("csrf", &csrf), ("retired", "no")])
        .await;
    assert_eq!(after_catch_up(&server, "/cadres/helpline-counsellor").await, 200, "and comes back");

    let bad = visitor
        .post(
            "/admin/cadres",
            &[("csrf", &csrf), ("slug", "Labour Inspectors"), ("name", "Labour inspectors"), ("description", "")],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains(r#"id="slug-error""#) && bad.body.contains(r#"value="Labour Inspectors""#));
    let added = visitor
        .post(
            "/admin/cadres",
            &[("csrf", &csrf), ("slug", "labour-inspector"), ("name", "Labour inspectors"), ("description", "")],
        )
        .await;
    assert_eq!(added.status, 303);
    let again = visitor
        .post("/admin/cadres", &[("csrf", &csrf), ("slug", "labour-inspector"), ("name", "Again"), ("description", "")])
        .await;
    assert!(again.status == 422 && again.body.contains("already used"));
    assert_eq!(after_catch_up(&server, "/cadres/labour-inspector").await, 200);
    let audit = server.store.audit_entries(0, 200).await.unwrap();
    for action in
        [AuditAction::CadreRename, AuditAction::CadreRetire, AuditAction::CadreRestore, AuditAction::CadreCreate]
    {
        assert!(audit.iter().any(|e| e.entry.action == action), "{action} is audited");
    }

    // An institution's own administrator cannot change the deployment's cadres.
    let hr = Visitor::new(&server);
    hr.sign_in("HR-1", PASSWORD).await;
    assert_eq!(hr.get("/admin/cadres").await.status, 403);
    server.stop().await;
}

/// The status of `path` once the page cache has caught up with the
/// content generation.
async fn after_catch_up(server: &TestServer, path: &str) -> u16 {
    server.catch_up().await;
    server.get(path).await.0
}

async fn a_deployment_administrator_adds_an_institution(backend: Backend) {
    let Some(server) = server_with_hr(backend).await else { return };
    let admin = add_person(&server.store, "ADM-4", None, Some("the administrator phrase")).await;
    server.store.grant_role(admin, Role::Admin, None, "test").await.unwrap();
    let visitor = Visitor::new(&server);
    visitor.sign_in("ADM-4", "the administrator phrase").await;
    let page = visitor.get("/admin/institutions").await;
    assert!(page.body.contains("National Child Protection Training Institute (demo)"));
    let csrf = page.csrf();
    let form = |slug: &'static str, root: &'static str| {
        [
            ("slug", slug),
            ("name", "Judicial Institute"),
            ("country", "Demo"),
            ("root_code", root),
            ("root_name", "Headquarters"),
        ]
    };
    let mut fields: Vec<(&str, &str)> = vec![("csrf", &csrf)];
    fields.extend(form("Judicial Institute", ""));
    let bad = visitor.post("/admin/institutions", &fields).await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains(r#"id="slug-error""#) && bad.body.contains(r#"id="root_code-error""#));
    let mut fields: Vec<(&str, &str)> = vec![("csrf", &csrf)];
    fields.extend(form("judicial-institute", "hq"));
    assert_eq!(visitor.post("/admin/institutions", &fields).await.status, 303);
    assert_eq!(visitor.post("/admin/institutions", &fields).await.status, 422, "the slug is taken");
    let id = server.store.institution_id("judicial-institute").await.unwrap().expect("created");
    let units = server.store.institution_units(id).await.unwrap();
    assert_eq!(units.len(), 1);
    assert_eq!(units[0].path, format!("/{}/", units[0].id));
    server.stop().await;
}

async fn a_deployment_administrator_acts_on_another_institution_and_no_one_else_can(backend: Backend) {
    let Some(server) = server_with_hr(backend).await else { return };
    let store = &server.store;
    store
        .create_institution("judicial-institute", "Judicial Institute", "Demo", "jhq", "Judicial HQ", "test")
        .await
        .unwrap();
    let judicial = store.institution_id("judicial-institute").await.unwrap().unwrap();
    let demo = store.institution_id("demo-academy").await.unwrap().unwrap();
    let admin = add_person(store, "ADM-5", None, Some("the administrator phrase")).await;
    store.grant_role(admin, Role::Admin, None, "test").await.unwrap();
    let visitor = Visitor::new(&server);
    visitor.sign_in("ADM-5", "the administrator phrase").await;
    let list = visitor.get("/admin/institutions").await;
    assert!(list.body.contains(r#"href="/people/roster?institution=judicial-institute""#), "{}", list.body);

    // Units: the other institution's tree, and a unit added to it.
    let units = visitor.get("/admin/units?institution=judicial-institute").await;
    assert_eq!(units.status, 200);
    assert!(units.body.contains("Judicial HQ (jhq)") && !units.body.contains("Port City Police Station"));
    assert!(units.body.contains(r#"<input type="hidden" name="institution" value="judicial-institute""#));
    let csrf = units.csrf();
    let jhq = option_value(&units.body, "Judicial HQ (jhq)");
    let added = visitor
        .post(
            "/admin/units",
            &[
                ("csrf", &csrf),
                ("institution", "judicial-institute"),
                ("code", "bench"),
                ("name", "Bench"),
                ("parent", &jhq),
            ],
        )
        .await;
    assert_eq!(added.status, 303);
    assert_eq!(added.header("location"), Some("/admin/units?done=added&institution=judicial-institute"));
    let codes: Vec<String> = store.institution_units(judicial).await.unwrap().into_iter().map(|u| u.code).collect();
    assert_eq!(codes, ["jhq", "bench"]);

    // Roster: uploaded into the chosen institution, applied there and nowhere else.
    let form = visitor.get("/people/roster?institution=judicial-institute").await;
    assert!(
        form.body.contains("Judicial Institute")
            && form.body.contains(r#"name="institution" value="judicial-institute""#)
    );
    let roster = "staff_number,given_name,family_name,email,cadre,unit,hire_date,status,left_on\n\
                  J-1,Joy,Banda,,judge,bench,2025-02-03,,\n";
    let fields = [("csrf", csrf.as_str()), ("as_of", ""), ("institution", "judicial-institute")];
    let preview =
        visitor.post_file("/people/roster", &fields, ("file", "judges.csv", roster.as_bytes().to_vec())).await;
    assert_eq!(preview.status, 200, "{}", preview.body);
    assert!(preview.body.contains("<dt>Joining</dt><dd>1</dd>"));
    let marker = r#"action="/people/roster/"#;
    let at = preview.body.find(marker).expect("an apply form") + marker.len();
    let upload: tutela_app::ids::UploadId = preview.body[at..].split('/').next().unwrap().parse().unwrap();
    assert_eq!(visitor.post(&format!("/people/roster/{upload}/apply"), &[("csrf", &csrf)]).await.status, 200);
    assert_eq!(store.roster(judicial).await.unwrap().len(), 1);
    assert!(store.roster(demo).await.unwrap().iter().all(|p| p.entry.staff_number != "J-1"));

    let theirs = visitor.get("/people?institution=judicial-institute&status=").await;
    assert!(theirs.body.contains("Joy Banda") && !theirs.body.contains("Okafor HR-1"), "{}", theirs.body);
    let own = visitor.get("/people?status=").await;
    assert!(own.body.contains("Okafor HR-1") && !own.body.contains("Joy Banda"), "own institution by default");
    let export = visitor.get("/people/roster.csv?institution=judicial-institute").await;
    assert!(export.body.contains("J-1,Joy,Banda,,judge,bench,2025-02-03,active,"), "{}", export.body);

    // An HR officer of the demo academy cannot reach the other institution by naming it.
    let hr = Visitor::new(&server);
    hr.sign_in("HR-1", PASSWORD).await;
    let hr_csrf = hr.get("/account").await.csrf();
    assert_eq!(hr.get("/people?institution=judicial-institute").await.status, 403);
    assert_eq!(hr.get("/people/roster.csv?institution=judicial-institute").await.status, 403);
    let second = "staff_number,given_name,family_name,email,cadre,unit,hire_date,status,left_on\n\
                  J-2,Ann,Moyo,,judge,bench,2025-02-03,,\n";
    let fields = [("csrf", hr_csrf.as_str()), ("as_of", ""), ("institution", "judicial-institute")];
    let refused = hr.post_file("/people/roster", &fields, ("file", "judges.csv", second.as_bytes().to_vec())).await;
    assert_eq!(refused.status, 403);
    let links = hr.post("/people/invitations.csv", &[("csrf", &hr_csrf), ("institution", "judicial-institute")]).await;
    assert_eq!(links.status, 403);
    assert_eq!(store.roster(judicial).await.unwrap().len(), 1, "nothing was written");
    server.stop().await;
}

/// Adds a person without an account to activate yet, in `unit` of the demo
/// institution; returns the person's id.
async fn add_unactivated(
    server: &TestServer,
    staff: &str,
    given: &str,
    family: &str,
    unit: &str,
) -> tutela_app::ids::PersonId {
    let person = NewPerson {
        institution_slug: "demo-academy".into(),
        staff_number: staff.into(),
        given_name: given.into(),
        family_name: family.into(),
        email: None,
        cadre_slug: "judge".into(),
        unit_code: unit.into(),
        hire_date: "2021-07-01".into(),
    };
    let id = server.store.create_person(&person, "test").await.unwrap();
    server.store.create_account(id, None, "test").await.unwrap();
    id
}

/// Whether a CSV text has a cell that starts like a spreadsheet formula
/// (at the start of a line, or after a comma, quoted or not).
fn has_formula_cell(csv: &str) -> bool {
    csv.lines().any(|line| {
        let starts = ["=", "+", "-", "@", "\t", "\r"];
        let after = |prefix: &str| starts.iter().any(|s| line.starts_with(&format!("{prefix}{s}")));
        after("")
            || after("\"")
            || starts.iter().any(|s| line.contains(&format!(",{s}")) || line.contains(&format!(",\"{s}")))
    })
}

async fn exports_neutralise_spreadsheet_formulas_and_the_roster_comes_back_unchanged(backend: Backend) {
    let Some(server) = server_with_hr(backend).await else { return };
    add_unactivated(&server, "+100", "=HYPERLINK(\"http://evil.example\",\"x\")", "+1", "north-court").await;
    add_unactivated(&server, "ROS-2", "@SUM(A1)", "-2", "north-court").await;
    add_unactivated(&server, "ROS-3", "'@home", "Plain", "north-court").await;
    let hr = Visitor::new(&server);
    hr.sign_in("HR-1", PASSWORD).await;

    let export = hr.get("/people/roster.csv").await;
    assert_eq!(export.status, 200);
    for line in [
        "'+100,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'+1,,judge,north-court,2021-07-01,active,",
        "ROS-2,'@SUM(A1),'-2,,judge,north-court,2021-07-01,active,",
        "ROS-3,''@home,Plain,,judge,north-court,2021-07-01,active,",
    ] {
        assert!(export.body.lines().any(|l| l == line), "`{line}` in:\n{}", export.body);
    }
    assert!(!has_formula_cell(&export.body), "{}", export.body);

    let csrf = hr.get("/people/roster").await.csrf();
    let links = hr.post("/people/invitations.csv", &[("csrf", &csrf)]).await;
    assert_eq!(links.status, 200);
    assert!(links.body.contains("'+100,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\") +1\","), "{}", links.body);
    assert!(links.body.contains("\nROS-2,'@SUM(A1) -2,"), "{}", links.body);
    assert!(!has_formula_cell(&links.body), "{}", links.body);

    // The export imports back as it is: nothing changes.
    let fields = [("csrf", csrf.as_str()), ("as_of", "")];
    let back = hr.post_file("/people/roster", &fields, ("file", "roster.csv", export.body.into_bytes())).await;
    assert_eq!(back.status, 200, "{}", back.body);
    assert!(back.body.contains("<dt>Unchanged</dt><dd>4</dd>"), "{}", back.body);
    assert!(back.body.contains("The records already match this file"), "{}", back.body);
    server.stop().await;
}

/// The tokens of the links in an activation-links CSV, by staff number.
fn link_tokens(csv: &str) -> Vec<(String, String)> {
    csv.lines()
        .skip(1)
        .map(|line| {
            let staff = line.split(',').next().unwrap().to_string();
            let token = line.split("/activate/").nth(1).unwrap().split(',').next().unwrap().to_string();
            (staff, token)
        })
        .collect()
}

async fn activation_links_are_all_new_or_none_changed(backend: Backend) {
    let Some(server) = server_with_hr(backend).await else { return };
    let mut people = Vec::new();
    for staff in ["L-1", "L-2", "L-3"] {
        people.push((staff, add_unactivated(&server, staff, "Linda", staff, "north-central").await));
    }
    let hr = Visitor::new(&server);
    hr.sign_in("HR-1", PASSWORD).await;
    let csrf = hr.get("/people/roster").await.csrf();
    let first = hr.post("/people/invitations.csv", &[("csrf", &csrf)]).await;
    assert_eq!(first.status, 200);
    let old = link_tokens(&first.body);
    assert_eq!(old.len(), 3, "{}", first.body);
    let invites = || async {
        server
            .store
            .audit_entries(0, 500)
            .await
            .unwrap()
            .iter()
            .filter(|e| e.entry.action == AuditAction::AccountInvite)
            .count()
    };
    let invited = invites().await;

    // The database refuses the link of the last person in the file, after the others.
    let last = &old[2].0;
    let person = people.iter().find(|(staff, _)| staff == last).unwrap().1;
    let account = server.store.account_of(person).await.unwrap().unwrap();
    let refusal = match backend {
        Backend::Sqlite => vec![format!(
            "CREATE TRIGGER refuse_invitation BEFORE INSERT ON invitations WHEN NEW.account_id = {account} \
             BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
        )],
        Backend::Postgres => vec![
            format!(
                "CREATE FUNCTION refuse_invitation() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
                 IF NEW.account_id = {account} THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$"
            ),
            "CREATE TRIGGER refuse_invitation BEFORE INSERT ON invitations FOR EACH ROW \
             EXECUTE FUNCTION refuse_invitation()"
                .to_string(),
        ],
    };
    for statement in &refusal {
        server.db.execute(statement).await.unwrap();
    }
    let failed = hr.post("/people/invitations.csv", &[("csrf", &csrf)]).await;
    assert_eq!(failed.status, 503, "{}", failed.body);
    assert_ne!(failed.header("content-type"), Some("text/csv; charset=utf-8"), "no partial file");
    assert!(!failed.body.contains("/activate/") && !failed.body.contains("refused by the test"));
    for (staff, token) in &old {
        assert_eq!(Visitor::new(&server).get(&format!("/activate/{token}")).await.status, 200, "{staff}'s link works");
    }
    assert_eq!(invites().await, invited, "no invitation was recorded");

    // Once the database accepts them, every link is new and the old ones stop working.
    let drop = match backend {
        Backend::Sqlite => "DROP TRIGGER refuse_invitation",
        Backend::Postgres => "DROP TRIGGER refuse_invitation ON invitations",
    };
    server.db.execute(drop).await.unwrap();
    let second = hr.post("/people/invitations.csv", &[("csrf", &csrf)]).await;
    assert_eq!(second.status, 200);
    let new = link_tokens(&second.body);
    assert_eq!(new.len(), 3);
    for ((_, old), (staff, new)) in old.iter().zip(&new) {
        assert_eq!(Visitor::new(&server).get(&format!("/activate/{old}")).await.status, 410, "{staff}'s old link");
        assert_eq!(Visitor::new(&server).get(&format!("/activate/{new}")).await.status, 200, "{staff}'s new link");
    }
    assert_eq!(invites().await, invited + 3);
    assert!(matches!(
        tutela_server::audit::verify(server.store.as_ref()).await.unwrap(),
        tutela_server::audit::Verdict::Intact { .. }
    ));
    server.stop().await;
}

async fn hr_of_one_institution_learns_nothing_of_an_email_used_in_another(backend: Backend) {
    let Some(server) = server_with_hr(backend).await else { return };
    let store = &server.store;
    add_person(store, "A-MAIL", Some("shared@example.org"), None).await;
    store
        .create_institution("judicial-institute", "Judicial Institute", "Demo", "jhq", "Judicial HQ", "test")
        .await
        .unwrap();
    let judicial = store.institution_id("judicial-institute").await.unwrap().unwrap();
    let officer = NewPerson {
        institution_slug: "judicial-institute".into(),
        staff_number: "HR-J".into(),
        given_name: "Jo".into(),
        family_name: "Judicial".into(),
        email: Some("jo@example.org".into()),
        cadre_slug: "prosecutor".into(),
        unit_code: "jhq".into(),
        hire_date: "2024-03-01".into(),
    };
    let officer = store.create_person(&officer, "test").await.unwrap();
    let hash = tutela_server::auth::password::hash(PASSWORD.into()).await.unwrap();
    let account = store.create_account(officer, Some(&hash), "test").await.unwrap();
    store.grant_role(account, Role::Hr, Some("jhq"), "test").await.unwrap();
    let hr = Visitor::new(&server);
    assert_eq!(hr.sign_in("HR-J", PASSWORD).await.status, 303);
    let csrf = hr.get("/people/roster").await.csrf();

    // Within her institution she is told whose the email is; nothing about the other.
    let header = "staff_number,given_name,family_name,email,cadre,unit,hire_date,status,left_on\n";
    let own = format!("{header}J-1,Joy,Banda,jo@example.org,judge,jhq,2025-02-03,,\n");
    let fields = [("csrf", csrf.as_str()), ("as_of", "")];
    let preview = hr.post_file("/people/roster", &fields, ("file", "judges.csv", own.into_bytes())).await;
    assert!(preview.status == 422 && preview.body.contains("belongs to someone else"), "{}", preview.body);

    let roster = format!(
        "{header}J-1,Joy,Banda,,judge,jhq,2025-02-03,,\nJ-2,Ann,Moyo,shared@example.org,judge,jhq,2025-02-03,,\n"
    );
    let preview = hr.post_file("/people/roster", &fields, ("file", "judges.csv", roster.into_bytes())).await;
    let reveals =
        |body: &str| ["A-MAIL", "Okafor", "someone else", "Demo", "demo-academy"].iter().any(|w| body.contains(w));
    assert_eq!(preview.status, 200, "{}", preview.body);
    assert!(!reveals(&preview.body), "the preview says nothing of the other institution: {}", preview.body);
    assert!(preview.body.contains("<dt>Joining</dt><dd>2</dd>"));
    let marker = r#"action="/people/roster/"#;
    let at = preview.body.find(marker).expect("an apply form") + marker.len();
    let upload: tutela_app::ids::UploadId = preview.body[at..].split('/').next().unwrap().parse().unwrap();

    // The database refuses the email at apply: a clear message on its line, nothing written.
    let applied = hr.post(&format!("/people/roster/{upload}/apply"), &[("csrf", &csrf)]).await;
    assert_eq!(applied.status, 422, "{}", applied.body);
    assert!(
        applied.words().contains("<td>3</td><td>email shared@example.org cannot be used in Tutela"),
        "{}",
        applied.body
    );
    assert!(!reveals(&applied.body) && !applied.body.contains("These changes were made"), "{}", applied.body);
    assert!(!applied.body.contains("Apply these changes"));
    assert_eq!(store.roster(judicial).await.unwrap().len(), 1, "nothing was written");
    assert!(!store.roster_upload(upload).await.unwrap().unwrap().applied);
    let audit = store.audit_entries(0, 500).await.unwrap();
    assert!(!audit.iter().any(|e| e.entry.action == AuditAction::RosterImport));
    server.stop().await;
}
