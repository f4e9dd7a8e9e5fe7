//! Statements sent together: [`Batch`].

use sqlx::QueryBuilder;

use super::{Backend, Conn, Db};

/// Writes that depend on nothing read between them, built one statement
/// after another and sent by [`Batch::execute`]. On SQLite they go as one
/// multi-statement query ([`Backend::MULTI_STATEMENT`]): one round trip to
/// the connection's thread instead of one a statement, which is most of a
/// short write's cost there (the thread hand-offs, not SQLite's own work).
/// On PostgreSQL, whose prepared statements hold one statement each, they
/// go one after another. Either way they run in order, in the caller's
/// transaction, and the first error stops the rest (the caller's
/// transaction then rolls back, writing nothing).
pub(crate) struct Batch<'args> {
    sent_apart: Vec<QueryBuilder<'args, Db>>,
    current: QueryBuilder<'args, Db>,
    statements: usize,
}

impl<'args> Batch<'args> {
    pub(crate) fn new() -> Self {
        Self { sent_apart: Vec::new(), current: QueryBuilder::new(""), statements: 0 }
    }

    /// Starts the next statement with `sql`; the rest of it goes into the
    /// builder returned. Values only through `push_bind`, never `$n` in
    /// the text: on SQLite `$n` would name the n-th value of the whole
    /// batch (and one missing is bound as NULL, silently).
    pub(crate) fn statement(&mut self, sql: &str) -> &mut QueryBuilder<'args, Db> {
        if self.statements > 0 {
            if Backend::MULTI_STATEMENT {
                self.current.push(";\n");
            } else {
                let full = std::mem::replace(&mut self.current, QueryBuilder::new(""));
                self.sent_apart.push(full);
            }
        }
        self.statements += 1;
        self.current.push(sql);
        &mut self.current
    }

    /// Runs the statements, in order, on `conn` (in its transaction).
    pub(crate) async fn execute(self, conn: &mut Conn) -> Result<(), sqlx::Error> {
        if self.statements == 0 {
            return Ok(());
        }
        for mut statement in self.sent_apart.into_iter().chain([self.current]) {
            statement.build().execute(&mut *conn).await?;
        }
        Ok(())
    }
}
