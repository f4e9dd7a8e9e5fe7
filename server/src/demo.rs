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
