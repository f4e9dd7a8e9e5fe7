//! Learning: the pages under `/learn`; HR's are in `learning_hr.rs`.

use tutela_app::Page;
use tutela_app::learning::LearningRoute;

use super::error::HttpError;
use super::learning_hr;
use super::pages::Ask;

/// The learning page `route` names.
pub async fn load(ask: &Ask<'_>, route: LearningRoute<'_>) -> Result<Page, HttpError> {
    match route {
        LearningRoute::Hr(route) => learning_hr::load(ask, route).await,
    }
}
