//! The shipped languages and how a locale tag (Discord's `de`, `pt-BR`, `es-419`; a browser's
//! `fr-CA`) finds the closest of them.

use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

/// A language Concierge ships.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    De,
    Fr,
    Es,
    PtBr,
    Ru,
}

impl Lang {
    /// Every shipped language, English (the source) first.
    pub const ALL: [Lang; 6] = [Lang::En, Lang::De, Lang::Fr, Lang::Es, Lang::PtBr, Lang::Ru];

    /// Its folder under `locales/` and its tag (BCP 47).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::PtBr => "pt-BR",
            Lang::Ru => "ru",
        }
    }

    /// Its name in itself, for a language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::PtBr => "Português (Brasil)",
            Lang::Ru => "Русский",
        }
    }

    /// The Discord locales that show this language (a command's localisations are set for
    /// each).
    pub fn discord_locales(self) -> &'static [&'static str] {
        match self {
            Lang::En => &["en-US", "en-GB"],
            Lang::De => &["de"],
            Lang::Fr => &["fr"],
            Lang::Es => &["es-ES", "es-419"],
            Lang::PtBr => &["pt-BR"],
            Lang::Ru => &["ru"],
        }
    }

    /// The shipped language whose code is `code` exactly (case aside), as a setting names it.
    pub fn parse(code: &str) -> Option<Lang> {
        let code = code.trim();
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// The closest shipped language for a locale tag: the same language and region, else the
    /// same language in another region (`pt-PT` → `pt-BR`, `es-419` → `es`, `de-AT` → `de`),
    /// else English. An empty or malformed tag is English.
    pub fn negotiate(tag: &str) -> Lang {
        Lang::negotiate_list(&[tag])
    }

    /// The closest shipped language for a list of tags in order of preference (a browser's
    /// `Accept-Language`, weights already applied): the first tag with a match wins.
    pub fn negotiate_list(tags: &[&str]) -> Lang {
        let requested: Vec<LanguageIdentifier> = tags
            .iter()
            .filter_map(|t| t.trim().replace('_', "-").parse().ok())
            .collect();
        let available = available();
        let default = &available[0];
        negotiate_languages(
            &requested,
            available,
            Some(default),
            NegotiationStrategy::Lookup,
        )
        .first()
        .and_then(|id| Lang::ALL.into_iter().zip(available).find(|(_, a)| a == id))
        .map_or(Lang::En, |(lang, _)| lang)
    }

    /// The languages of an `Accept-Language` header, most wanted first (`q=0` left out).
    pub fn from_accept_language(header: &str) -> Lang {
        let mut tags: Vec<(f32, usize, &str)> = header
            .split(',')
            .enumerate()
            .filter_map(|(i, part)| {
                let mut bits = part.split(';');
                let tag = bits.next()?.trim();
                let q = bits
                    .find_map(|b| b.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                (q > 0.0 && !tag.is_empty() && tag != "*").then_some((q, i, tag))
            })
            .collect();
        tags.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        let tags: Vec<&str> = tags.into_iter().map(|(_, _, t)| t).collect();
        Lang::negotiate_list(&tags)
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The shipped languages' identifiers, in [`Lang::ALL`]'s order.
fn available() -> &'static [LanguageIdentifier] {
    static IDS: std::sync::OnceLock<Vec<LanguageIdentifier>> = std::sync::OnceLock::new();
    IDS.get_or_init(|| {
        Lang::ALL
            .iter()
            .map(|l| {
                l.code()
                    .parse()
                    .expect("a shipped language's code is a valid tag")
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_find_the_closest_shipped_language() {
        for (tag, lang) in [
            ("en-US", Lang::En),
            ("en-GB", Lang::En),
            ("de", Lang::De),
            ("de-AT", Lang::De),
            ("fr", Lang::Fr),
            ("fr-CA", Lang::Fr),
            ("es-ES", Lang::Es),
            ("es-419", Lang::Es),
            ("pt-BR", Lang::PtBr),
            ("pt-PT", Lang::PtBr),
            ("pt", Lang::PtBr),
            ("ru", Lang::Ru),
            ("uk", Lang::En),
            ("ja", Lang::En),
            ("", Lang::En),
            ("not a tag!", Lang::En),
            ("DE", Lang::De),
            ("pt_BR", Lang::PtBr),
        ] {
            assert_eq!(Lang::negotiate(tag), lang, "{tag}");
        }
    }

    #[test]
    fn accept_language_takes_the_most_wanted_shipped_one() {
        assert_eq!(
            Lang::from_accept_language("ja, de;q=0.8, en;q=0.5"),
            Lang::De
        );
        assert_eq!(
            Lang::from_accept_language("fr-CH, fr;q=0.9, en;q=0.8"),
            Lang::Fr
        );
        assert_eq!(
            Lang::from_accept_language("en;q=0.2, pt-PT;q=0.9"),
            Lang::PtBr
        );
        assert_eq!(Lang::from_accept_language("de;q=0, es"), Lang::Es);
        assert_eq!(Lang::from_accept_language(""), Lang::En);
        assert_eq!(Lang::from_accept_language("*"), Lang::En);
    }

    #[test]
    fn codes_parse_back() {
        for l in Lang::ALL {
            assert_eq!(Lang::parse(l.code()), Some(l));
        }
        assert_eq!(Lang::parse("pt-br"), Some(Lang::PtBr));
        assert_eq!(
            Lang::parse("pt"),
            None,
            "a setting names a shipped language exactly"
        );
    }
}
