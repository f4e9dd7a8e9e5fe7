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

impl PgStore {
    /// Inserts many rows of text values (None = NULL) into `target`
    /// (`table (columns)`) with `COPY ... FROM STDIN`: one statement, and
    /// several times faster than multi-row INSERTs for a 100,000-row roster.
    pub(crate) async fn bulk_insert(
        conn: &mut sqlx::PgConnection,
        target: &str,
        rows: &[Vec<Option<String>>],
    ) -> Result<(), sqlx::Error> {
        if rows.is_empty() {
            return Ok(());
        }
        let mut copy = conn.copy_in_raw(&format!("COPY {target} FROM STDIN")).await?;
        let mut buffer = String::with_capacity(1 << 20);
        for row in rows {
            for (index, value) in row.iter().enumerate() {
                if index > 0 {
                    buffer.push('\t');
                }
                match value {
                    None => buffer.push_str("\\N"),
                    Some(text) => {
                        for c in text.chars() {
                            match c {
                                '\\' => buffer.push_str("\\\\"),
                                '\t' => buffer.push_str("\\t"),
                                '\n' => buffer.push_str("\\n"),
                                '\r' => buffer.push_str("\\r"),
                                c => buffer.push(c),
                            }
                        }
                    }
                }
            }
            buffer.push('\n');
            if buffer.len() >= 1 << 20 {
                copy.send(buffer.as_bytes()).await?;
                buffer.clear();
            }
        }
        if !buffer.is_empty() {
            copy.send(buffer.as_bytes()).await?;
        }
        copy.finish().await?;
        Ok(())
    }
}
