//! Which language a member wrote in, among the languages a knowledge base has: `lingua`,
//! chosen over `whatlang` on short chat text (`cargo bench --bench lang_detect`). Its models
//! load once per process, on first use, and are shared by every detector.

use crate::i18n::Lang;
use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

fn lingua_of(lang: Lang) -> Language {
    match lang {
        Lang::En => Language::English,
        Lang::De => Language::German,
        Lang::Fr => Language::French,
        Lang::Es => Language::Spanish,
        Lang::PtBr => Language::Portuguese,
        Lang::Ru => Language::Russian,
    }
}

fn lang_of(language: Language) -> Option<Lang> {
    Lang::ALL.into_iter().find(|l| lingua_of(*l) == language)
}

/// A detector for one set of languages (sorted), made once and kept.
fn detector(among: &[Lang]) -> Arc<LanguageDetector> {
    static DETECTORS: OnceLock<Mutex<HashMap<Vec<Lang>, Arc<LanguageDetector>>>> = OnceLock::new();
    let mut key = among.to_vec();
    key.sort();
    key.dedup();
    let mut all = DETECTORS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    all.entry(key)
        .or_insert_with_key(|key| {
            let languages: Vec<Language> = key.iter().map(|l| lingua_of(*l)).collect();
            Arc::new(LanguageDetectorBuilder::from_languages(&languages).build())
        })
        .clone()
}

/// The language of `text` among `among`: the only one when there is one; `None` when the
/// text has nothing to tell them apart by (no letters: "2fa??", an emoji).
pub fn detect(text: &str, among: &[Lang]) -> Option<Lang> {
    match among {
        [] => None,
        [only] => Some(*only),
        _ => {
            let clipped: String = text.chars().take(super::matcher::MAX_QUERY_CHARS).collect();
            detector(among)
                .detect_language_of(clipped)
                .and_then(lang_of)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_short_chat_apart_among_the_given_languages() {
        let all = Lang::ALL;
        assert_eq!(
            detect("wie setze ich mein passwort zurück", &all),
            Some(Lang::De)
        );
        assert_eq!(
            detect("comment je récupère mon compte ?", &all),
            Some(Lang::Fr)
        );
        assert_eq!(detect("no puedo iniciar sesión", &all), Some(Lang::Es));
        assert_eq!(
            detect("não consigo entrar na minha conta", &all),
            Some(Lang::PtBr)
        );
        assert_eq!(detect("не могу войти в аккаунт", &all), Some(Lang::Ru));
        assert_eq!(detect("how do I get a refund", &all), Some(Lang::En));
        // Limited to the base's languages: German text among English and French is one of them.
        assert!(matches!(
            detect("wie setze ich mein passwort zurück", &[Lang::En, Lang::Fr]),
            Some(Lang::En | Lang::Fr)
        ));
        assert_eq!(detect("anything", &[Lang::De]), Some(Lang::De));
        assert_eq!(detect("🙂 ??? 123", &[Lang::En, Lang::De]), None);
    }
}
