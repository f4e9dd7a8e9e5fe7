//! Organisation: institutions, their unit trees (add, move), and the
//! deployment's cadres (add, rename, retire).

mod cadres;
mod institutions;
pub mod model;
mod units;

pub use cadres::CadresView;
pub use institutions::InstitutionsView;
pub use units::UnitsView;
