//! The dashboard's words in the reader's language (`locales/<lang>/web.ftl`, ids `web-…`):
//! numbers, shares and durations written the language's way, and messages that hold markup
//! (a `<code>` or `<strong>` inside a sentence) without splitting the sentence for
//! translators.

use crate::i18n::{self, Args, Lang};
use crate::t;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::FluentValue;
use maud::{html, Markup, PreEscaped};

/// `v` as a Fluent number with exactly `digits` decimals (grouped the language's way).
pub fn fixed(v: f64, digits: usize) -> FluentValue<'static> {
    FluentValue::Number(FluentNumber::new(
        v,
        FluentNumberOptions {
            minimum_fraction_digits: Some(digits),
            maximum_fraction_digits: Some(digits),
            ..FluentNumberOptions::default()
        },
    ))
}

/// A count (grouped the language's way: `1,234`, `1.234`).
pub fn count(lang: Lang, n: impl Into<FluentNumber>) -> String {
    t!(lang, "web-number", value = FluentValue::Number(n.into()))
}

/// `v` with exactly `digits` decimals, as `lang` writes it.
pub fn decimal(lang: Lang, v: f64, digits: usize) -> String {
    t!(lang, "web-number", value = fixed(v, digits))
}

/// A number with two decimals (`-` for none).
pub fn num(lang: Lang, v: Option<f64>) -> String {
    v.map_or_else(|| "-".into(), |v| decimal(lang, v, 2))
}

/// A share as a percentage with one decimal (`-` for none): `12.5%`.
pub fn pct(lang: Lang, r: Option<f64>) -> String {
    r.map_or_else(
        || "-".into(),
        |r| t!(lang, "web-percent", value = fixed(r * 100.0, 1)),
    )
}

/// A share as a whole percentage, as a table of ranks shows it: `83%`.
pub fn whole_pct(lang: Lang, r: f64) -> String {
    t!(lang, "web-percent", value = fixed(r * 100.0, 0))
}

/// A duration in seconds (`-` for none): `42s`, `3m 05s`, `2h 10m` in English.
pub fn dur(lang: Lang, s: Option<i64>) -> String {
    match s {
        None => "-".into(),
        Some(s) if s < 60 => t!(lang, "web-duration-seconds", seconds = s),
        Some(s) if s < 3600 => t!(
            lang,
            "web-duration-minutes",
            minutes = s / 60,
            seconds = format!("{:02}", s % 60)
        ),
        Some(s) => t!(
            lang,
            "web-duration-hours",
            hours = s / 3600,
            minutes = format!("{:02}", (s % 3600) / 60)
        ),
    }
}

/// The markers a marked variable stands as while its message is formatted: characters of
/// Unicode's private use area, which no catalogue and no escaping touches.
fn marker(i: usize) -> String {
    format!("\u{E000}{i}\u{E001}")
}

/// Message `id` with its `plain` variables (text and numbers, escaped like any text) and its
/// `marked` ones (markup, such as a `code` element, put in as is).
pub fn rich(lang: Lang, id: &str, plain: Args<'_>, marked: &[(&str, Markup)]) -> Markup {
    let mut args = plain;
    for (i, (name, _)) in marked.iter().enumerate() {
        args.set(*name, marker(i));
    }
    let said = i18n::text(lang, id, Some(&args));
    let mut out = html! { (said) }.into_string();
    for (i, (_, markup)) in marked.iter().enumerate() {
        out = out.replace(&marker(i), &markup.0);
    }
    PreEscaped(out)
}

/// `text` as code.
pub fn code(text: &str) -> Markup {
    html! { code { (text) } }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_shares_and_durations_follow_the_language() {
        assert_eq!(pct(Lang::En, Some(0.125)), "12.5%");
        assert_eq!(pct(Lang::De, Some(0.125)), "12,5\u{a0}%");
        assert_eq!(pct(Lang::En, None), "-");
        assert_eq!(num(Lang::En, Some(5.0)), "5.00");
        assert_eq!(num(Lang::Fr, Some(4.5)), "4,50");
        assert_eq!(count(Lang::En, 12u64), "12");
        assert_eq!(count(Lang::De, 1234u64), "1.234");
        assert_eq!(dur(Lang::En, Some(42)), "42s");
        assert_eq!(dur(Lang::En, Some(185)), "3m 05s");
        assert_eq!(dur(Lang::En, Some(7800)), "2h 10m");
        assert_eq!(dur(Lang::En, None), "-");
        assert_ne!(dur(Lang::Ru, Some(185)), "3m 05s");
        assert_eq!(whole_pct(Lang::En, 0.834), "83%");
    }

    #[test]
    fn marked_variables_are_markup_and_the_rest_is_text() {
        let mut args = Args::new();
        args.set("value", "<b>");
        let out = rich(
            Lang::En,
            "web-test-why",
            args,
            &[("command", code("/kb test"))],
        )
        .into_string();
        assert_eq!(
            out, "Why: the explanation <code>/kb test</code> gives",
            "{out}"
        );
    }
}
