//! `/g/{guild}?days=N`: a server's support KPIs over a period (7, 30 or 90 days, or any N up
//! to a year): the figures, per day as charts, per agent and per category as tables.

use super::html;
use crate::i18n::Lang;
use crate::kpi::{DailyKpi, GroupFigures, KpiReport};
use crate::t;
use crate::web::app::Dash;
use crate::web::charts::{self, Point};
use crate::web::error::WebError;
use crate::web::layout::{self, Nav};
use crate::web::period;
use crate::web::session::InGuild;
use crate::web::words::{count, decimal, dur, fixed, num, pct};
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
    let lang = g.lang();
    let days = period::days(lang, period.days.as_deref())?;
    let now = dash.clock.now();
    let (report, daily, stars) = tokio::try_join!(
        dash.desk.kpi_report(g.guild, now, days),
        dash.desk.kpi_daily(g.guild, now, days),
        dash.desk.csat_distribution(g.guild, now, days),
    )?;
    let body = html! {
        (period::links(lang, days, ""))
        (cards(lang, &report))
        div.grid2 {
            section.panel { h2 { (t!(lang, "web-overview-opened-per-day")) } (opened_chart(lang, &daily)) }
            section.panel { h2 { (t!(lang, "web-overview-frt-per-day")) } (frt_chart(lang, &daily)) }
            section.panel { h2 { (t!(lang, "web-overview-csat-per-day")) } (csat_chart(lang, &daily)) }
            section.panel { h2 { (t!(lang, "web-overview-ratings")) } (stars_chart(lang, &stars)) }
            section.panel { h2 { (t!(lang, "web-overview-backlog-by-age")) } (backlog_chart(lang, &report)) }
        }
        h2 { (t!(lang, "web-overview-agents")) }
        (agents(lang, &report))
        @if !report.by_category.is_empty() {
            h2 { (t!(lang, "web-overview-categories")) }
            (groups(lang, &report.by_category))
        }
    };
    Ok(html(layout::server_page(
        &g,
        Nav::Overview,
        &t!(lang, "web-nav-overview"),
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

fn cards(lang: Lang, r: &KpiReport) -> Markup {
    let csat = r.csat_mean.map_or("-".into(), |m| {
        t!(lang, "web-card-csat-value", mean = fixed(m, 2))
    });
    html! {
        div.cards {
            (card(&t!(lang, "web-card-opened"), count(lang, r.tickets_opened),
                html! { (t!(lang, "web-card-opened-sub", closed = r.tickets_closed, reopened = r.tickets_reopened)) }))
            (card(&t!(lang, "web-card-frt"), dur(lang, r.frt_median_s),
                html! { (t!(lang, "web-card-frt-sub", p90 = dur(lang, r.frt_p90_s))) }))
            (card(&t!(lang, "web-card-fcr"), pct(lang, r.fcr_rate),
                html! { (t!(lang, "web-card-fcr-sub", responses = num(lang, r.responses_to_resolution))) }))
            (card(&t!(lang, "web-card-csat"), csat,
                html! { (t!(lang, "web-card-csat-sub", count = r.csat_count, share = pct(lang, r.csat_satisfied_rate))) }))
            (card(&t!(lang, "web-card-sla"), pct(lang, r.sla_met_rate),
                html! { (t!(lang, "web-card-sla-sub")) }))
            (card(&t!(lang, "web-card-deflection"), pct(lang, r.deflection_rate),
                html! { (t!(lang, "web-card-deflection-sub", auto = r.auto_answers, confirmed = r.answers_confirmed, assumed = r.answers_assumed)) }))
            (card(&t!(lang, "web-card-backlog"), count(lang, r.backlog.total),
                html! {
                    @for (tier, n) in &r.backlog.by_tier { (t!(lang, "web-card-backlog-tier", tier = tier.to_string(), count = *n)) " " }
                }))
        }
    }
}

fn day_label(lang: Lang, d: &DailyKpi) -> String {
    use chrono::Datelike;
    t!(
        lang,
        "web-chart-day",
        month = d.day.month(),
        day = d.day.day()
    )
}

fn opened_chart(lang: Lang, daily: &[DailyKpi]) -> Markup {
    let points: Vec<Point> = daily
        .iter()
        .map(|d| Point {
            label: day_label(lang, d),
            value: Some(d.tickets_opened as f64),
        })
        .collect();
    charts::bars(&t!(lang, "web-overview-opened-per-day"), &points, &|v| {
        decimal(lang, v, 0)
    })
}

fn frt_chart(lang: Lang, daily: &[DailyKpi]) -> Markup {
    let points: Vec<Point> = daily
        .iter()
        .map(|d| Point {
            label: day_label(lang, d),
            value: d.frt_median_s.map(|s| s as f64),
        })
        .collect();
    charts::line(&t!(lang, "web-overview-frt-per-day"), &points, &|v| {
        #[allow(clippy::cast_possible_truncation)]
        dur(lang, Some(v.round() as i64))
    })
}

fn csat_chart(lang: Lang, daily: &[DailyKpi]) -> Markup {
    let points: Vec<Point> = daily
        .iter()
        .map(|d| Point {
            label: day_label(lang, d),
            value: d.csat_mean,
        })
        .collect();
    charts::line(&t!(lang, "web-chart-csat"), &points, &|v| {
        decimal(lang, v, 1)
    })
}

fn stars_chart(lang: Lang, stars: &[u64; 5]) -> Markup {
    let rows: Vec<(String, u64)> = (1..=5)
        .rev()
        .map(|s| (format!("{s} ★"), stars[s - 1]))
        .collect();
    charts::distribution(lang, &t!(lang, "web-chart-stars"), &rows)
}

fn backlog_chart(lang: Lang, r: &KpiReport) -> Markup {
    let b = &r.backlog;
    let rows = vec![
        (t!(lang, "web-age-under-1h"), b.under_1h),
        (t!(lang, "web-age-1h-4h"), b.from_1h_to_4h),
        (t!(lang, "web-age-4h-24h"), b.from_4h_to_24h),
        (t!(lang, "web-age-over-24h"), b.over_24h),
    ];
    charts::distribution(lang, &t!(lang, "web-chart-backlog"), &rows)
}

fn agents(lang: Lang, r: &KpiReport) -> Markup {
    if r.agents.is_empty() {
        return html! { p.muted { (t!(lang, "web-overview-no-agents")) } };
    }
    html! {
        div.table-wrap { table {
            thead { tr {
                th { (t!(lang, "web-col-agent")) } th.num { (t!(lang, "web-col-first-responses")) } th.num { (t!(lang, "web-col-median-frt")) }
                th.num { (t!(lang, "web-col-tickets-closed")) } th.num { (t!(lang, "web-col-fcr")) } th.num { (t!(lang, "web-col-csat")) } th.num { (t!(lang, "web-col-ratings")) }
            } }
            tbody { @for a in &r.agents { tr {
                td { (a.name.as_deref().unwrap_or(&a.agent)) }
                td.num { (count(lang, a.first_responses)) }
                td.num { (dur(lang, a.frt_median_s)) }
                td.num { (count(lang, a.tickets_closed)) }
                td.num { (pct(lang, a.fcr_rate)) }
                td.num { (num(lang, a.csat_mean)) }
                td.num { (count(lang, a.csat_count)) }
            } } }
        } }
    }
}

fn groups(lang: Lang, groups: &[GroupFigures]) -> Markup {
    html! {
        div.table-wrap { table {
            thead { tr {
                th { (t!(lang, "web-col-category")) } th.num { (t!(lang, "web-col-tickets-opened")) } th.num { (t!(lang, "web-col-tickets-closed")) }
                th.num { (t!(lang, "web-col-median-frt")) } th.num { (t!(lang, "web-col-csat")) } th.num { (t!(lang, "web-col-ratings")) }
            } }
            tbody { @for c in groups { tr {
                td { (c.name) }
                td.num { (count(lang, c.tickets_opened)) }
                td.num { (count(lang, c.tickets_closed)) }
                td.num { (dur(lang, c.frt_median_s)) }
                td.num { (num(lang, c.csat_mean)) }
                td.num { (count(lang, c.csat_count)) }
            } } }
        } }
    }
}
