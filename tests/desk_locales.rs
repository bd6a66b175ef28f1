//! The locale each person last used the bot in, on both backends: unknown until seen, the
//! latest one wins, anything but a locale tag's characters is dropped, and it maps to the
//! closest shipped language (a language Concierge does not ship is English).

#[macro_use]
mod common;

use common::*;
use concierge::i18n::Lang;
use concierge::tickets::UserId;

desk_test!(
    a_persons_locale_is_remembered_and_maps_to_a_shipped_language,
    |db| {
        let desk = db.desk().await;
        let (alice, bob) = (UserId(1), UserId(2));
        assert_eq!(desk.language_of(alice).await.unwrap(), None, "never seen");
        desk.remember_locale(alice, "de", at(0)).await.unwrap();
        assert_eq!(desk.language_of(alice).await.unwrap(), Some(Lang::De));
        desk.remember_locale(alice, "pt-BR", at(1)).await.unwrap();
        assert_eq!(
            desk.language_of(alice).await.unwrap(),
            Some(Lang::PtBr),
            "the latest"
        );
        desk.remember_locale(bob, "es-419'; DROP TABLE x", at(1))
            .await
            .unwrap();
        assert_eq!(
            desk.store().locale_of(bob).await.unwrap().as_deref(),
            Some("es-419DROPTABLEx")
        );
        desk.remember_locale(bob, "ja", at(2)).await.unwrap();
        assert_eq!(desk.language_of(bob).await.unwrap(), Some(Lang::En));
        desk.remember_locale(bob, " ", at(3)).await.unwrap();
        assert_eq!(
            desk.store().locale_of(bob).await.unwrap().as_deref(),
            Some("ja"),
            "a blank locale changes nothing"
        );
    }
);
