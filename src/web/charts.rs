//! Charts as inline SVG (no script, no external file): bars and a line over days, and
//! horizontal bars for a distribution. Every value also appears in a `<title>`, so a
//! pointer shows it and a screen reader reads it. Values are written by the caller's
//! formatter (in the reader's language).

use crate::i18n::Lang;
use crate::t;
use crate::web::words::{count, fixed};
use maud::{html, Markup};

/// How a chart writes a value.
pub type Fmt<'a> = &'a dyn Fn(f64) -> String;

/// One point of a series: its label (a day) and value (none: no data that day).
pub struct Point {
    pub label: String,
    pub value: Option<f64>,
}

const W: f64 = 640.0;
const H: f64 = 200.0;
const LEFT: f64 = 70.0;
const BOTTOM: f64 = 32.0;
const TOP: f64 = 12.0;

fn max_of(points: &[Point]) -> f64 {
    let m = points
        .iter()
        .filter_map(|p| p.value)
        .fold(0.0_f64, f64::max);
    if m <= 0.0 {
        1.0
    } else {
        m
    }
}

/// The frame: horizontal grid lines with the scale, and the first, middle and last labels.
fn frame(points: &[Point], max: f64, fmt: Fmt<'_>) -> Markup {
    let plot_h = H - BOTTOM - TOP;
    let n = points.len();
    let step = (W - LEFT) / n.max(1) as f64;
    let marks: Vec<usize> = match n {
        0 => vec![],
        1 => vec![0],
        _ => vec![0, n / 2, n - 1],
    };
    html! {
        @for i in 0..=2u8 {
            @let y = TOP + plot_h * f64::from(i) / 2.0;
            line.grid x1=(LEFT) x2=(W) y1=(y) y2=(y) {}
            text x=(LEFT - 8.0) y=(y + 7.0) text-anchor="end" { (fmt(max * f64::from(2 - i) / 2.0)) }
        }
        @for i in marks {
            // The last day's label ends at the chart's edge (a longer label, as some
            // languages write days, stays whole).
            @if n > 1 && i == n - 1 {
                text x=(W - 2.0) y=(H - 6.0) text-anchor="end" { (points[i].label) }
            } @else {
                text x=(LEFT + step * (i as f64 + 0.5)) y=(H - 6.0) text-anchor="middle" { (points[i].label) }
            }
        }
    }
}

/// A bar per point.
pub fn bars(title: &str, points: &[Point], fmt: Fmt<'_>) -> Markup {
    let max = max_of(points);
    let plot_h = H - BOTTOM - TOP;
    let step = (W - LEFT) / points.len().max(1) as f64;
    html! {
        svg.chart viewBox={ "0 0 " (W) " " (H) } role="img" aria-label=(title) {
            title { (title) }
            (frame(points, max, fmt))
            @for (i, p) in points.iter().enumerate() {
                @if let Some(v) = p.value {
                    @let h = plot_h * v / max;
                    rect.bar x=(LEFT + step * i as f64 + step * 0.15) y=(TOP + plot_h - h)
                        width=(step * 0.7) height=(h) rx="2" {
                        title { (p.label) ": " (fmt(v)) }
                    }
                }
            }
        }
    }
}

/// A line through the points that have a value (broken where a day has none).
pub fn line(title: &str, points: &[Point], fmt: Fmt<'_>) -> Markup {
    let max = max_of(points);
    let plot_h = H - BOTTOM - TOP;
    let step = (W - LEFT) / points.len().max(1) as f64;
    let xy = |i: usize, v: f64| {
        (
            LEFT + step * (i as f64 + 0.5),
            TOP + plot_h - plot_h * v / max,
        )
    };
    let mut runs: Vec<String> = Vec::new();
    let mut current = String::new();
    for (i, p) in points.iter().enumerate() {
        match p.value {
            Some(v) => {
                let (x, y) = xy(i, v);
                current.push_str(&format!("{x:.1},{y:.1} "));
            }
            None if !current.is_empty() => runs.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    html! {
        svg.chart viewBox={ "0 0 " (W) " " (H) } role="img" aria-label=(title) {
            title { (title) }
            (frame(points, max, fmt))
            @for run in &runs {
                polyline.line points=(run.trim_end()) {}
            }
            @for (i, p) in points.iter().enumerate() {
                @if let Some(v) = p.value {
                    @let (x, y) = xy(i, v);
                    circle.dot cx=(x) cy=(y) r="3" { title { (p.label) ": " (fmt(v)) } }
                }
            }
        }
    }
}

/// Horizontal bars: one row per (label, count), with the count and its share.
pub fn distribution(lang: Lang, title: &str, rows: &[(String, u64)]) -> Markup {
    let total: u64 = rows.iter().map(|(_, n)| n).sum();
    let max = rows.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let row_h = 34.0;
    let label_w = 110.0;
    let h = row_h * rows.len() as f64 + 4.0;
    html! {
        svg.chart viewBox={ "0 0 " (W) " " (h) } role="img" aria-label=(title) {
            title { (title) }
            @for (i, (label, n)) in rows.iter().enumerate() {
                @let y = 2.0 + row_h * i as f64;
                @let w = (W - label_w - 130.0) * *n as f64 / max as f64;
                text x="0" y=(y + 23.0) { (label) }
                rect.bar x=(label_w) y=(y + 5.0) width=(w.max(1.0)) height=(row_h - 12.0) rx="3" {
                    title { (label) ": " (count(lang, *n)) }
                }
                text x=(label_w + 8.0 + w) y=(y + 23.0) { (count(lang, *n)) " (" (share(lang, *n, total)) ")" }
            }
        }
    }
}

/// `n` of `total` as a whole percentage.
pub fn share(lang: Lang, n: u64, total: u64) -> String {
    if total == 0 {
        "–".to_string()
    } else {
        t!(
            lang,
            "web-share",
            value = fixed(n as f64 * 100.0 / total as f64, 0)
        )
    }
}
