//! PostgreSQL: the choice when several Tutela instances serve one
//! deployment behind a load balancer.

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};

pub struct PgStore {
    pub(crate) pool: PgPool,
}

impl PgStore {
    /// Write transactions start plainly; appends to the audit log serialise
    /// on the `audit_state` row they update.
    pub(crate) const BEGIN_WRITE: &str = "BEGIN";

    pub async fn open(url: &str) -> anyhow::Result<Self> {
        let options = PgConnectOptions::from_str(url)?;
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(5))
            .connect_with(options)
            .await?;
        sqlx::migrate!("../migrations/postgres").run(&pool).await?;
        Ok(Self { pool })
    }
}

crate::db::queries::store_impl!(PgStore, sqlx::Postgres);
crate::db::access::access_impl!(PgStore, sqlx::Postgres);
