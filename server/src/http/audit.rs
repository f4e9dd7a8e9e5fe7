//! Audit: the audit log page (each administrator reads the entries of the
//! units they administer, filtered by action and record, 50 to a page) and
//! the chain check (`?verify=1`, deployment administrators only).

use axum::Router;
use tutela_app::Page;
use tutela_app::audit::AuditPages;
use tutela_app::audit::AuditRoute;
use tutela_app::i18n::Msg;
use tutela_app::model::{AuditPage, AuditRow, RecordType};
use tutela_app::msg;
use tutela_app::policy::Policy;
use tutela_app::routes::audit_reach;
use tutela_app::store::AuditFilter;

use super::AppState;
use super::error::HttpError;
use super::pages::Ask;
use crate::audit::{Break, Verdict};

/// The audit log's own routes: none beyond its page, which the page
/// handler serves.
pub fn router() -> Router<AppState> {
    Router::new()
}

/// The audit page `route` names.
pub async fn load(ask: &Ask<'_>, route: AuditRoute) -> Result<Page, HttpError> {
    match route {
        AuditRoute::Audit => audit_page(ask).await,
    }
}

/// Entries per page of the audit log.
pub const AUDIT_PAGE_SIZE: i64 = 50;

/// `GET /admin/audit`.
pub async fn audit_page(ask: &Ask<'_>) -> Result<Page, HttpError> {
    let query = ask.query;
    let verify = query.contains_key("verify");
    let policy = if verify { Policy::VerifyAudit } else { Policy::ReadAudit };
    policy.allows(ask.viewer)?;
    let Some(viewer) = ask.viewer else { return Err(HttpError::SignIn) };
    let store = ask.state.store.as_ref();
    let (institution_id, unit_scopes) = audit_reach(store, viewer).await?;
    let action = query.get("action").map(|a| a.trim().to_string()).unwrap_or_default();
    let record = query.get("record").map(|r| r.trim().to_string()).unwrap_or_default();
    let (record_type, record_id) = record.split_once(':').unwrap_or((record.as_str(), ""));
    let record_type = record_type.trim();
    let filter = AuditFilter {
        institution_id,
        unit_scopes,
        action: action.clone(),
        record_type: (!record_type.is_empty()).then(|| RecordType::parse(record_type)),
        record_id: record_id.trim().to_string(),
        before: query.get("before").and_then(|b| b.parse().ok()),
        limit: AUDIT_PAGE_SIZE + 1,
    };
    let entries = store.audit_search(&filter).await?;
    let older = (entries.len() as i64 > AUDIT_PAGE_SIZE).then(|| entries[AUDIT_PAGE_SIZE as usize - 1].seq);
    let rows = entries
        .into_iter()
        .take(AUDIT_PAGE_SIZE as usize)
        .map(|e| AuditRow {
            seq: e.seq,
            at: e.at,
            actor: e.entry.actor,
            action: e.entry.action,
            record: format!("{}:{}", e.entry.record_type, e.entry.record_id),
            changes: e.entry.changes,
        })
        .collect();
    let mut page = AuditPage {
        action,
        record,
        rows,
        older,
        scoped: filter.unit_scopes.is_some(),
        can_verify: Policy::VerifyAudit.allows(Some(viewer)).is_ok(),
        ..AuditPage::default()
    };
    if verify {
        // The whole chain, under the deployment's audit key.
        let verdict = crate::audit::verify_with(store, ask.state.audit_key.as_ref(), None)
            .await
            .map_err(HttpError::store("the audit log could not be verified"))?;
        page.intact = matches!(verdict, Verdict::Intact { .. });
        page.verdict = Some(verdict_msg(&verdict));
    }
    Ok(Page::Audit(AuditPages::Audit(Box::new(page))))
}

/// The chain check's verdict in the reader's words (the command line
/// prints the same in English: `Verdict`'s `Display`).
fn verdict_msg(verdict: &Verdict) -> Msg {
    match verdict {
        Verdict::Intact { entries, last_hash } => {
            msg!("audit-verdict-intact", entries = *entries, hash = last_hash)
        }
        Verdict::Broken { seq, reason } => {
            msg!("audit-verdict-broken", seq = seq.to_string(), reason = break_msg(reason))
        }
        Verdict::KeyNeeded { seq: 1 } => msg!("audit-verdict-key-needed"),
        Verdict::KeyNeeded { seq } => {
            msg!("audit-verdict-key-needed-after", seq = seq.to_string(), last_intact = seq - 1)
        }
    }
}

/// Why the chain breaks, in the reader's words.
fn break_msg(reason: &Break) -> Msg {
    match reason {
        Break::Missing { seq, next } => msg!("audit-break-missing", seq = seq.to_string(), next = next.to_string()),
        Break::DoesNotFollow => msg!("audit-break-does-not-follow"),
        Break::KeyedTooEarly => msg!("audit-break-keyed-too-early"),
        Break::NotKeyed => msg!("audit-break-not-keyed"),
        Break::Altered { keyed: true } => msg!("audit-break-altered-keyed"),
        Break::Altered { keyed: false } => msg!("audit-break-altered"),
        Break::CheckpointDiffers { checkpoint } => {
            msg!("audit-break-checkpoint-differs", checkpoint = checkpoint.to_string())
        }
        Break::EndsEarly { entries, written } => {
            msg!("audit-break-ends-early", entries = entries.to_string(), written = *written)
        }
        Break::TooMany { entries, written } => msg!("audit-break-too-many", entries = *entries, written = *written),
        Break::LastReplaced => msg!("audit-break-last-replaced"),
        Break::NoKeyedEntry => msg!("audit-break-no-keyed-entry"),
        Break::EndsBeforeCheckpoint { entries, checkpoint } => msg!(
            "audit-break-ends-before-checkpoint",
            entries = entries.to_string(),
            seq = checkpoint.seq.to_string(),
            checkpoint = checkpoint.to_string()
        ),
    }
}
