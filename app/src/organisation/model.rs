//! The organisation pages' models: institutions, units, cadres, and the
//! institution a people, roster or units page acts on.

use crate::ids::{CadreId, UnitId};
use serde::{Deserialize, Serialize};

use crate::i18n::Msg;
use crate::model::{Choice, FieldErrors};

/// The institution a people, roster or units page acts on. A deployment
/// administrator may switch to any other (`others`, by slug); everyone
/// else acts on their own institution and `others` is empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstitutionSwitch {
    pub slug: String,
    pub name: String,
    pub others: Vec<Choice>,
}

impl InstitutionSwitch {
    /// `?institution=…` for links that must stay in the chosen institution,
    /// or "" when there is nothing to switch (the page's own institution).
    pub fn query(&self, first: char) -> String {
        if self.others.is_empty() { String::new() } else { format!("{first}institution={}", self.slug) }
    }
}

/// An institution's unit tree, for its administrators.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitsPage {
    pub institution: InstitutionSwitch,
    pub units: Vec<UnitLine>,
    /// Units the viewer administers: parents for a new unit, and both ends of a move.
    pub choices: Vec<Choice>,
    /// Whether a new unit may be put at the top level (deployment administrators).
    pub top_level: bool,
    pub errors: FieldErrors,
    /// Values typed, kept when the form comes back with an error.
    pub code: String,
    pub name: String,
    pub parent: String,
    pub unit: String,
    pub new_parent: String,
    /// What was done, put into words when the page renders.
    pub notice: Option<Msg>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitLine {
    pub id: UnitId,
    pub code: String,
    pub name: String,
    pub depth: usize,
}

/// The deployment's cadres, for its administrators.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CadresPage {
    pub cadres: Vec<CadreLine>,
    pub errors: FieldErrors,
    /// The cadre whose form has the errors ("new" for the add form).
    pub errors_for: String,
    pub slug: String,
    pub name: String,
    pub description: String,
    /// What was done, put into words when the page renders.
    pub notice: Option<Msg>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CadreLine {
    pub id: CadreId,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub retired: bool,
    /// People placed in it now.
    pub people: i64,
}

/// The institutions of this Tutela, for deployment administrators.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstitutionsPage {
    /// (slug, name, country, people).
    pub institutions: Vec<(String, String, String, i64)>,
    pub errors: FieldErrors,
    pub slug: String,
    pub name: String,
    pub country: String,
    pub root_code: String,
    pub root_name: String,
    /// What was done, put into words when the page renders.
    pub notice: Option<Msg>,
    /// Each institution's default language (by slug; None: English).
    pub locales: Vec<(String, Option<crate::i18n::Locale>)>,
    /// Set after a default language was saved.
    pub locale_saved: bool,
}
