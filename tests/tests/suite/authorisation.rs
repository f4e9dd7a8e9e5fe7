//! The authorisation matrix: every route × every kind of caller, with the
//! answer each must get, checked on the server through real HTTP. Later
//! features add their rows to `routes()`.
//!
//! Answers: `Allowed` (the page or the action works: 200, 422 for an
//! empty form, 409 for an action on something absent, or a 303 that is not
//! to sign-in), `Forbidden` (403), `NotFound` (404: a learner's form naming
//! someone else's enrolment, whose id must not tell it exists) and
//! `SignIn` (303 to the sign-in page). A POST row's query string is sent
//! as form fields.

use tutela_app::store::{DemoInstitution, SharedStore};
use tutela_app::store::{NewPerson, Role};
use tutela_tests::{Backend, Reply, TestDb, TestServer, Visitor, on_both_backends, shipped_content};

on_both_backends!(every_route_answers_every_caller_as_the_matrix_says);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Answer {
    Allowed,
    Forbidden,
    NotFound,
    SignIn,
}
use Answer::{Allowed as A, Forbidden as F, NotFound as N, SignIn as S};

/// The callers, in the order of each row's answers.
const CALLERS: [&str; 8] = [
    "anonymous",
    "learner",
    "author",
    "reviewer",
    "hr in scope",
    "hr out of scope",
    "admin of another institution",
    "admin",
];

const PASSWORD: &str = "matrix test passphrase";

/// (method, path, answers for each caller). `{target}` is a person in the
/// Northern Region's central station.
fn routes() -> Vec<(&'static str, &'static str, [Answer; 8])> {
    vec![
        ("GET", "/", [A, A, A, A, A, A, A, A]),
        ("GET", "/glossary", [A, A, A, A, A, A, A, A]),
        ("GET", "/cadres/judge", [A, A, A, A, A, A, A, A]),
        ("GET", "/courses/foundations", [A, A, A, A, A, A, A, A]),
        ("GET", "/courses/foundations/what-is-csea", [A, A, A, A, A, A, A, A]),
        ("GET", "/sign-in", [A, A, A, A, A, A, A, A]),
        ("GET", "/account", [S, A, A, A, A, A, A, A]),
        ("POST", "/account/password", [S, A, A, A, A, A, A, A]),
        ("GET", "/people", [S, F, F, F, A, A, A, A]),
        ("GET", "/people/roster", [S, F, F, F, A, A, A, A]),
        ("GET", "/people/roster.csv", [S, F, F, F, A, A, A, A]),
        ("POST", "/people/invitations.csv", [S, F, F, F, A, A, A, A]),
        // An empty upload: allowed callers get the form back with its error (422).
        ("POST", "/people/roster", [S, F, F, F, A, A, A, A]),
        ("GET", "/admin/audit", [S, F, F, F, F, F, A, A]),
        ("GET", "/admin/units", [S, F, F, F, F, F, A, A]),
        ("GET", "/admin/cadres", [S, F, F, F, F, F, F, A]),
        ("GET", "/admin/institutions", [S, F, F, F, F, F, F, A]),
        ("POST", "/admin/institutions", [S, F, F, F, F, F, F, A]),
        ("POST", "/admin/cadres", [S, F, F, F, F, F, F, A]),
        ("POST", "/admin/units", [S, F, F, F, F, F, A, A]),
        ("POST", "/admin/units/move", [S, F, F, F, F, F, A, A]),
        // The chain runs through every institution's entries: only deployment administrators check it.
        ("GET", "/admin/audit?verify=1", [S, F, F, F, F, F, F, A]),
        // Naming an institution: one's own is as above; another's is for deployment administrators only.
        ("GET", "/people?institution=demo-academy", [S, F, F, F, A, A, F, A]),
        ("GET", "/people?institution=other-institute", [S, F, F, F, F, F, A, A]),
        ("GET", "/people?institution=nowhere", [S, F, F, F, F, F, F, F]),
        ("GET", "/people/roster?institution=demo-academy", [S, F, F, F, A, A, F, A]),
        ("GET", "/people/roster.csv?institution=demo-academy", [S, F, F, F, A, A, F, A]),
        ("POST", "/people/invitations.csv?institution=demo-academy", [S, F, F, F, A, A, F, A]),
        ("GET", "/admin/units?institution=demo-academy", [S, F, F, F, F, F, F, A]),
        ("POST", "/admin/units?institution=demo-academy", [S, F, F, F, F, F, F, A]),
        ("POST", "/admin/units/move?institution=demo-academy", [S, F, F, F, F, F, F, A]),
        ("GET", "/people/{target}", [S, F, F, F, A, F, F, A]),
        ("POST", "/people/{target}/invite", [S, F, F, F, A, F, F, A]),
        ("POST", "/people/{target}/unlock", [S, F, F, F, A, F, F, A]),
        ("POST", "/people/{target}/lock", [S, F, F, F, A, F, F, A]),
        // A person of the same station who administers the institution: HR
        // in scope sees them but may not act on their account; only an
        // administrator of every grant they hold may (see tests/privilege.rs).
        ("GET", "/people/{privileged}", [S, F, F, F, A, F, F, A]),
        ("POST", "/people/{privileged}/invite", [S, F, F, F, F, F, F, A]),
        ("POST", "/people/{privileged}/unlock", [S, F, F, F, F, F, F, A]),
        ("POST", "/people/{privileged}/roles", [S, F, F, F, F, F, F, A]),
        ("POST", "/people/{privileged}/lock", [S, F, F, F, F, F, F, A]),
        // A departure bars the account: HR may not record one for them (no date: the
        // administrator gets the form's error, 422, and nothing is written).
        ("POST", "/people/{privileged}/depart", [S, F, F, F, F, F, F, A]),
        // After this row the person holds no role any more.
        ("POST", "/people/{privileged}/roles/{privileged_grant}/revoke", [S, F, F, F, F, F, F, A]),
        ("GET", "/admin/sign-ins", [S, F, F, F, F, F, A, A]),
        ("GET", "/admin/sign-ins?outcome=signed-in&before=9223372036854775807", [S, F, F, F, F, F, A, A]),
        ("GET", "/people?page=9223372036854775807", [S, F, F, F, A, A, A, A]),
        // Roles: only an administrator of the person's unit. An empty grant
        // is the form's error (422); revoking a grant that is not there, 409.
        ("POST", "/people/{target}/roles", [S, F, F, F, F, F, F, A]),
        ("POST", "/people/{target}/roles/999999/revoke", [S, F, F, F, F, F, F, A]),
        // Languages: one's own setting; the footer's menu for anyone; an institution's default for
        // deployment administrators only (HR, unit and other institutions' administrators are refused).
        ("POST", "/account/language?locale=fr", [S, A, A, A, A, A, A, A]),
        ("POST", "/language?locale=en&next=/", [A, A, A, A, A, A, A, A]),
        ("POST", "/admin/institutions/language?institution=demo-academy&locale=fr", [S, F, F, F, F, F, F, A]),
        ("POST", "/admin/institutions/language?institution=other-institute&locale=fr", [S, F, F, F, F, F, F, A]),
        // Learning, HR's side: assigning and a course's enrolments (each in the caller's own
        // institution, or another named by a deployment administrator); an empty assignment is the
        // form's error (422). Withdrawing and a departure: HR of the person's unit and administrators.
        ("GET", "/learn/assign", [S, F, F, F, A, A, A, A]),
        ("GET", "/learn/assign?course=foundations", [S, F, F, F, A, A, A, A]),
        ("POST", "/learn/assign", [S, F, F, F, A, A, A, A]),
        ("GET", "/learn/assign?institution=demo-academy", [S, F, F, F, A, A, F, A]),
        ("POST", "/learn/assign?institution=demo-academy&course=foundations", [S, F, F, F, A, A, F, A]),
        ("GET", "/learn/courses/foundations", [S, F, F, F, A, A, A, A]),
        ("GET", "/learn/courses/foundations.csv", [S, F, F, F, A, A, A, A]),
        ("GET", "/learn/courses/foundations?institution=demo-academy", [S, F, F, F, A, A, F, A]),
        ("GET", "/learn/courses/foundations.csv?institution=demo-academy", [S, F, F, F, A, A, F, A]),
        // After HR in scope withdraws it, the administrator is told it is withdrawn already (409).
        ("POST", "/learn/enrolments/{target_enrolment}/withdraw?reason=matrix", [S, F, F, F, A, F, F, A]),
        ("POST", "/learn/enrolments/999999/withdraw?reason=matrix", [S, F, F, F, F, F, F, F]),
        // After HR in scope records it, the administrator is told the person left already (409).
        ("POST", "/people/{leaver}/depart?date=2024-01-10", [S, F, F, F, A, F, F, A]),
        // Learning: one's own home, transcript and forms; everyone is a
        // learner. There is no person's id in these addresses: a form that
        // names someone else's enrolment (the target's) is not found, for
        // HR and administrators too.
        ("GET", "/learn", [S, A, A, A, A, A, A, A]),
        ("GET", "/learn/transcript", [S, A, A, A, A, A, A, A]),
        ("GET", "/learn/transcript.csv", [S, A, A, A, A, A, A, A]),
        ("POST", "/learn/enrol?course=foundations", [S, A, A, A, A, A, A, A]),
        ("POST", "/learn/read?enrolment={target_enrolment}&lesson=what-is-csea", [S, N, N, N, N, N, N, N]),
        ("POST", "/learn/switch?enrolment={target_enrolment}", [S, N, N, N, N, N, N, N]),
        // Quizzes: one's own quiz page and attempts (everyone enrolled above starts one); someone
        // else's attempt (the target's) is not found, for HR and administrators too.
        ("GET", "/quiz/foundations", [S, A, A, A, A, A, A, A]),
        ("POST", "/quiz/foundations", [S, A, A, A, A, A, A, A]),
        ("GET", "/quiz/no-such-course", [S, N, N, N, N, N, N, N]),
        ("GET", "/quiz/attempts/{target_attempt}", [S, N, N, N, N, N, N, N]),
        ("GET", "/quiz/attempts/{target_attempt}/1", [S, N, N, N, N, N, N, N]),
        ("GET", "/quiz/attempts/{target_attempt}/review", [S, N, N, N, N, N, N, N]),
        ("POST", "/quiz/attempts/{target_attempt}/1?answer=x&go=next", [S, N, N, N, N, N, N, N]),
        ("POST", "/quiz/attempts/{target_attempt}/submit", [S, N, N, N, N, N, N, N]),
        // Quizzes, the trainers' side: only reviewers (and administrators) grade essays, each within
        // their own institution's units (an essay outside them, or none, is not found); item analysis
        // for authors, reviewers and deployment administrators.
        ("GET", "/quiz/grading", [S, F, F, A, F, F, A, A]),
        ("GET", "/quiz/grading?graded=1&page=9223372036854775807", [S, F, F, A, F, F, A, A]),
        ("GET", "/quiz/grading/999999/1", [S, F, F, N, F, F, N, N]),
        ("POST", "/quiz/grading/999999/1?mark=50", [S, F, F, N, F, F, N, N]),
        ("GET", "/quiz/analysis", [S, F, A, A, F, F, F, A]),
        ("GET", "/quiz/analysis/prosecuting-online-abuse", [S, F, A, A, F, F, F, A]),
        ("GET", "/quiz/analysis/prosecuting-online-abuse.csv", [S, F, A, A, F, F, F, A]),
        // Every caller enrolled in Foundations above: nobody reads its analysis while taking it.
        ("GET", "/quiz/analysis/foundations", [S, F, F, F, F, F, F, F]),
        ("GET", "/quiz/analysis/foundations.csv", [S, F, F, F, F, F, F, F]),
        ("GET", "/quiz/analysis/nowhere", [S, F, N, N, F, F, F, N]),
        // A course's question bank uploaded in the browser: authors on the whole deployment and
        // deployment administrators; not the author here, granted on a unit (as any administrator
        // of that unit may: `quiz_bank_scope.rs`). Not a multipart upload: the form again with its
        // error (422). An upload that is not the caller's own is not found. Nobody reads the bank
        // of a course they are enrolled in (everyone is enrolled in Foundations above): it is the
        // answer key.
        ("GET", "/quiz/bank/prosecuting-online-abuse", [S, F, F, F, F, F, F, A]),
        ("GET", "/quiz/bank/prosecuting-online-abuse/questions.gift", [S, F, F, F, F, F, F, A]),
        ("POST", "/quiz/bank/prosecuting-online-abuse", [S, F, F, F, F, F, F, A]),
        ("GET", "/quiz/bank/prosecuting-online-abuse/999999", [S, F, F, F, F, F, F, N]),
        ("POST", "/quiz/bank/prosecuting-online-abuse/999999/apply", [S, F, F, F, F, F, F, N]),
        ("GET", "/quiz/bank/foundations", [S, F, F, F, F, F, F, F]),
        ("GET", "/quiz/bank/foundations/questions.gift", [S, F, F, F, F, F, F, F]),
        // Refused before its body is read (not the form's error, 422).
        ("POST", "/quiz/bank/foundations", [S, F, F, F, F, F, F, F]),
        ("GET", "/quiz/bank/nowhere", [S, F, F, F, F, F, F, N]),
        // A role on the whole deployment: only a deployment administrator grants one (the
        // others are refused before the form's words are read).
        ("POST", "/people/{target}/roles?role=author&unit=*", [S, F, F, F, F, F, F, A]),
        // Last: it ends the session.
        ("POST", "/sign-out", [A, A, A, A, A, A, A, A]),
    ]
}

fn person(institution: &str, staff: &str, unit: &str) -> NewPerson {
    NewPerson {
        institution_slug: institution.into(),
        staff_number: staff.into(),
        given_name: "Matrix".into(),
        family_name: staff.into(),
        email: None,
        cadre_slug: "social-worker".into(),
        unit_code: unit.into(),
        hire_date: "2022-05-01".into(),
    }
}

async fn account(
    store: &SharedStore,
    hash: &str,
    institution: &str,
    staff: &str,
    unit: &str,
    role: Option<(Role, Option<&str>)>,
) {
    let id = store.create_person(&person(institution, staff, unit), "test").await.unwrap();
    let account = store.create_account(id, Some(hash), "test").await.unwrap();
    if let Some((role, scope)) = role {
        store.grant_role(account, role, scope, "test").await.unwrap();
    }
}

fn answer_of(reply: &Reply) -> Option<Answer> {
    match reply.status {
        200 | 409 | 422 => Some(A),
        403 => Some(F),
        404 => Some(N),
        303 if reply.header("location").is_some_and(|l| l.starts_with("/sign-in")) => Some(S),
        303 => Some(A),
        _ => None,
    }
}

async fn every_route_answers_every_caller_as_the_matrix_says(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    tutela_server::demo::ensure(store.as_ref()).await.unwrap();
    let mut other = tutela_server::demo::institution();
    other.slug = "other-institute".into();
    other.name = "Another institute".into();
    store.ensure_demo(&DemoInstitution { ..other }, "test").await.unwrap();
    tutela_server::content::import(store.as_ref(), &shipped_content()).await.unwrap();

    let hash = tutela_server::auth::password::hash(PASSWORD.into()).await.unwrap();
    let demo = "demo-academy";
    account(&store, &hash, demo, "LEARNER", "north-central", None).await;
    account(&store, &hash, demo, "AUTHOR", "hq", Some((Role::Author, Some("hq")))).await;
    account(&store, &hash, demo, "REVIEWER", "hq", Some((Role::Reviewer, Some("hq")))).await;
    account(&store, &hash, demo, "HR-NORTH", "north", Some((Role::Hr, Some("north")))).await;
    account(&store, &hash, demo, "HR-SOUTH", "south", Some((Role::Hr, Some("south")))).await;
    account(&store, &hash, "other-institute", "OTHER-ADMIN", "hq", Some((Role::Admin, Some("hq")))).await;
    account(&store, &hash, demo, "ADMIN", "hq", Some((Role::Admin, None))).await;
    let target = store.create_person(&person(demo, "TARGET", "north-central"), "test").await.unwrap();
    store.create_account(target, None, "test").await.unwrap();
    let privileged = store.create_person(&person(demo, "PRIVILEGED", "north-central"), "test").await.unwrap();
    let privileged_account = store.create_account(privileged, Some(&hash), "test").await.unwrap();
    store.grant_role(privileged_account, Role::Admin, Some("hq"), "test").await.unwrap();
    let privileged_grant = store.roles_of(privileged_account).await.unwrap()[0].grant_id;
    let leaver = store.create_person(&person(demo, "LEAVER", "north-central"), "test").await.unwrap();
    let institution = store.institution_id(demo).await.unwrap().unwrap();
    let assignment = tutela_app::store::Assignment {
        institution,
        course_slug: "foundations",
        persons: &[leaver],
        due_on: None,
        reason: None,
        assigned_by: None,
        actor: "test",
    };
    store.assign(&assignment).await.unwrap();
    let target_enrolment = store.enrol_self(target, "foundations", "test").await.unwrap().id();
    let target_attempt = store.start_attempt(target, "foundations").await.unwrap();

    // Every caller signs in from 127.0.0.1; the per-address limit is not under test here.
    let auth = tutela_server::auth::AuthConfig { attempts_per_minute: 1000, ..Default::default() };
    let server = TestServer::serve_with(db, store, auth).await;
    let logins = [
        None,
        Some("LEARNER"),
        Some("AUTHOR"),
        Some("REVIEWER"),
        Some("HR-NORTH"),
        Some("HR-SOUTH"),
        Some("OTHER-ADMIN"),
        Some("ADMIN"),
    ];
    let mut visitors = Vec::new();
    for login in logins {
        let visitor = Visitor::new(&server);
        match login {
            Some(login) => assert_eq!(visitor.sign_in(login, PASSWORD).await.status, 303, "{login} signs in"),
            None => assert_eq!(visitor.get("/sign-in").await.status, 200),
        }
        // A page's form token: the session's when signed in, the anonymous one otherwise.
        let csrf = visitor.get("/sign-in").await;
        let csrf = if login.is_some() { visitor.get("/account").await.csrf() } else { csrf.csrf() };
        visitors.push((visitor, csrf));
    }

    let mut wrong = Vec::new();
    for (method, path, answers) in routes() {
        let path = path
            .replace("{target}", &target.to_string())
            .replace("{privileged_grant}", &privileged_grant.to_string())
            .replace("{privileged}", &privileged.to_string())
            .replace("{leaver}", &leaver.to_string())
            .replace("{target_enrolment}", &target_enrolment.to_string())
            .replace("{target_attempt}", &target_attempt.to_string());
        for (caller, ((visitor, csrf), expected)) in CALLERS.iter().zip(visitors.iter().zip(answers)) {
            let reply = match method {
                "GET" => visitor.get(&path).await,
                // A POST row's query string is sent as form fields, beside the token.
                _ => {
                    let (action, query) = path.split_once('?').unwrap_or((path.as_str(), ""));
                    let mut fields = vec![("csrf", csrf.as_str())];
                    fields.extend(query.split('&').filter_map(|pair| pair.split_once('=')));
                    visitor.post(action, &fields).await
                }
            };
            let got = answer_of(&reply);
            if got != Some(expected) {
                wrong.push(format!(
                    "{method} {path} as {caller}: expected {expected:?}, got {got:?} ({})",
                    reply.status
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "the authorisation matrix does not hold:\n{}", wrong.join("\n"));

    // Scope also decides what a list shows: each HR officer and the other
    // institution's administrator see only their own people.
    let lists = [(4, true), (5, false), (6, false), (7, true)];
    for (index, sees_target) in lists {
        let (visitor, _) = &visitors[index];
        visitor.sign_in(logins[index].unwrap(), PASSWORD).await;
        let page = visitor.get("/people?status=").await;
        assert_eq!(page.status, 200);
        assert_eq!(page.body.contains("Matrix TARGET"), sees_target, "{} and the target", CALLERS[index]);
    }
    let (other_admin, _) = &visitors[6];
    let page = other_admin.get("/people?status=").await;
    assert!(
        page.body.contains("Matrix OTHER-ADMIN") && !page.body.contains("Matrix ADMIN<"),
        "nothing of the other institution"
    );
    server.stop().await;
}
