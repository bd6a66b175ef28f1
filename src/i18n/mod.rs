//! The words Concierge says, in the languages it ships: Project Fluent catalogues under
//! `locales/<language>/*.ftl`, embedded in the binary. English is the source; every shipped
//! language has every message (a test holds them to it). Plurals follow each language's CLDR
//! rules inside the catalogues, numbers are written the language's way ([`number`]).
//!
//! Which language a text is in is the caller's choice ([`Lang`]): a reply to a Discord
//! interaction follows the member's Discord locale, a post in a ticket its owner's, a post in
//! a channel the server's, a dashboard page the signed-in person's (or the browser's).
//! [`Lang::negotiate`] turns any locale tag into the closest shipped language.

mod catalog;
mod lang;
mod number;

pub use catalog::{attribute, has_message, message_ids, text, variables_of, Args, FILES};
pub use lang::Lang;

/// A message of the catalogues in `lang`, with its variables:
/// `t!(lang, "ticket-opened", ticket = no, thread = id)`. Variable names are the Fluent ones
/// (snake_case here); values are anything `fluent_bundle::FluentValue` converts from
/// (strings and numbers).
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:expr) => {
        $crate::i18n::text($lang, $id, None)
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $(args.set(stringify!($name), $value);)+
        $crate::i18n::text($lang, $id, Some(&args))
    }};
}
