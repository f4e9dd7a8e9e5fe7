//! Nobody acts on an account more powerful than their own: the actions on a
//! person's account (a link, lock, unlock, grant, revoke) by HR and by
//! administrators of a unit, an institution and the deployment, on people
//! holding roles of every scope, and on themselves. Each cell starts from a
//! fresh target, so an action allowed in one cell does not change the next.

use tutela_app::store::SharedStore;
use tutela_app::store::{InvitationPurpose, NewPerson, Role};
use tutela_tests::{Backend, TestDb, TestServer, Visitor, on_both_backends, shipped_content};

on_both_backends!(
    nobody_acts_on_an_account_with_a_role_beyond_their_own_scope,
    revoke_is_offered_and_allowed_only_for_grants_in_the_callers_scope,
    a_roster_cannot_change_the_record_of_someone_more_powerful,
    no_link_reaches_an_account_more_powerful_than_its_issuer,
);

const PASSWORD: &str = "privilege test passphrase";

/// The callers: staff number, unit they work in, their grant.
const CALLERS: [(&str, &str, Role, Option<&str>); 4] = [
    ("HR-NORTH", "north", Role::Hr, Some("north")),
    ("UNIT-ADMIN", "north", Role::Admin, Some("north")),
    ("INSTITUTION-ADMIN", "hq", Role::Admin, Some("hq")),
    ("DEPLOYMENT-ADMIN", "hq", Role::Admin, None),
];

/// A role and its scope (a unit's code; None: the whole deployment).
type GrantSpec = (Role, Option<&'static str>);

/// The targets, all working in the Northern Region's central station, by
/// the grant they hold.
const TARGETS: [(&str, Option<GrantSpec>); 5] = [
    ("no role", None),
    ("admin of the station", Some((Role::Admin, Some("north-central")))),
    ("HR of the south", Some((Role::Hr, Some("south")))),
    ("admin of the institution", Some((Role::Admin, Some("hq")))),
    ("deployment admin", Some((Role::Admin, None))),
];

fn person(staff: &str, unit: &str) -> NewPerson {
    NewPerson {
        institution_slug: "demo-academy".into(),
        staff_number: staff.into(),
        given_name: "Privilege".into(),
        family_name: staff.into(),
        email: None,
        cadre_slug: "police-investigator".into(),
        unit_code: unit.into(),
        hire_date: "2023-01-01".into(),
    }
}

/// A person with an account (password `PASSWORD`) and the grant; returns
/// (person id, account id, grant id).
async fn someone(
    store: &SharedStore,
    hash: &str,
    staff: &str,
    unit: &str,
    grant: Option<(Role, Option<&str>)>,
) -> (tutela_app::ids::PersonId, tutela_app::ids::AccountId, Option<tutela_app::ids::GrantId>) {
    let id = store.create_person(&person(staff, unit), "test").await.unwrap();
    let account = store.create_account(id, Some(hash), "test").await.unwrap();
    let mut grant_id = None;
    if let Some((role, scope)) = grant {
        store.grant_role(account, role, scope, "test").await.unwrap();
        grant_id = store.roles_of(account).await.unwrap().first().map(|line| line.grant_id);
    }
    (id, account, grant_id)
}

async fn setting(
    backend: Backend,
) -> Option<(TestServer, String, Vec<(Visitor, String, tutela_app::ids::PersonId)>, tutela_app::ids::UnitId)> {
    let db = TestDb::create(backend).await?;
    let store = db.store().await;
    tutela_server::demo::ensure(store.as_ref()).await.unwrap();
    tutela_server::content::import(store.as_ref(), &shipped_content()).await.unwrap();
    let hash = tutela_server::auth::password::hash(PASSWORD.into()).await.unwrap();
    let mut people = Vec::new();
    for (staff, unit, role, scope) in CALLERS {
        people.push((staff, someone(&store, &hash, staff, unit, Some((role, scope))).await.0));
    }
    let institution = store.institution_id("demo-academy").await.unwrap().unwrap();
    let station = store
        .institution_units(institution)
        .await
        .unwrap()
        .into_iter()
        .find(|unit| unit.code == "north-central")
        .unwrap()
        .id;
    let auth = tutela_server::auth::AuthConfig { attempts_per_minute: 1000, ..Default::default() };
    let server = TestServer::serve_with(db, store, auth).await;
    let mut callers = Vec::new();
    for (staff, person) in people {
        let visitor = Visitor::new(&server);
        assert_eq!(visitor.sign_in(staff, PASSWORD).await.status, 303, "{staff} signs in");
        let csrf = visitor.get("/account").await.csrf();
        callers.push((visitor, csrf, person));
    }
    Some((server, hash, callers, station))
}

/// Whether the caller may act, per target (rows) and caller (columns), for
/// links, lock and unlock. Grant and revoke: the same, but never HR.
const MAY_ACT: [[bool; 4]; 5] = [
    [true, true, true, true],
    [false, true, true, true],
    [false, false, true, true],
    [false, false, true, true],
    [false, false, false, true],
];

async fn nobody_acts_on_an_account_with_a_role_beyond_their_own_scope(backend: Backend) {
    let Some((server, hash, callers, station)) = setting(backend).await else { return };
    let mut wrong = Vec::new();
    let mut serial = 0;
    for (row, (target_name, grant)) in TARGETS.iter().enumerate() {
        for (column, (visitor, csrf, _)) in callers.iter().enumerate() {
            for action in ["invite", "unlock", "lock", "roles", "revoke"] {
                if action == "revoke" && grant.is_none() {
                    continue;
                }
                serial += 1;
                let staff = format!("T-{serial}");
                let (id, _, grant_id) = someone(&server.store, &hash, &staff, "north-central", *grant).await;
                let path = match action {
                    "revoke" => format!("/people/{id}/roles/{}/revoke", grant_id.unwrap()),
                    _ => format!("/people/{id}/{action}"),
                };
                let station = station.to_string();
                let fields = [("csrf", csrf.as_str()), ("role", "author"), ("unit", station.as_str())];
                let before = server.store.audit_entries(0, 1_000_000).await.unwrap().len();
                let reply = visitor.post(&path, &fields).await;
                let hr = column == 0;
                let expected = MAY_ACT[row][column] && !(hr && matches!(action, "roles" | "revoke"));
                let allowed = matches!(reply.status, 200 | 303);
                if allowed != expected || !matches!(reply.status, 200 | 303 | 403) {
                    wrong.push(format!(
                        "{} → {target_name}, {action}: expected {}, got {}",
                        CALLERS[column].0,
                        if expected { "allowed" } else { "403" },
                        reply.status
                    ));
                }
                // A refused action changed nothing: no link, lock or grant
                // was written (each would have its audit entry).
                if !allowed {
                    let account = server.store.account_of(id).await.unwrap().unwrap();
                    let roles = server.store.roles_of(account).await.unwrap();
                    assert_eq!(roles.len(), usize::from(grant.is_some()), "{staff}'s roles unchanged");
                    let after = server.store.audit_entries(0, 1_000_000).await.unwrap().len();
                    assert_eq!(after, before, "{action} on {staff} refused, yet something was recorded");
                }
            }
        }
    }

    // Nobody acts on their own account through a person's page.
    for (index, (visitor, csrf, person)) in callers.iter().enumerate() {
        for action in ["invite", "unlock", "lock", "roles"] {
            let reply = visitor.post(&format!("/people/{person}/{action}"), &[("csrf", csrf)]).await;
            if reply.status != 403 {
                wrong.push(format!("{} → themselves, {action}: expected 403, got {}", CALLERS[index].0, reply.status));
            }
        }
    }
    assert!(wrong.is_empty(), "privilege rules broken:\n{}", wrong.join("\n"));
    server.stop().await;
}

async fn revoke_is_offered_and_allowed_only_for_grants_in_the_callers_scope(backend: Backend) {
    let Some((server, hash, callers, _)) = setting(backend).await else { return };
    let (unit_admin, csrf, _) = &callers[1];
    // A person of the station who holds HR in the south: their unit is the
    // caller's, but the grant is not.
    let (id, _, grant) =
        someone(&server.store, &hash, "T-SOUTH-HR", "north-central", Some((Role::Hr, Some("south")))).await;
    let page = unit_admin.get(&format!("/people/{id}")).await;
    assert_eq!(page.status, 200);
    assert!(page.words().contains("HR, Southern Region"));
    assert!(!page.body.contains("/revoke"), "no Revoke for a grant above the caller");
    assert!(!page.body.contains(&format!("/people/{id}/invite")), "no link for a more powerful account");
    assert!(page.body.contains("Only an administrator of every unit"), "the page says why");
    let refused = unit_admin.post(&format!("/people/{id}/roles/{}/revoke", grant.unwrap()), &[("csrf", csrf)]).await;
    assert_eq!(refused.status, 403);

    // A grant inside the caller's units is offered and revoked.
    let (id, account, grant) =
        someone(&server.store, &hash, "T-STATION-AUTHOR", "north-central", Some((Role::Author, Some("north-central"))))
            .await;
    let page = unit_admin.get(&format!("/people/{id}")).await;
    let revoke = format!("/people/{id}/roles/{}/revoke", grant.unwrap());
    assert!(page.body.contains(&revoke), "{}", page.body);
    assert_eq!(unit_admin.post(&revoke, &[("csrf", csrf)]).await.status, 303);
    assert!(server.store.roles_of(account).await.unwrap().is_empty());
    server.stop().await;
}

async fn a_roster_cannot_change_the_record_of_someone_more_powerful(backend: Backend) {
    let Some((server, hash, callers, _)) = setting(backend).await else { return };
    someone(&server.store, &hash, "T-BOSS", "north-central", Some((Role::Admin, Some("hq")))).await;
    someone(&server.store, &hash, "T-PLAIN", "north-central", None).await;
    let header = "staff_number,given_name,family_name,cadre,unit,hire_date,status";
    let row = |staff: &str, status: &str| {
        format!("{staff},Privilege,{staff},police-investigator,north-central,2023-01-01,{status}")
    };
    let (hr, csrf, _) = &callers[0];
    let upload = |file: String, complete: bool| {
        let mut fields = vec![("csrf", csrf.as_str())];
        if complete {
            fields.push(("complete", "yes"));
        }
        async move { hr.post_file("/people/roster", &fields, ("file", "staff.csv", file.into_bytes())).await }
    };

    // Marking the institution's administrator as left, or changing their name, is refused.
    let leave = upload(format!("{header}\n{}\n{}\n", row("T-BOSS", "left"), row("T-PLAIN", "left")), false).await;
    assert_eq!(leave.status, 422);
    assert!(
        leave.words().contains("staff number T-BOSS holds a role beyond the units you administer"),
        "{}",
        leave.body
    );
    assert!(!leave.words().contains("staff number T-PLAIN holds"), "a person without a role is HR's to change");
    // A complete roster that leaves them out would mark them as left: refused too.
    let complete = upload(format!("{header}\n{}\n", row("T-PLAIN", "active")), true).await;
    assert_eq!(complete.status, 422);
    assert!(complete.body.contains("would mark them as left"), "{}", complete.body);
    // Listing them unchanged is fine.
    let unchanged = upload(format!("{header}\n{}\n", row("T-BOSS", "active")), false).await;
    assert!(!unchanged.body.contains("holds a role"), "{}", unchanged.body);

    // The institution's administrator may.
    let (admin, admin_csrf, _) = &callers[2];
    let file = format!("{header}\n{}\n", row("T-BOSS", "left"));
    let fields = [("csrf", admin_csrf.as_str())];
    let allowed = admin.post_file("/people/roster", &fields, ("file", "staff.csv", file.into_bytes())).await;
    assert_eq!(allowed.status, 200, "{}", allowed.body);
    server.stop().await;
}

async fn no_link_reaches_an_account_more_powerful_than_its_issuer(backend: Backend) {
    let Some((server, _, callers, station)) = setting(backend).await else { return };
    // Two newcomers of the station, not activated yet; one already holds the
    // institution's administrator role.
    let store = &server.store;
    let newcomer = |staff: &'static str| async move {
        let id = store.create_person(&person(staff, "north-central"), "test").await.unwrap();
        (id, store.create_account(id, None, "test").await.unwrap())
    };
    let (_, plain) = newcomer("NEW-PLAIN").await;
    let (_, boss) = newcomer("NEW-BOSS").await;
    store.grant_role(boss, Role::Admin, Some("hq"), "test").await.unwrap();

    // HR's file of activation links leaves the administrator out; the deployment administrator's has both.
    let (hr, hr_csrf, _) = &callers[0];
    let file = hr.post("/people/invitations.csv", &[("csrf", hr_csrf)]).await;
    assert_eq!(file.status, 200, "{}", file.body);
    assert!(file.body.contains("NEW-PLAIN") && !file.body.contains("NEW-BOSS"), "{}", file.body);
    let (admin, admin_csrf, _) = &callers[3];
    let file = admin.post("/people/invitations.csv", &[("csrf", admin_csrf)]).await;
    assert!(file.body.contains("NEW-PLAIN") && file.body.contains("NEW-BOSS"), "{}", file.body);

    // A link issued while the person held no role stops working when they get one.
    let (token, _) = tutela_server::auth::invite(
        store.as_ref(),
        plain,
        InvitationPurpose::Activate,
        "account:1",
        tutela_server::clock::Clock::system().now(),
    )
    .await
    .unwrap();
    assert_eq!(hr.get(&format!("/activate/{token}")).await.status, 200);
    let plain_id = store
        .people(None, &tutela_app::model::PeopleQuery { q: "NEW-PLAIN".into(), page: 1, ..Default::default() }, 10)
        .await
        .unwrap()
        .0[0]
        .id;
    let station = station.to_string();
    let granted = admin
        .post(&format!("/people/{plain_id}/roles"), &[("csrf", admin_csrf), ("role", "admin"), ("unit", &station)])
        .await;
    assert_eq!(granted.status, 303);
    assert_eq!(hr.get(&format!("/activate/{token}")).await.status, 410, "the grant withdrew the older link");
    server.stop().await;
}
