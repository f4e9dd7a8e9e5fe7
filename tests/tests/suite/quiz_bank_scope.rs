//! Who reads and replaces the question banks, over HTTP on both backends.
//! Courses belong to the deployment, so a bank (every course's answer key,
//! every institution's quiz) is uploaded and downloaded by its deployment
//! administrators and by authors on the whole deployment, never by an
//! author on a unit, whom any administrator of that unit may make. Only a
//! deployment administrator grants a role on the whole deployment (a
//! forged form is refused), and no administrator of an institution acts
//! on an account that holds one.

use crate::attempts::{Settings, quiz_course};
use crate::learning::{JANUARY_2026, setup};
use crate::quiz_bank::{account, new_bank, published, signed_in, upload};
use tutela_app::ids::AccountId;
use tutela_app::store::{Role, SharedStore};
use tutela_tests::{Backend, TestServer, on_both_backends};

on_both_backends!(only_the_deployment_scope_reads_and_replaces_question_banks);

/// The account's grants on the whole deployment (their roles).
async fn deployment_wide(store: &SharedStore, account: AccountId) -> Vec<Role> {
    let roles = store.roles_of(account).await.unwrap();
    roles.into_iter().filter(|line| line.unit_path.is_none()).map(|line| line.role).collect()
}

async fn only_the_deployment_scope_reads_and_replaces_question_banks(backend: Backend) {
    let Some((db, store, clock, dir, _)) = setup(backend, JANUARY_2026).await else { return };
    quiz_course(dir.path(), &Settings::default());
    crate::attempts::import(&store, dir.path()).await;
    account(&store, "NORTH-ADMIN", "social-worker", "north", Some((Role::Admin, Some("north")))).await;
    account(&store, "HQ-ADMIN", "social-worker", "hq", Some((Role::Admin, Some("hq")))).await;
    account(&store, "ADMIN", "social-worker", "hq", Some((Role::Admin, None))).await;
    let (station, station_account) = account(&store, "STATION", "social-worker", "north-central", None).await;
    let units = store.unit_choices(None).await.unwrap();
    let central = units.iter().find(|c| c.label.contains("Central Police Station, North")).unwrap().value.clone();
    let auth = tutela_server::auth::AuthConfig { clock, attempts_per_minute: 1000, ..Default::default() };
    let server = TestServer::serve_with(db, store.clone(), auth).await;
    let person = format!("/people/{station}");
    let roles = format!("{person}/roles");

    // An administrator of a unit makes an author there; the whole deployment is not offered to
    // them, and a forged form naming it is refused with nothing written.
    let (north_admin, north_csrf) = signed_in(&server, "NORTH-ADMIN").await;
    let page = north_admin.get(&person).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(&format!(r#"value="{central}""#)) && !page.body.contains(r#"value="*""#));
    let granted = north_admin.post(&roles, &[("csrf", &north_csrf), ("role", "author"), ("unit", &central)]).await;
    assert_eq!(granted.status, 303, "{}", granted.body);
    let (hq_admin, hq_csrf) = signed_in(&server, "HQ-ADMIN").await;
    for (admin, csrf) in [(&north_admin, &north_csrf), (&hq_admin, &hq_csrf)] {
        let forged = admin.post(&roles, &[("csrf", csrf), ("role", "author"), ("unit", "*")]).await;
        assert_eq!(forged.status, 403, "{}", forged.body);
        assert!(forged.body.contains("grant a role on the whole deployment"), "{}", forged.body);
    }
    assert!(deployment_wide(&store, station_account).await.is_empty(), "nothing written");

    // That author reads no bank and replaces none: 403 on the page, the key, an upload, an apply.
    let (admin, admin_csrf) = signed_in(&server, "ADMIN").await;
    let admins = upload(&admin, &admin_csrf, "q.gift", new_bank().into_bytes()).await;
    let admins = admins.header("location").unwrap().to_string();
    let (unit_author, csrf) = signed_in(&server, "STATION").await;
    let page = unit_author.get("/quiz/bank/qz").await;
    assert_eq!(page.status, 403);
    assert!(page.body.contains("authors on the whole deployment"), "{}", page.body);
    assert_eq!(unit_author.get("/quiz/bank/qz/questions.gift").await.status, 403);
    assert_eq!(upload(&unit_author, &csrf, "q.gift", new_bank().into_bytes()).await.status, 403);
    assert_eq!(unit_author.get(&admins).await.status, 403);
    assert_eq!(unit_author.post(&format!("{admins}/apply"), &[("csrf", &csrf)]).await.status, 403);
    assert_eq!(published(&store).await, 1);

    // A deployment administrator is offered the whole deployment, for authors and
    // administrators only (a reviewer everywhere is refused in words).
    let page = admin.get(&person).await;
    assert!(page.body.contains(r#"value="*""#) && page.body.contains("Whole deployment"), "{}", page.body);
    let reviewer = admin.post(&roles, &[("csrf", &admin_csrf), ("role", "reviewer"), ("unit", "*")]).await;
    assert_eq!(reviewer.status, 422);
    assert!(reviewer.body.contains("only the author and administrator roles"), "{}", reviewer.body);
    let granted = admin.post(&roles, &[("csrf", &admin_csrf), ("role", "author"), ("unit", "*")]).await;
    assert_eq!(granted.status, 303, "{}", granted.body);
    assert_eq!(deployment_wide(&store, station_account).await, vec![Role::Author]);

    // Now an author on the whole deployment: uploads and applies.
    let (author, csrf) = signed_in(&server, "STATION").await;
    assert_eq!(author.get("/quiz/bank/qz/questions.gift").await.status, 200);
    let sent = upload(&author, &csrf, "q.gift", new_bank().into_bytes()).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let preview = sent.header("location").unwrap().to_string();
    let applied = author.post(&format!("{preview}/apply"), &[("csrf", &csrf)]).await;
    assert_eq!(applied.status, 303, "{}", applied.body);
    assert_eq!(published(&store).await, 2);

    // No administrator of the institution acts on that account any more: no link, no lock, no
    // revoking even the grant they gave.
    let unit_grant = store.roles_of(station_account).await.unwrap().into_iter().find(|l| l.unit_path.is_some());
    let revoke = format!("{roles}/{}/revoke", unit_grant.unwrap().grant_id);
    for (visitor, csrf) in [(&north_admin, &north_csrf), (&hq_admin, &hq_csrf)] {
        for action in [format!("{person}/invite"), format!("{person}/lock"), revoke.clone()] {
            assert_eq!(visitor.post(&action, &[("csrf", csrf)]).await.status, 403, "{action}");
        }
    }
    assert_eq!(store.roles_of(station_account).await.unwrap().len(), 2, "nothing revoked");
    assert_eq!(admin.post(&format!("{person}/lock"), &[("csrf", &admin_csrf)]).await.status, 303);
    server.stop().await;
}
