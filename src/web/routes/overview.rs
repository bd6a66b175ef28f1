//! `/g/{guild}?days=N`: a server's support KPIs over a period (7, 30 or 90 days, or any N up
//! to a year): the figures, per day as charts, per agent and per category as tables.

use super::html;
use crate::kpi::{dur, num, pct, DailyKpi, GroupFigures, KpiReport};
use crate::web::app::Dash;
use crate::web::charts::{self, Point};
use crate::web::error::WebError;
use crate::web::layout::{self, Nav};
use crate::web::period;
use crate::web::session::InGuild;
use axum::extract::{Query, State};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use maud::{html, Markup};
use serde::Deserialize;

pub(super) fn routes() -> Router<Dash> {
    Router::new().route("/g/:guild", get(overview))
}

#[derive(Deserialize)]
struct Period {
    days: Option<String>,
}

async fn overview(
    State(dash): State<Dash>,
    g: InGuild,
    Query(period): Query<Period>,
) -> Result<impl IntoResponse, WebError> {
    let days = period::days(period.days.as_deref())?;
    let now = dash.clock.now();
    let (report, daily, stars) = tokio::try_join!(
        dash.desk.kpi_report(g.guild, now, days),
        dash.desk.kpi_daily(g.guild, now, days),
        dash.desk.csat_distribution(g.guild, now, days),
    )?;
    let body = html! {
        (period::links(days, ""))
        (cards(&report))
        div.grid2 {
            section.panel { h2 { "Tickets opened per day" } (opened_chart(&daily)) }
            section.panel { h2 { "Median first response per day" } (frt_chart(&daily)) }
            section.panel { h2 { "CSAT per day (mean stars)" } (csat_chart(&daily)) }
            section.panel { h2 { "Ratings" } (stars_chart(&stars)) }
            section.panel { h2 { "Backlog by age" } (backlog_chart(&report)) }
        }
        h2 { "Agents" }
        (agents(&report))
        @if !report.by_category.is_empty() {
            h2 { "Categories" }
            (groups(&report.by_category))
        }
    };
    Ok(html(layout::server_page(
        &g,
        Nav::Overview,
        "Overview",
        body,
    )))
}

fn card(label: &str, value: String, sub: Markup) -> Markup {
    html! {
        div.card {
            div.label { (label) }
            div.value { (value) }
            div.sub { (sub) }
        }
    }
}

fn cards(r: &KpiReport) -> Markup {
    html! {
        div.cards {
            (card("Tickets opened", r.tickets_opened.to_string(),
                html! { (r.tickets_closed) " closed, " (r.tickets_reopened) " reopened" }))
            (card("First response (median)", dur(r.frt_median_s),
                html! { "90th percentile " (dur(r.frt_p90_s)) }))
            (card("First contact resolution", pct(r.fcr_rate),
                html! { (num(r.responses_to_resolution)) " responses to resolution" }))
            (card("CSAT", r.csat_mean.map_or("-".into(), |m| format!("{m:.2} ★")),
                html! { (r.csat_count) " ratings, " (pct(r.csat_satisfied_rate)) " gave 4-5" }))
            (card("SLA attainment", pct(r.sla_met_rate),
                html! { "first answers within their target" }))
            (card("Deflection", pct(r.deflection_rate),
                html! { (r.auto_answers) " auto-answers, " (r.answers_confirmed) " confirmed, " (r.answers_assumed) " assumed" }))
            (card("Backlog", r.backlog.total.to_string(),
                html! {
                    @for (tier, n) in &r.backlog.by_tier { "tier " (tier) ": " (n) " " }
                }))
        }
    }
}

fn day_label(d: &DailyKpi) -> String {
    d.day.format("%b %-d").to_string()
}

fn opened_chart(daily: &[DailyKpi]) -> Markup {
    let points: Vec<Point> = daily
        .iter()
        .map(|d| Point {
            label: day_label(d),
            value: Some(d.tickets_opened as f64),
        })
        .collect();
    charts::bars("Tickets opened per day", &points, |v| format!("{v:.0}"))
}

fn frt_chart(daily: &[DailyKpi]) -> Markup {
    let points: Vec<Point> = daily
        .iter()
        .map(|d| Point {
            label: day_label(d),
            value: d.frt_median_s.map(|s| s as f64),
        })
        .collect();
    charts::line("Median first response per day", &points, |v| {
        #[allow(clippy::cast_possible_truncation)]
        dur(Some(v.round() as i64))
    })
}

fn csat_chart(daily: &[DailyKpi]) -> Markup {
    let points: Vec<Point> = daily
        .iter()
        .map(|d| Point {
            label: day_label(d),
            value: d.csat_mean,
        })
        .collect();
    charts::line("Mean rating per day", &points, |v| format!("{v:.1}"))
}

fn stars_chart(stars: &[u64; 5]) -> Markup {
    let rows: Vec<(String, u64)> = (1..=5)
        .rev()
        .map(|s| (format!("{s} ★"), stars[s - 1]))
        .collect();
    charts::distribution("Owner ratings by stars", &rows)
}

fn backlog_chart(r: &KpiReport) -> Markup {
    let b = &r.backlog;
    let rows = vec![
        ("< 1 h".to_string(), b.under_1h),
        ("1-4 h".to_string(), b.from_1h_to_4h),
        ("4-24 h".to_string(), b.from_4h_to_24h),
        ("> 24 h".to_string(), b.over_24h),
    ];
    charts::distribution("Open tickets by age", &rows)
}

fn agents(r: &KpiReport) -> Markup {
    if r.agents.is_empty() {
        return html! { p.muted { "No agent answered or closed a ticket in this period." } };
    }
    html! {
        div.table-wrap { table {
            thead { tr {
                th { "Agent" } th.num { "First responses" } th.num { "Median first response" }
                th.num { "Closed" } th.num { "FCR" } th.num { "CSAT" } th.num { "Ratings" }
            } }
            tbody { @for a in &r.agents { tr {
                td { (a.name.as_deref().unwrap_or(&a.agent)) }
                td.num { (a.first_responses) }
                td.num { (dur(a.frt_median_s)) }
                td.num { (a.tickets_closed) }
                td.num { (pct(a.fcr_rate)) }
                td.num { (num(a.csat_mean)) }
                td.num { (a.csat_count) }
            } } }
        } }
    }
}

fn groups(groups: &[GroupFigures]) -> Markup {
    html! {
        div.table-wrap { table {
            thead { tr {
                th { "Category" } th.num { "Opened" } th.num { "Closed" }
                th.num { "Median first response" } th.num { "CSAT" } th.num { "Ratings" }
            } }
            tbody { @for c in groups { tr {
                td { (c.name) }
                td.num { (c.tickets_opened) }
                td.num { (c.tickets_closed) }
                td.num { (dur(c.frt_median_s)) }
                td.num { (num(c.csat_mean)) }
                td.num { (c.csat_count) }
            } } }
        } }
    }
}
