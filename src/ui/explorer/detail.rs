//! The selected scenario: what fails, each component's status with its
//! reason (symbol and word, never colour alone), and the guidance's facts.
//! Shared by the side panel and the presenter.

use leptos::prelude::*;

use super::{Explorer, counts, position, step, symbol};
use crate::explore::{Line, parse_scenario};
use crate::model::{Layout, Level, Placements};
use crate::ui::state::AppState;

/// At most this many node ids are named in "what goes down".
const NAMED_NODES: usize = 12;

/// The nodes a scenario fails or cuts off, as a sentence (empty for `none`).
pub fn affected(layout: &Layout, id: &str) -> String {
    let Some(d) = parse_scenario(id) else {
        return String::new();
    };
    let (domains, verb) = if d.isolated.is_empty() {
        (d.failed, "down")
    } else {
        (d.isolated, "cut off")
    };
    if domains.is_empty() {
        return String::new();
    }
    let placements = Placements::of(layout);
    let hit = |node: &str| {
        domains.iter().any(|(level, dom)| match level {
            Level::Node => node == dom,
            _ => placements.get(node).and_then(|p| p.domain(*level, "")) == Some(dom.as_str()),
        })
    };
    let nodes: Vec<&str> = layout
        .nodes()
        .map(|n| n.id.as_str())
        .filter(|n| hit(n))
        .collect();
    let mut names = nodes
        .iter()
        .take(NAMED_NODES)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if nodes.len() > NAMED_NODES {
        names.push_str(&format!(" and {} more", nodes.len() - NAMED_NODES));
    }
    let s = if nodes.len() == 1 { "" } else { "s" };
    format!("{} node{s} {verb}: {names}", nodes.len())
}

/// The reason without a leading `component: ` (the line names it already).
fn reason_text(line: &Line) -> String {
    let prefix = format!("{}: ", line.component);
    line.reason
        .strip_prefix(prefix.as_str())
        .unwrap_or(&line.reason)
        .to_string()
}

/// One line per component: symbol, status word, id and reason.
pub fn status_lines(lines: Vec<Line>) -> impl IntoView {
    view! {
        <ul class="status-lines" data-testid="scenario-statuses">
            {lines.into_iter().map(|line| {
                let status = line.status.as_str();
                let reason = reason_text(&line);
                view! {
                    <li class=format!("status-line status-{status}") data-testid="scenario-status"
                        data-component=line.component.clone() data-status=status>
                        <span class="status-badge" aria-hidden="true">{symbol(line.status)}</span>
                        <span class="status-word">{status}</span>
                        <strong class="status-component">{line.component.clone()}</strong>
                        <span class="status-reason">{reason}</span>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// The guidance's facts, one per line.
pub fn facts(facts: Vec<String>) -> impl IntoView {
    (!facts.is_empty()).then(|| {
        view! {
            <ul class="facts" aria-label="What the guidance says happens">
                {facts.into_iter().map(|f| view! { <li data-testid="scenario-fact">"⚠ " {f}</li> }).collect_view()}
            </ul>
        }
    })
}

/// Previous / next buttons with the position among the visible scenarios.
#[component]
pub fn Stepper(state: AppState, ex: Explorer) -> impl IntoView {
    view! {
        <div class="stepper">
            <button data-testid="scenario-prev" title="Previous scenario (K or ↑)" on:click=move |_| step(&state, &ex, false)>"◀ Previous"</button>
            <span class="step-pos" data-testid="scenario-position">{move || {
                position(&state, &ex).map(|(p, n)| format!("{p} of {n}")).unwrap_or_default()
            }}</span>
            <button data-testid="scenario-next" title="Next scenario (J or ↓)" on:click=move |_| step(&state, &ex, true)>"Next ▶"</button>
        </div>
    }
}

/// The selected scenario's details for the side panel.
#[component]
pub fn Detail(state: AppState, ex: Explorer) -> impl IntoView {
    move || {
        let Some(summary) = ex.detail.get() else {
            return view! {
                <p class="hint" data-testid="scenario-none">
                    "Pick a scenario below, or fail a domain on the canvas (right-click it, or Alt+click; \
                     Alt+Shift+click isolates). J and K step through scenarios, P opens the presenter view."
                </p>
            }
            .into_any();
        };
        let id = state.scenario.get().unwrap_or_default();
        let what = state.layout.with(|l| affected(l, &id));
        let hidden = ex.hidden();
        view! {
            <section class="scenario-detail" data-testid="scenario-detail" aria-live="polite">
                <h3 data-testid="scenario-title">{summary.title.clone()}</h3>
                {(!what.is_empty()).then(|| view! { <p class="affected">{what}</p> })}
                {if hidden {
                    view! {
                        <p class="quiz-hint" data-testid="quiz-hidden">"Quiz: what goes down, and why? "
                            <button data-testid="reveal" on:click=move |_| ex.revealed.set(true)>"Reveal (R)"</button>
                        </p>
                    }.into_any()
                } else {
                    view! {
                        <p class="counts" data-testid="scenario-counts">{counts(&summary)}</p>
                        {status_lines(summary.lines.clone())}
                        {facts(summary.facts.clone())}
                    }.into_any()
                }}
            </section>
        }
        .into_any()
    }
}
