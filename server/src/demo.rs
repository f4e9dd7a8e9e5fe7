//! The demo data that `tutela demo` and `cargo xtask run` create: one
//! institution with a small unit tree. (The cadres come with the schema.)

use tutela_app::store::{DemoInstitution, DemoOutcome, Store, StoreResult};

pub fn institution() -> DemoInstitution {
    let unit =
        |code: &str, name: &str, parent: Option<&str>| (code.to_string(), name.to_string(), parent.map(str::to_string));
    DemoInstitution {
        slug: "demo-academy".into(),
        name: "National Child Protection Training Institute (demo)".into(),
        country: "Demo".into(),
        units: vec![
            unit("hq", "Headquarters", None),
            unit("north", "Northern Region", Some("hq")),
            unit("north-central", "Central Police Station, North", Some("north")),
            unit("north-court", "Northern High Court", Some("north")),
            unit("south", "Southern Region", Some("hq")),
            unit("south-port", "Port City Police Station", Some("south")),
            unit("south-welfare", "Southern Social Welfare Office", Some("south")),
        ],
    }
}

/// Who the audit log names for the demo data.
pub const DEMO_ACTOR: &str = "system: tutela demo";

pub async fn ensure(store: &dyn Store) -> StoreResult<DemoOutcome> {
    store.ensure_demo(&institution(), DEMO_ACTOR).await
}

/// The demo administrator's staff number.
pub const DEMO_ADMIN: &str = "DEMO-ADMIN";

/// The demo's people: an administrator of the whole deployment (with a
/// password, returned so that it can be shown once), an HR officer of the
/// Northern Region and learners in several cadres and units (accounts not
/// yet activated). Does nothing and returns `None` if they exist.
pub async fn ensure_people(store: &dyn Store) -> anyhow::Result<Option<String>> {
    use tutela_app::store::{NewPerson, Role};
    if store.account_by_login("demo-academy", DEMO_ADMIN).await?.is_some() {
        return Ok(None);
    }
    let person = |staff: &str, given: &str, family: &str, cadre: &str, unit: &str| NewPerson {
        institution_slug: "demo-academy".into(),
        staff_number: staff.into(),
        given_name: given.into(),
        family_name: family.into(),
        email: Some(format!("{}.{}@demo.example", given.to_lowercase(), family.to_lowercase())),
        cadre_slug: cadre.into(),
        unit_code: unit.into(),
        hire_date: "2023-01-09".into(),
    };
    let mut bytes = [0u8; 9];
    crate::auth::random_bytes(&mut bytes);
    let password = hex::encode(bytes)
        .as_bytes()
        .chunks(6)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-");
    let admin = store
        .create_person(&person(DEMO_ADMIN, "Demo", "Administrator", "police-investigator", "hq"), DEMO_ACTOR)
        .await?;
    let hash = crate::auth::password::hash(password.clone()).await?;
    let admin = store.create_account(admin, Some(&hash), DEMO_ACTOR).await?;
    store.grant_role(admin, Role::Admin, None, DEMO_ACTOR).await?;

    let hr = store.create_person(&person("N-0100", "Grace", "Mwangi", "social-worker", "north"), DEMO_ACTOR).await?;
    let hr = store.create_account(hr, None, DEMO_ACTOR).await?;
    store.grant_role(hr, Role::Hr, Some("north"), DEMO_ACTOR).await?;
    for (staff, given, family, cadre, unit) in [
        ("N-1001", "Joseph", "Banda", "police-first-responder", "north-central"),
        ("N-1002", "Ruth", "Nyirenda", "judge", "north-court"),
        ("N-1003", "Samuel", "Okoro", "prosecutor", "north"),
        ("S-2001", "Fatima", "Diallo", "police-investigator", "south-port"),
        ("S-2002", "Kofi", "Mensah", "social-worker", "south-welfare"),
        ("S-2003", "Lina", "Haddad", "helpline-counsellor", "south"),
    ] {
        let id = store.create_person(&person(staff, given, family, cadre, unit), DEMO_ACTOR).await?;
        store.create_account(id, None, DEMO_ACTOR).await?;
    }
    Ok(Some(password))
}
