//! The period a page covers (`?days=N`): the links offered (7, 30, 90 days) and the check of
//! what was asked (a whole number of days from 1 to 365, 30 when not given).

use super::error::WebError;
use crate::i18n::Lang;
use crate::t;
use maud::{html, Markup};

/// The periods offered as links.
const PERIODS: [u32; 3] = [7, 30, 90];

/// The period asked for (`days`), 30 days by default.
pub fn days(lang: Lang, raw: Option<&str>) -> Result<u32, WebError> {
    match raw {
        None | Some("") => Ok(30),
        Some(d) => d
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=365).contains(d))
            .ok_or_else(|| WebError::bad_request(t!(lang, "web-error-days", value = d))),
    }
}

/// The period's links, the current one marked, keeping `extra` (`&sort=…`) in each.
pub fn links(lang: Lang, days: u32, extra: &str) -> Markup {
    html! {
        p.period {
            (t!(lang, "web-period-label")) " "
            @for d in PERIODS {
                a href={ "?days=" (d) (extra) } aria-current=[(d == days).then_some("true")] { (t!(lang, "web-period-last-days", days = d)) }
            }
        }
    }
}
