//! Who may see a page and who may submit its form, written once.
//!
//! A [`Policy`] names a permission; [`Policy::allows`] decides it from the
//! session's [`Viewer`] alone (no storage: the caller reads the record a
//! policy is about, such as a person's unit, first). The GET loaders and
//! the POST handlers of a page ask the same policy, so the two cannot
//! drift. A refusal is a [`Denied`]: sign in first, or a message saying
//! why and what to do (the constants below are its catalogue ids, in
//! `shared.ftl`; tests check the words).

use crate::ids::AccountId;
use crate::model::{Grant, Viewer};

/// A permission, as the pages and forms that need it ask for it.
#[derive(Clone, Copy, Debug)]
pub enum Policy<'a> {
    /// Any signed-in person (their own account).
    SignedIn,
    /// HR officers and administrators: the people list, rosters, links.
    ManagePeople,
    /// Whoever manages the person placed at this unit path (and the same
    /// answer for a person who does not exist, so nothing is revealed).
    ManagePerson(&'a str),
    /// Acting on an account (links, lock, unlock, roles) whose active
    /// grants are `grants`: never one's own, never one more powerful than
    /// the viewer's ([`Viewer::may_act_on`]).
    ActOnAccount { account_id: AccountId, grants: &'a [Grant] },
    /// Changing the roles of the person placed at this unit path: an
    /// administrator of that unit.
    Administer(&'a str),
    /// Granting a role on this unit path: an administrator of it; on the
    /// whole deployment (None): a deployment administrator.
    GrantOn(Option<&'a str>),
    /// Revoking a grant: an administrator of the grant's own scope.
    Revoke { revocable: bool },
    /// Any administrator: the audit log (the entries of their units).
    ReadAudit,
    /// The chain check walks every institution's entries: deployment
    /// administrators only.
    VerifyAudit,
    /// A unit with no parent (a new top of an institution's tree):
    /// deployment administrators only.
    AddTopUnit,
    /// Any administrator: the security log (attempts in their units).
    ReadSignIns,
    /// Any administrator: the unit tree and its changes.
    ManageUnits,
    /// Deployment administrators: cadres and institutions.
    DeploymentAdmin,
    /// Reviewers and administrators: grading essays, within their grants'
    /// units (`quiz::trainer_model::grading_scopes`).
    GradeEssays,
    /// Authors, reviewers and deployment administrators: item analysis.
    AnalyseQuestions,
    /// Authors on the whole deployment (courses belong to it) and
    /// deployment administrators: uploading and downloading a course's
    /// question bank (`quiz::trainer_model::uploads_questions`).
    UploadQuestions,
}

/// Why a policy refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Denied {
    /// Nobody is signed in: sign in, then come back.
    SignIn,
    /// Signed in, but not allowed; the message (a catalogue id) says why (403).
    Forbidden(&'static str),
}

impl Policy<'_> {
    /// `Ok` if `viewer` (None: nobody signed in) holds this permission.
    pub fn allows(&self, viewer: Option<&Viewer>) -> Result<(), Denied> {
        let Some(viewer) = viewer else { return Err(Denied::SignIn) };
        let (allowed, message) = match *self {
            Policy::SignedIn => (true, ""),
            Policy::ManagePeople => (viewer.manages_people(), NOT_A_MANAGER),
            Policy::ManagePerson(unit_path) => (viewer.manages(unit_path), NOT_YOURS),
            Policy::ActOnAccount { account_id, .. } if account_id == viewer.account_id => (false, NOT_YOURSELF),
            Policy::ActOnAccount { account_id, grants } => (viewer.may_act_on(account_id, grants), MORE_POWERFUL),
            Policy::Administer(unit_path) => (viewer.administers(unit_path), NOT_THEIR_ADMINISTRATOR),
            Policy::GrantOn(Some(unit_path)) => (viewer.administers(unit_path), NOT_YOUR_UNIT),
            Policy::GrantOn(None) => (viewer.is_deployment_admin(), NOT_A_DEPLOYMENT_ADMIN_GRANT),
            Policy::Revoke { revocable } => (revocable, MORE_POWERFUL),
            Policy::ReadAudit => (viewer.is_admin(), NOT_AN_ADMIN),
            Policy::VerifyAudit if !viewer.is_admin() => (false, NOT_AN_ADMIN),
            Policy::VerifyAudit => (viewer.is_deployment_admin(), NOT_A_DEPLOYMENT_ADMIN_AUDIT),
            Policy::ReadSignIns => (viewer.is_admin(), NOT_AN_ADMIN_SIGN_INS),
            Policy::ManageUnits => (viewer.is_admin(), NOT_AN_ADMIN_UNITS),
            Policy::AddTopUnit => (viewer.is_deployment_admin(), NOT_A_DEPLOYMENT_ADMIN_TOP_UNIT),
            Policy::DeploymentAdmin => (viewer.is_deployment_admin(), NOT_A_DEPLOYMENT_ADMIN),
            Policy::GradeEssays => (crate::quiz::trainer_model::grades_essays(viewer), NOT_A_REVIEWER),
            Policy::AnalyseQuestions => (crate::quiz::trainer_model::analyses_questions(viewer), NOT_AN_AUTHOR),
            Policy::UploadQuestions => (crate::quiz::trainer_model::uploads_questions(viewer), NOT_AN_AUTHOR_UPLOAD),
        };
        if allowed { Ok(()) } else { Err(Denied::Forbidden(message)) }
    }

    /// Whether `viewer` holds this permission.
    pub fn holds(&self, viewer: &Viewer) -> bool {
        self.allows(Some(viewer)).is_ok()
    }
}

pub const NOT_A_MANAGER: &str = "shared-denied-not-a-manager";

/// The same answer for a person outside the viewer's units and for one who
/// does not exist, so the answer reveals nothing.
pub const NOT_YOURS: &str = "shared-denied-not-yours";

/// Acting on an account that holds a role beyond what the viewer administers.
pub const MORE_POWERFUL: &str = "shared-denied-more-powerful";

/// Acting on one's own account through a person's page.
pub const NOT_YOURSELF: &str = "shared-denied-not-yourself";

pub const NOT_THEIR_ADMINISTRATOR: &str = "shared-denied-not-their-administrator";

pub const NOT_YOUR_UNIT: &str = "shared-denied-not-your-unit";

/// A role on the whole deployment is granted by its administrators only.
pub const NOT_A_DEPLOYMENT_ADMIN_GRANT: &str = "shared-denied-not-a-deployment-admin-grant";

pub const NOT_AN_ADMIN: &str = "shared-denied-not-an-admin";

pub const NOT_A_DEPLOYMENT_ADMIN_AUDIT: &str = "shared-denied-not-a-deployment-admin-audit";

pub const NOT_AN_ADMIN_SIGN_INS: &str = "shared-denied-not-an-admin-sign-ins";

pub const NOT_AN_ADMIN_UNITS: &str = "shared-denied-not-an-admin-units";

pub const NOT_A_DEPLOYMENT_ADMIN: &str = "shared-denied-not-a-deployment-admin";

pub const NOT_A_DEPLOYMENT_ADMIN_TOP_UNIT: &str = "shared-denied-not-a-deployment-admin-top-unit";

/// Grading essays needs the reviewer role (or an administrator's); its
/// words are in `quiz-trainer.ftl`, with the capability's.
pub const NOT_A_REVIEWER: &str = "quiz-trainer-denied-not-a-reviewer";

/// Item analysis is for authors and reviewers.
pub const NOT_AN_AUTHOR: &str = "quiz-trainer-denied-not-an-author";

/// Uploading a question bank is for authors on the whole deployment (and
/// deployment administrators).
pub const NOT_AN_AUTHOR_UPLOAD: &str = "quiz-bank-denied-not-an-author";

pub const NOT_YOUR_INSTITUTION: &str = "shared-denied-not-your-institution";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;

    fn viewer(grants: Vec<Grant>) -> Viewer {
        Viewer {
            account_id: AccountId(1),
            person_id: crate::ids::PersonId(1),
            institution_id: crate::ids::InstitutionId(1),
            name: "A".into(),
            grants,
        }
    }

    #[test]
    fn a_top_unit_and_the_cadres_are_refused_each_in_their_own_words() {
        let unit_admin = viewer(vec![Grant { role: Role::Admin, unit_path: Some("/1/".into()) }]);
        let top = Policy::AddTopUnit.allows(Some(&unit_admin));
        assert_eq!(top, Err(Denied::Forbidden(NOT_A_DEPLOYMENT_ADMIN_TOP_UNIT)));
        let cadres = Policy::DeploymentAdmin.allows(Some(&unit_admin));
        assert_eq!(cadres, Err(Denied::Forbidden(NOT_A_DEPLOYMENT_ADMIN)));
        let everywhere = viewer(vec![Grant { role: Role::Admin, unit_path: None }]);
        assert_eq!(Policy::AddTopUnit.allows(Some(&everywhere)), Ok(()));
    }

    #[test]
    fn only_the_deployment_scope_grants_on_it_and_uploads_question_banks() {
        let unit_admin = viewer(vec![Grant { role: Role::Admin, unit_path: Some("/1/".into()) }]);
        assert_eq!(Policy::GrantOn(Some("/1/4/")).allows(Some(&unit_admin)), Ok(()));
        let deployment = Policy::GrantOn(None).allows(Some(&unit_admin));
        assert_eq!(deployment, Err(Denied::Forbidden(NOT_A_DEPLOYMENT_ADMIN_GRANT)));
        let everywhere = viewer(vec![Grant { role: Role::Admin, unit_path: None }]);
        assert_eq!(Policy::GrantOn(None).allows(Some(&everywhere)), Ok(()));
        assert_eq!(Policy::UploadQuestions.allows(Some(&everywhere)), Ok(()));
        let unit_author = viewer(vec![Grant { role: Role::Author, unit_path: Some("/1/".into()) }]);
        let refused = Policy::UploadQuestions.allows(Some(&unit_author));
        assert_eq!(refused, Err(Denied::Forbidden(NOT_AN_AUTHOR_UPLOAD)));
        let deployment_author = viewer(vec![Grant { role: Role::Author, unit_path: None }]);
        assert_eq!(Policy::UploadQuestions.allows(Some(&deployment_author)), Ok(()));
        // Only a deployment administrator acts on an account holding a deployment-wide grant.
        let grants = [Grant { role: Role::Author, unit_path: None }];
        let act = Policy::ActOnAccount { account_id: AccountId(2), grants: &grants };
        assert_eq!(act.allows(Some(&unit_admin)), Err(Denied::Forbidden(MORE_POWERFUL)));
        assert_eq!(act.allows(Some(&everywhere)), Ok(()));
    }
}
