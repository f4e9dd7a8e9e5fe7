//! The audit log page's models, and the words an entry is made of: its
//! action and the type of record it is about.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

/// What an audit entry records. Each is stored as its word (`as_str`),
/// which is hashed into the chain, so a word never changes once written.
/// `Other` holds a word this version does not know (written by a later
/// one): reading the log never fails on an action.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "String", into = "String")]
pub enum AuditAction {
    InstitutionCreate,
    /// An institution's default language changed.
    InstitutionLocale,
    UnitCreate,
    UnitMove,
    CadreCreate,
    CadreRename,
    CadreRetire,
    CadreRestore,
    PersonCreate,
    /// A roster's new person.
    PersonJoin,
    /// A roster moved the person to another unit or cadre.
    PersonMove,
    PersonLeave,
    PersonRejoin,
    /// A roster changed other details (name, email, dates).
    PersonUpdate,
    AccountCreate,
    /// An activation or password-reset link was made.
    AccountInvite,
    AccountLock,
    AccountUnlock,
    AccountPassword,
    RoleGrant,
    RoleRevoke,
    /// A roster import's own entry: the file, its counts, its options.
    RosterImport,
    /// The first entry chained with the deployment's audit key.
    AuditKey,
    /// A person enrolled themselves in a course.
    EnrolmentSelf,
    /// HR or an administrator assigned a course to a person.
    EnrolmentAssign,
    /// An open enrolment was withdrawn, with a reason.
    EnrolmentWithdraw,
    /// A person completed a course (every lesson of their version read).
    EnrolmentComplete,
    /// An open enrolment was closed because the person left.
    EnrolmentClose,
    /// A started enrolment moved to the course's newest version.
    EnrolmentSwitch,
    /// A quiz attempt was submitted (or closed at its deadline) and graded.
    QuizSubmit,
    /// A trainer graded (or regraded) an essay answer.
    QuizGrade,
    /// A question bank uploaded in the browser was published as a new
    /// version of its course.
    QuizBank,
    /// A course's question bank (its answer key) was downloaded as GIFT,
    /// in the browser or with `tutela quiz export`.
    QuizExport,
    /// A word this version does not know. Made only by [`AuditAction::parse`]
    /// ([`UnknownWord`] cannot be built elsewhere), so it never holds a
    /// known word.
    Other(UnknownWord),
}

impl AuditAction {
    /// Every action this version writes.
    pub const KNOWN: [AuditAction; 33] = [
        AuditAction::InstitutionCreate,
        AuditAction::InstitutionLocale,
        AuditAction::UnitCreate,
        AuditAction::UnitMove,
        AuditAction::CadreCreate,
        AuditAction::CadreRename,
        AuditAction::CadreRetire,
        AuditAction::CadreRestore,
        AuditAction::PersonCreate,
        AuditAction::PersonJoin,
        AuditAction::PersonMove,
        AuditAction::PersonLeave,
        AuditAction::PersonRejoin,
        AuditAction::PersonUpdate,
        AuditAction::AccountCreate,
        AuditAction::AccountInvite,
        AuditAction::AccountLock,
        AuditAction::AccountUnlock,
        AuditAction::AccountPassword,
        AuditAction::RoleGrant,
        AuditAction::RoleRevoke,
        AuditAction::RosterImport,
        AuditAction::AuditKey,
        AuditAction::EnrolmentSelf,
        AuditAction::EnrolmentAssign,
        AuditAction::EnrolmentWithdraw,
        AuditAction::EnrolmentComplete,
        AuditAction::EnrolmentClose,
        AuditAction::EnrolmentSwitch,
        AuditAction::QuizSubmit,
        AuditAction::QuizGrade,
        AuditAction::QuizBank,
        AuditAction::QuizExport,
    ];

    /// The stored word, exactly as the chain hashed it.
    pub fn as_str(&self) -> &str {
        match self {
            AuditAction::InstitutionCreate => "institution.create",
            AuditAction::InstitutionLocale => "institution.locale",
            AuditAction::UnitCreate => "unit.create",
            AuditAction::UnitMove => "unit.move",
            AuditAction::CadreCreate => "cadre.create",
            AuditAction::CadreRename => "cadre.rename",
            AuditAction::CadreRetire => "cadre.retire",
            AuditAction::CadreRestore => "cadre.restore",
            AuditAction::PersonCreate => "person.create",
            AuditAction::PersonJoin => "person.join",
            AuditAction::PersonMove => "person.move",
            AuditAction::PersonLeave => "person.leave",
            AuditAction::PersonRejoin => "person.rejoin",
            AuditAction::PersonUpdate => "person.update",
            AuditAction::AccountCreate => "account.create",
            AuditAction::AccountInvite => "account.invite",
            AuditAction::AccountLock => "account.lock",
            AuditAction::AccountUnlock => "account.unlock",
            AuditAction::AccountPassword => "account.password",
            AuditAction::RoleGrant => "role.grant",
            AuditAction::RoleRevoke => "role.revoke",
            AuditAction::RosterImport => "roster.import",
            AuditAction::AuditKey => "audit.key",
            AuditAction::EnrolmentSelf => "enrolment.self",
            AuditAction::EnrolmentAssign => "enrolment.assign",
            AuditAction::EnrolmentWithdraw => "enrolment.withdraw",
            AuditAction::EnrolmentComplete => "enrolment.complete",
            AuditAction::EnrolmentClose => "enrolment.close",
            AuditAction::EnrolmentSwitch => "enrolment.switch",
            AuditAction::QuizSubmit => "quiz.submit",
            AuditAction::QuizGrade => "quiz.grade",
            AuditAction::QuizBank => "quiz.bank",
            AuditAction::QuizExport => "quiz.export",
            AuditAction::Other(word) => word.as_str(),
        }
    }

    /// The action a stored word names; `Other` for a word unknown here.
    pub fn parse(word: &str) -> Self {
        Self::KNOWN
            .into_iter()
            .find(|action| action.as_str() == word)
            .unwrap_or_else(|| Self::Other(UnknownWord(word.to_string())))
    }
}

impl fmt::Display for AuditAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for AuditAction {
    fn from(word: String) -> Self {
        match Self::parse(&word) {
            AuditAction::Other(_) => AuditAction::Other(UnknownWord(word)),
            known => known,
        }
    }
}

impl From<AuditAction> for String {
    fn from(action: AuditAction) -> Self {
        match action {
            AuditAction::Other(word) => word.0,
            known => known.as_str().to_string(),
        }
    }
}

/// A stored word this version does not know: the value of
/// [`AuditAction::Other`] and [`RecordType::Other`]. Its field is private,
/// so only their `parse` makes one, and never for a known word.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct UnknownWord(String);

impl UnknownWord {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The type of record an audit entry is about (`record_type`, beside its
/// `record_id`). Stored as its word, hashed into the chain like the
/// action; `Other` holds a word this version does not know.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum RecordType {
    Institution,
    Unit,
    Cadre,
    Person,
    /// An account; role grants are recorded on the grantee's.
    Account,
    /// The log itself (the `audit.key` entry).
    AuditLog,
    /// A course (of the deployment: a question bank uploaded for it).
    Course,
    /// A word this version does not know (only [`RecordType::parse`] makes it).
    Other(UnknownWord),
}

impl RecordType {
    /// Every record type this version writes.
    pub const KNOWN: [RecordType; 7] = [
        RecordType::Institution,
        RecordType::Unit,
        RecordType::Cadre,
        RecordType::Person,
        RecordType::Account,
        RecordType::AuditLog,
        RecordType::Course,
    ];

    /// The stored word.
    pub fn as_str(&self) -> &str {
        match self {
            RecordType::Institution => "institution",
            RecordType::Unit => "unit",
            RecordType::Cadre => "cadre",
            RecordType::Person => "person",
            RecordType::Account => "account",
            RecordType::AuditLog => "audit_log",
            RecordType::Course => "course",
            RecordType::Other(word) => word.as_str(),
        }
    }

    /// The record type a stored word names; `Other` for a word unknown here.
    pub fn parse(word: &str) -> Self {
        Self::KNOWN
            .into_iter()
            .find(|kind| kind.as_str() == word)
            .unwrap_or_else(|| Self::Other(UnknownWord(word.to_string())))
    }
}

impl fmt::Display for RecordType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The audit log as an administrator browses it, newest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    /// Filter: an action such as `person.move`, or a prefix such as `person.`.
    pub action: String,
    /// Filter: a record, as `type` or `type:id` (such as `person:42`).
    pub record: String,
    pub rows: Vec<AuditRow>,
    /// The `before` value of the next (older) page, if there is one.
    pub older: Option<i64>,
    /// The result of checking the chain, when asked.
    pub verdict: Option<Msg>,
    /// Whether the chain check found it intact.
    pub intact: bool,
    /// Whether the viewer may check the chain (deployment administrators:
    /// the chain runs through every institution's entries).
    pub can_verify: bool,
    /// Whether only entries about records in the viewer's units are shown.
    pub scoped: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    pub seq: i64,
    /// When (Unix seconds), shown in the reader's language.
    pub at: i64,
    pub actor: String,
    pub action: AuditAction,
    pub record: String,
    pub changes: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_keep_their_stored_words() {
        let words: Vec<&str> = AuditAction::KNOWN.iter().map(AuditAction::as_str).collect();
        let mut unique = words.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), words.len(), "two actions share a word");
        for action in AuditAction::KNOWN {
            assert_eq!(AuditAction::parse(action.as_str()), action);
            assert_eq!(AuditAction::from(String::from(action.clone())), action);
        }
        // The words logs already hold: hashed into their chains, never renamed.
        assert_eq!(
            words,
            [
                "institution.create",
                "institution.locale",
                "unit.create",
                "unit.move",
                "cadre.create",
                "cadre.rename",
                "cadre.retire",
                "cadre.restore",
                "person.create",
                "person.join",
                "person.move",
                "person.leave",
                "person.rejoin",
                "person.update",
                "account.create",
                "account.invite",
                "account.lock",
                "account.unlock",
                "account.password",
                "role.grant",
                "role.revoke",
                "roster.import",
                "audit.key",
                "enrolment.self",
                "enrolment.assign",
                "enrolment.withdraw",
                "enrolment.complete",
                "enrolment.close",
                "enrolment.switch",
                "quiz.submit",
                "quiz.grade",
                "quiz.bank",
                "quiz.export",
            ]
        );
        let later = AuditAction::parse("course.publish");
        assert!(matches!(&later, AuditAction::Other(word) if word.as_str() == "course.publish"), "{later:?}");
        assert_eq!(later.as_str(), "course.publish");
        assert_eq!(serde_json::to_string(&AuditAction::RoleGrant).unwrap(), r#""role.grant""#);
        assert_eq!(serde_json::from_str::<AuditAction>(r#""x.y""#).unwrap(), AuditAction::parse("x.y"));
        assert_eq!(serde_json::from_str::<AuditAction>(r#""role.grant""#).unwrap(), AuditAction::RoleGrant);
    }

    #[test]
    fn record_types_keep_their_stored_words() {
        for kind in RecordType::KNOWN {
            assert_eq!(RecordType::parse(kind.as_str()), kind);
        }
        let words: Vec<&str> = RecordType::KNOWN.iter().map(RecordType::as_str).collect();
        assert_eq!(words, ["institution", "unit", "cadre", "person", "account", "audit_log", "course"]);
        let later = RecordType::parse("eunit");
        assert!(matches!(&later, RecordType::Other(word) if word.as_str() == "eunit"), "{later:?}");
    }

    /// The action after `action`, by an exhaustive match (no `_`): a new
    /// variant does not compile until it is given a place in this walk,
    /// which then checks that `KNOWN` lists it and its word reads back.
    fn next(action: &AuditAction) -> Option<AuditAction> {
        use AuditAction::*;
        Some(match action {
            InstitutionCreate => InstitutionLocale,
            InstitutionLocale => UnitCreate,
            UnitCreate => UnitMove,
            UnitMove => CadreCreate,
            CadreCreate => CadreRename,
            CadreRename => CadreRetire,
            CadreRetire => CadreRestore,
            CadreRestore => PersonCreate,
            PersonCreate => PersonJoin,
            PersonJoin => PersonMove,
            PersonMove => PersonLeave,
            PersonLeave => PersonRejoin,
            PersonRejoin => PersonUpdate,
            PersonUpdate => AccountCreate,
            AccountCreate => AccountInvite,
            AccountInvite => AccountLock,
            AccountLock => AccountUnlock,
            AccountUnlock => AccountPassword,
            AccountPassword => RoleGrant,
            RoleGrant => RoleRevoke,
            RoleRevoke => RosterImport,
            RosterImport => AuditKey,
            AuditKey => EnrolmentSelf,
            EnrolmentSelf => EnrolmentAssign,
            EnrolmentAssign => EnrolmentWithdraw,
            EnrolmentWithdraw => EnrolmentComplete,
            EnrolmentComplete => EnrolmentClose,
            EnrolmentClose => EnrolmentSwitch,
            EnrolmentSwitch => QuizSubmit,
            QuizSubmit => QuizGrade,
            QuizGrade => QuizBank,
            QuizBank => QuizExport,
            QuizExport => return None,
            Other(_) => return None,
        })
    }

    #[test]
    fn every_action_is_known_and_reads_back() {
        let mut every = vec![AuditAction::InstitutionCreate];
        while let Some(after) = every.last().and_then(next) {
            every.push(after);
        }
        for action in &every {
            assert!(AuditAction::KNOWN.contains(action), "{action:?} is missing from KNOWN");
            assert_eq!(&AuditAction::parse(action.as_str()), action);
            assert!(!matches!(action, AuditAction::Other(_)));
        }
        assert_eq!(every.len(), AuditAction::KNOWN.len(), "KNOWN lists an action twice or the walk skips one");
        for action in AuditAction::KNOWN {
            let made = AuditAction::from(action.as_str().to_string());
            assert!(!matches!(made, AuditAction::Other(_)), "a known word is never Other");
        }
    }
}
