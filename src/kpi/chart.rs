//! The KPI chart: a PNG drawn in-process from [`kpi::daily`](crate::kpi::daily) (no browser, no
//! network, no system fonts). Top panel: tickets opened per day (bars, left axis) and the median
//! first response time (line, minutes, right axis); bottom panel: the CSAT mean per day (line, 1-5).
//! Days without a value leave a gap in their line.

use super::DailyKpi;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::register_font;
use std::sync::OnceLock;

/// DejaVu Sans, cut down to Latin (see `assets/fonts/README.md` for its origin and licence).
static FONT: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-subset.ttf");

/// The size `concierge stats --chart` and `/support stats` draw (pixels).
pub const DEFAULT_SIZE: (u32, u32) = (1200, 720);

/// The smallest and largest images we draw (pixels).
pub const MIN_SIZE: (u32, u32) = (320, 240);
pub const MAX_SIZE: (u32, u32) = (4096, 4096);

const BAR: RGBColor = RGBColor(88, 101, 242); // Discord blurple
const FRT: RGBColor = RGBColor(230, 126, 34);
const CSAT: RGBColor = RGBColor(46, 160, 67);
const INK: RGBColor = RGBColor(45, 45, 52);
const GRID: RGBColor = RGBColor(225, 227, 232);

/// Why a chart could not be drawn.
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    #[error(
        "a chart of {width}x{height} pixels is outside {}x{} to {}x{}",
        MIN_SIZE.0, MIN_SIZE.1, MAX_SIZE.0, MAX_SIZE.1
    )]
    Size { width: u32, height: u32 },
    #[error("the chart has no days to show")]
    NoDays,
    #[error("the embedded chart font could not be loaded")]
    Font,
    #[error("drawing the chart failed: {0}")]
    Draw(String),
    #[error("encoding the chart as PNG failed: {0}")]
    Encode(#[from] png::EncodingError),
    #[error("reading the daily figures failed: {0}")]
    Store(#[from] crate::store::StoreError),
}

/// The chart of the last `days` days up to `now`, at [`DEFAULT_SIZE`], as PNG bytes.
pub async fn period_png(
    store: &crate::store::Store,
    guild: crate::tickets::GuildId,
    now: chrono::DateTime<chrono::Utc>,
    days: u32,
) -> Result<Vec<u8>, ChartError> {
    let daily = crate::kpi::daily(store, guild, now, days).await?;
    render_png(&daily, DEFAULT_SIZE.0, DEFAULT_SIZE.1)
}

/// Registers the embedded font under the family names plotters asks for (once per process).
fn fonts() -> Result<(), ChartError> {
    static DONE: OnceLock<bool> = OnceLock::new();
    let ok = DONE.get_or_init(|| {
        ["sans-serif", "serif", "monospace"]
            .iter()
            .all(|name| register_font(name, FontStyle::Normal, FONT).is_ok())
    });
    ok.then_some(()).ok_or(ChartError::Font)
}

fn draw_err<E: std::fmt::Debug>(e: E) -> ChartError {
    ChartError::Draw(format!("{e:?}"))
}

/// Renders the series as a `width` x `height` PNG (RGB, 8-bit).
pub fn render_png(daily: &[DailyKpi], width: u32, height: u32) -> Result<Vec<u8>, ChartError> {
    if width < MIN_SIZE.0 || height < MIN_SIZE.1 || width > MAX_SIZE.0 || height > MAX_SIZE.1 {
        return Err(ChartError::Size { width, height });
    }
    if daily.is_empty() {
        return Err(ChartError::NoDays);
    }
    fonts()?;
    let mut rgb = vec![0u8; width as usize * height as usize * 3];
    {
        let root = BitMapBackend::with_buffer(&mut rgb, (width, height)).into_drawing_area();
        draw(&root, daily).map_err(draw_err)?;
        root.present().map_err(draw_err)?;
    }
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, width, height);
    enc.set_color(png::ColorType::Rgb);
    enc.set_depth(png::BitDepth::Eight);
    let mut w = enc.write_header()?;
    w.write_image_data(&rgb)?;
    w.finish()?;
    Ok(out)
}

/// A readable upper bound for an axis: the maximum plus headroom, at least `floor`.
fn top(max: f64, floor: f64) -> f64 {
    (max * 1.15).max(floor)
}

type Area<'a> = DrawingArea<BitMapBackend<'a>, Shift>;
type DrawResult<T> =
    Result<T, DrawingAreaErrorKind<<BitMapBackend<'static> as DrawingBackend>::ErrorType>>;

fn draw(root: &Area<'_>, daily: &[DailyKpi]) -> DrawResult<()> {
    root.fill(&WHITE)?;
    let (w, h) = root.dim_in_pixel();
    let scale = (w.min(h * 2) as f64 / 900.0).clamp(0.6, 3.0);
    // Sizes are small constants (at most 70) and `scale` is at most 3: far inside `i32`.
    #[allow(clippy::cast_possible_truncation)]
    let px = |n: f64| (n * scale).round() as i32;
    let font = |n: f64| ("sans-serif", n * scale).into_font().color(&INK);

    let n = daily.len();
    let first = daily[0].day;
    let last = daily[n - 1].day;
    let title = format!(
        "Support KPIs per day, {} to {}",
        first.format("%-d %b %Y"),
        last.format("%-d %b %Y")
    );
    let root = root.titled(&title, font(22.0))?;
    // 0.62 of a `u32` height: non-negative and below `h`, so it fits a `u32`.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let (upper, lower) = root.split_vertically((h as f64 * 0.62) as u32);

    let xs = -0.5..(n as f64 - 0.5);
    // `i` is a whole number, cast once known to be at least 0 (float casts saturate, so a
    // huge `i` still compares >= n), and below `n` days when it becomes an `i64`.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let day_label = move |x: &f64| {
        let i = x.round();
        if (x - i).abs() > 1e-6 || i < 0.0 || i as usize >= n {
            return String::new();
        }
        (first + chrono::Duration::days(i as i64))
            .format("%-d %b")
            .to_string()
    };
    // `max(1)` keeps it positive, so `unsigned_abs` is the value itself.
    let x_labels = (w as usize / px(70.0).max(1).unsigned_abs() as usize)
        .clamp(2, 12)
        .min(n.max(2));

    // Top: tickets opened (bars, left) and median first response (line, minutes, right).
    let max_opened = daily.iter().map(|d| d.tickets_opened).max().unwrap_or(0) as f64;
    let frt_min: Vec<Option<f64>> = daily
        .iter()
        .map(|d| d.frt_median_s.map(|s| s as f64 / 60.0))
        .collect();
    let max_frt = frt_min.iter().flatten().cloned().fold(0.0, f64::max);
    let mut chart = ChartBuilder::on(&upper)
        .margin(px(12.0))
        .x_label_area_size(px(34.0))
        .y_label_area_size(px(56.0))
        .right_y_label_area_size(px(60.0))
        .build_cartesian_2d(xs.clone(), 0.0..top(max_opened, 5.0))?
        .set_secondary_coord(xs.clone(), 0.0..top(max_frt, 10.0));
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .x_labels(x_labels)
        .x_label_formatter(&day_label)
        .y_labels(6)
        .y_label_formatter(&|v| format!("{v:.0}"))
        .y_desc("tickets opened")
        .label_style(font(13.0))
        .axis_desc_style(font(14.0))
        .draw()?;
    chart
        .configure_secondary_axes()
        .y_labels(6)
        .y_label_formatter(&|v| format!("{v:.0}"))
        .y_desc("median first response (min)")
        .label_style(font(13.0))
        .axis_desc_style(font(14.0))
        .draw()?;
    let half = if n > 60 { 0.45 } else { 0.36 };
    chart
        .draw_series(daily.iter().enumerate().map(|(i, d)| {
            let x = i as f64;
            Rectangle::new(
                [(x - half, 0.0), (x + half, d.tickets_opened as f64)],
                BAR.mix(0.75).filled(),
            )
        }))?
        .label("tickets opened")
        .legend(move |(x, y)| {
            Rectangle::new(
                [(x, y - px(5.0)), (x + px(14.0), y + px(5.0))],
                BAR.filled(),
            )
        });
    let line = ShapeStyle::from(&FRT).stroke_width(px(3.0).max(1).unsigned_abs());
    for run in runs(&frt_min) {
        chart.draw_secondary_series(LineSeries::new(run, line))?;
    }
    let dot = px(3.5).max(2);
    chart
        .draw_secondary_series(
            points(&frt_min).map(|(x, y)| Circle::new((x, y), dot, FRT.filled())),
        )?
        .label("median first response (min)")
        .legend(move |(x, y)| PathElement::new([(x, y), (x + px(14.0), y)], line));
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.85))
        .border_style(GRID)
        .label_font(font(13.0))
        .draw()?;

    // Bottom: CSAT mean (1-5).
    let csat: Vec<Option<f64>> = daily.iter().map(|d| d.csat_mean).collect();
    let mut chart = ChartBuilder::on(&lower)
        .margin(px(12.0))
        .x_label_area_size(px(34.0))
        .y_label_area_size(px(56.0))
        .right_y_label_area_size(px(60.0))
        .build_cartesian_2d(xs, 1.0..5.0)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .x_labels(x_labels)
        .x_label_formatter(&day_label)
        .y_labels(5)
        .y_label_formatter(&|v| format!("{v:.0}"))
        .y_desc("CSAT (1-5)")
        .label_style(font(13.0))
        .axis_desc_style(font(14.0))
        .draw()?;
    let line = ShapeStyle::from(&CSAT).stroke_width(px(3.0).max(1).unsigned_abs());
    for run in runs(&csat) {
        chart.draw_series(LineSeries::new(run, line))?;
    }
    chart
        .draw_series(points(&csat).map(|(x, y)| Circle::new((x, y), dot, CSAT.filled())))?
        .label("CSAT mean (owner ratings)")
        .legend(move |(x, y)| PathElement::new([(x, y), (x + px(14.0), y)], line));
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerLeft)
        .background_style(WHITE.mix(0.85))
        .border_style(GRID)
        .label_font(font(13.0))
        .draw()?;
    Ok(())
}

/// The (day index, value) points that have a value.
fn points(values: &[Option<f64>]) -> impl Iterator<Item = (f64, f64)> + '_ {
    values
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| (i as f64, v)))
}

/// Runs of consecutive days with a value (a line is drawn through each run, gaps stay empty).
fn runs(values: &[Option<f64>]) -> Vec<Vec<(f64, f64)>> {
    let mut out: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut cur = Vec::new();
    for (i, v) in values.iter().enumerate() {
        match v {
            Some(v) => cur.push((i as f64, *v)),
            None if !cur.is_empty() => out.push(std::mem::take(&mut cur)),
            None => {}
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_break_at_gaps() {
        let v = [Some(1.0), Some(2.0), None, None, Some(3.0), None, Some(4.0)];
        let r = runs(&v);
        assert_eq!(r.len(), 3);
        assert_eq!(r[0], vec![(0.0, 1.0), (1.0, 2.0)]);
        assert_eq!(r[2], vec![(6.0, 4.0)]);
        assert!(runs(&[None, None]).is_empty());
    }

    #[test]
    fn sizes_out_of_range_are_refused() {
        let day = DailyKpi {
            day: chrono::NaiveDate::from_ymd_opt(2024, 5, 1).unwrap(),
            tickets_opened: 3,
            frt_median_s: Some(600),
            csat_mean: Some(4.5),
            csat_count: 2,
        };
        assert!(matches!(
            render_png(std::slice::from_ref(&day), 10, 10),
            Err(ChartError::Size { .. })
        ));
        assert!(matches!(render_png(&[], 800, 500), Err(ChartError::NoDays)));
    }
}
