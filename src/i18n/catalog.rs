//! The catalogues: each shipped language's `.ftl` files, embedded at build time and parsed
//! once into a Fluent bundle per language.

use super::{number, Lang};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Variables for a message.
pub type Args<'a> = FluentArgs<'a>;

/// The catalogue files every shipped language has, by name (`locales/<lang>/<name>.ftl`).
pub const FILES: &[&str] = &[
    "commands", "tickets", "refusals", "bot", "desk", "screens", "web", "kb",
];

/// `(file name, text)` of each of `$lang`'s catalogue files, in [`FILES`]' order.
macro_rules! files_of {
    ($lang:literal) => {
        [
            files_of!(@one $lang, "commands"),
            files_of!(@one $lang, "tickets"),
            files_of!(@one $lang, "refusals"),
            files_of!(@one $lang, "bot"),
            files_of!(@one $lang, "desk"),
            files_of!(@one $lang, "screens"),
            files_of!(@one $lang, "web"),
            files_of!(@one $lang, "kb"),
        ]
    };
    (@one $lang:literal, $file:literal) => {
        (
            $file,
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $lang, "/", $file, ".ftl")),
        )
    };
}

/// Every shipped language's files: the catalogues' sources.
pub(crate) fn sources(lang: Lang) -> [(&'static str, &'static str); FILES.len()] {
    match lang {
        Lang::En => files_of!("en"),
        Lang::De => files_of!("de"),
        Lang::Fr => files_of!("fr"),
        Lang::Es => files_of!("es"),
        Lang::PtBr => files_of!("pt-BR"),
        Lang::Ru => files_of!("ru"),
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static HashMap<Lang, Bundle> {
    static BUNDLES: OnceLock<HashMap<Lang, Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| Lang::ALL.into_iter().map(|l| (l, bundle(l))).collect())
}

/// `lang`'s bundle. A shipped file that does not parse, or that repeats a message, is a bug
/// caught by the tests (`every_catalogue_parses`); here its good messages are still used.
fn bundle(lang: Lang) -> Bundle {
    let id = lang
        .code()
        .parse()
        .expect("a shipped language's code is a tag");
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // Discord and HTML show the text as is: no invisible isolation marks around variables
    // (member text in them is made inert by the front ends).
    b.set_use_isolating(false);
    b.set_formatter(Some(number::formatter(lang)));
    for (name, text) in sources(lang) {
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, errors)| {
            tracing::error!(lang = %lang, file = name, ?errors, "a catalogue file has errors");
            r
        });
        if let Err(errors) = b.add_resource(resource) {
            tracing::error!(lang = %lang, file = name, ?errors, "a catalogue file repeats messages");
        }
    }
    b
}

/// Message `id` in `lang` with `args`; in English when `lang` lacks it (the tests forbid
/// that for shipped languages); the id itself when English lacks it too (a bug, logged).
pub fn text(lang: Lang, id: &str, args: Option<&Args<'_>>) -> String {
    format(lang, id, None, args)
}

/// Attribute `attr` of message `id` (`.description` of a command), as [`text`].
pub fn attribute(lang: Lang, id: &str, attr: &str, args: Option<&Args<'_>>) -> String {
    format(lang, id, Some(attr), args)
}

/// Whether `lang`'s catalogue has message `id`.
pub fn has_message(lang: Lang, id: &str) -> bool {
    bundles()[&lang].has_message(id)
}

fn format(lang: Lang, id: &str, attr: Option<&str>, args: Option<&Args<'_>>) -> String {
    for l in [lang, Lang::En] {
        let b = &bundles()[&l];
        let Some(msg) = b.get_message(id) else {
            continue;
        };
        let pattern = match attr {
            Some(a) => msg.get_attribute(a).map(|a| a.value()),
            None => msg.value(),
        };
        let Some(pattern) = pattern else { continue };
        let mut errors = Vec::new();
        let out = b.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(lang = %l, id, ?errors, "a message did not format cleanly");
        }
        return out.into_owned();
    }
    tracing::error!(lang = %lang, id, ?attr, "no such message in the catalogues");
    match attr {
        Some(a) => format!("{id}.{a}"),
        None => id.to_string(),
    }
}

/// Every message id of `lang`'s catalogue files, with the names of its attributes.
pub fn message_ids(lang: Lang) -> Vec<(String, Vec<String>)> {
    use fluent_syntax::ast::Entry;
    let mut out = Vec::new();
    for (_, text) in sources(lang) {
        let Ok(res) = fluent_syntax::parser::parse(text) else {
            continue;
        };
        for entry in res.body {
            if let Entry::Message(m) = entry {
                let attrs = m.attributes.iter().map(|a| a.id.name.to_string()).collect();
                out.push((m.id.name.to_string(), attrs));
            }
        }
    }
    out
}

/// The variables (`$name`) message `id` (or its attribute `attr`) uses in `lang`, sorted.
pub fn variables_of(lang: Lang, id: &str, attr: Option<&str>) -> Vec<String> {
    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
    fn walk_pattern(p: &Pattern<&str>, out: &mut Vec<String>) {
        for el in &p.elements {
            if let PatternElement::Placeable { expression } = el {
                walk_expr(expression, out);
            }
        }
    }
    fn walk_expr(e: &Expression<&str>, out: &mut Vec<String>) {
        match e {
            Expression::Select { selector, variants } => {
                walk_inline(selector, out);
                for v in variants {
                    walk_pattern(&v.value, out);
                }
            }
            Expression::Inline(i) => walk_inline(i, out),
        }
    }
    fn walk_inline(i: &InlineExpression<&str>, out: &mut Vec<String>) {
        match i {
            InlineExpression::VariableReference { id } => out.push(id.name.to_string()),
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    walk_inline(a, out);
                }
                for a in &arguments.named {
                    walk_inline(&a.value, out);
                }
            }
            InlineExpression::Placeable { expression } => walk_expr(expression, out),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for (_, text) in sources(lang) {
        let Ok(res) = fluent_syntax::parser::parse(text) else {
            continue;
        };
        for entry in &res.body {
            let Entry::Message(m) = entry else { continue };
            if m.id.name != id {
                continue;
            }
            let pattern = match attr {
                Some(a) => m
                    .attributes
                    .iter()
                    .find(|x| x.id.name == a)
                    .map(|x| &x.value),
                None => m.value.as_ref(),
            };
            if let Some(p) = pattern {
                walk_pattern(p, &mut out);
            }
        }
    }
    out.sort();
    out.dedup();
    out
}
