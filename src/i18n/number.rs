//! Numbers written each language's way: its decimal sign and its digit grouping. Fluent's
//! own formatting writes Rust's `1234.5` for every language; Fluent lets a bundle format its
//! numbers itself, which this does (plural selection stays Fluent's, by CLDR rules).

use super::Lang;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::FluentValue;

/// How `lang` writes numbers: (decimal sign, group separator, the fewest integer digits that
/// are grouped). Spanish leaves four-digit numbers ungrouped (CLDR's minimum grouping).
fn style(lang: Lang) -> (char, char, usize) {
    match lang {
        Lang::En => ('.', ',', 4),
        Lang::De | Lang::PtBr => (',', '.', 4),
        Lang::Es => (',', '.', 5),
        // A narrow no-break space, as CLDR has it.
        Lang::Fr => (',', '\u{202f}', 4),
        Lang::Ru => (',', '\u{a0}', 5),
    }
}

/// `n` as `lang` writes it: at most `max` decimals (3 unless the message says), at least
/// `min`, trailing zeros beyond `min` dropped.
pub fn format(lang: Lang, n: &FluentNumber) -> String {
    let (decimal, group, min_grouped) = style(lang);
    let min = n.options.minimum_fraction_digits.unwrap_or(0);
    let max = n.options.maximum_fraction_digits.unwrap_or(3).max(min);
    let mut s = format!("{:.*}", max, n.value.abs());
    if let Some(dot) = s.find('.') {
        let keep = dot + 1 + min;
        while s.len() > keep && s.ends_with('0') {
            s.pop();
        }
        if s.ends_with('.') {
            s.pop();
        }
    }
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (s.clone(), None),
    };
    let mut out = String::new();
    if n.value < 0.0 && n.value.abs() >= f64::EPSILON {
        out.push('-');
    }
    if n.options.use_grouping && int.len() >= min_grouped {
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push(group);
            }
            out.push(c);
        }
    } else {
        out.push_str(&int);
    }
    if let Some(f) = frac {
        out.push(decimal);
        out.push_str(&f);
    }
    out
}

fn fmt_value<const L: u8, M>(v: &FluentValue, _: &M) -> Option<String> {
    match v {
        FluentValue::Number(n) => Some(format(Lang::ALL[usize::from(L)], n)),
        _ => None,
    }
}

/// The bundle formatter for `lang`.
pub(super) fn formatter<M>(lang: Lang) -> fn(&FluentValue, &M) -> Option<String> {
    match lang {
        Lang::En => fmt_value::<0, M>,
        Lang::De => fmt_value::<1, M>,
        Lang::Fr => fmt_value::<2, M>,
        Lang::Es => fmt_value::<3, M>,
        Lang::PtBr => fmt_value::<4, M>,
        Lang::Ru => fmt_value::<5, M>,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::types::FluentNumberOptions;

    fn n(v: f64, min: Option<usize>, max: Option<usize>) -> FluentNumber {
        FluentNumber::new(
            v,
            FluentNumberOptions {
                minimum_fraction_digits: min,
                maximum_fraction_digits: max,
                ..FluentNumberOptions::default()
            },
        )
    }

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(format(Lang::En, &n(1234.5, None, None)), "1,234.5");
        assert_eq!(format(Lang::De, &n(1234.5, None, None)), "1.234,5");
        assert_eq!(format(Lang::Fr, &n(1234.5, None, None)), "1\u{202f}234,5");
        assert_eq!(format(Lang::Es, &n(1234.5, None, None)), "1234,5");
        assert_eq!(format(Lang::Es, &n(12345.0, None, None)), "12.345");
        assert_eq!(format(Lang::Ru, &n(4.26, None, Some(1))), "4,3");
        assert_eq!(format(Lang::PtBr, &n(4.0, Some(1), None)), "4,0");
        assert_eq!(format(Lang::En, &n(0.5, None, Some(0))), "0");
        assert_eq!(format(Lang::En, &n(-3.0, None, None)), "-3");
        assert_eq!(format(Lang::De, &n(1_000_000.0, None, None)), "1.000.000");
    }
}
