//! The scenarios tab: workshop controls, the selected scenario's details,
//! and the scenario list grouped by class with its filters.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::detail::{Detail, Stepper};
use super::{Explorer, explorer, select, visible};
use crate::explore::{self, Row};
use crate::heatmap::thousands;
use crate::ui::state::{AppState, use_state};

/// Rows drawn at first; "Show more" adds as many again.
const PAGE: usize = 200;

/// The scenario list and the selected scenario's details.
#[component]
pub fn Scenarios() -> impl IntoView {
    let state = use_state();
    let ex = explorer();
    view! {
        <section class="explorer" data-testid="scenarios">
            <div class="workshop">
                <Stepper state ex />
                <button data-testid="presenter-open" title="Presenter view (P)" aria-pressed=move || ex.presenter.get().to_string()
                    on:click=move |_| ex.presenter.update(|p| *p = !*p)>"Present"</button>
                <label class="check">
                    <input type="checkbox" data-testid="quiz-toggle" prop:checked=move || ex.quiz.get()
                        on:change=move |ev| ex.quiz.set(checked(&ev)) />
                    " Quiz"
                </label>
                {move || state.scenario.with(Option::is_some).then(|| view! {
                    <button data-testid="scenario-clear" on:click=move |_| state.scenario.set(None)>"Back to design"</button>
                })}
            </div>
            <Detail state ex />
            <Filters ex />
            <List state ex />
        </section>
    }
}

fn checked(ev: &web_sys::Event) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .is_some_and(|i| i.checked())
}

/// Group chips with their counts, "only failing", and a text filter.
#[component]
fn Filters(ex: Explorer) -> impl IntoView {
    let chips = move || {
        let rows = ex.rows.get();
        let active = ex.filter.with(|f| f.groups.clone());
        explore::group_counts(&rows)
            .into_iter()
            .filter(|(_, n, _)| *n > 0)
            .map(|(group, n, failing)| {
                let on = active.iter().any(|g| g == group);
                let hidden = ex.hidden();
                let count = if hidden {
                    thousands(n)
                } else {
                    format!("{}, {} failing", thousands(n), thousands(failing))
                };
                view! {
                    <button class="chip" class:failing={!hidden && failing > 0} data-testid="group-chip" data-group=group
                        aria-pressed=on.to_string()
                        title=format!("{n} scenarios, {failing} with some component down")
                        on:click=move |_| ex.filter.update(|f| {
                            if let Some(i) = f.groups.iter().position(|g| g == group) {
                                f.groups.remove(i);
                            } else {
                                f.groups.push(group.to_string());
                            }
                        })>
                        {group} " " <span class="chip-count">{count}</span>
                    </button>
                }
            })
            .collect_view()
    };
    view! {
        <div class="filters" role="group" aria-label="Filter scenarios">
            <div class="chips">
                <button class="chip" data-testid="group-all" aria-pressed=move || ex.filter.with(|f| f.groups.is_empty()).to_string()
                    on:click=move |_| ex.filter.update(|f| f.groups.clear())>"all"</button>
                {chips}
            </div>
            <label class="check">
                <input type="checkbox" data-testid="only-failing" prop:checked=move || ex.filter.with(|f| f.only_failing)
                    on:change=move |ev| { let on = checked(&ev); ex.filter.update(|f| f.only_failing = on) } />
                " only failing (something down)"
            </label>
            <label class="search">
                <span class="field-label">"Find"</span>
                <input type="search" data-testid="scenario-search" placeholder="zone us-east" prop:value=move || ex.filter.with(|f| f.text.clone())
                    on:input=move |ev| {
                        let text = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).map(|i| i.value()).unwrap_or_default();
                        ex.filter.update(|f| f.text = text);
                    } />
            </label>
        </div>
    }
}

/// The filtered rows under group headings, a page at a time.
#[component]
fn List(state: AppState, ex: Explorer) -> impl IntoView {
    let limit = RwSignal::new(PAGE);
    Effect::new(move |_| {
        ex.filter.track();
        limit.set(PAGE);
    });
    // Keep the selected row in view when stepping or selecting elsewhere.
    Effect::new(move |_| {
        let id = state.scenario.get();
        request_animation_frame(move || reveal_row(id.as_deref()));
    });
    move || {
        let rows = ex.rows.get();
        let shown = ex
            .filter
            .with(|f| visible(&rows, f).into_iter().cloned().collect::<Vec<Row>>());
        let total = shown.len();
        let max = limit.get();
        let mut out = Vec::new();
        let mut last = "";
        for row in shown.into_iter().take(max) {
            if row.group != last {
                last = row.group;
                out.push(
                    view! { <li class="group-head" role="presentation">{row.group}</li> }
                        .into_any(),
                );
            }
            out.push(row_view(state, ex, row).into_any());
        }
        let more = (total > max).then(|| {
            view! {
                <button class="more" data-testid="scenario-more" on:click=move |_| limit.update(|l| *l += PAGE)>
                    {format!("Show more ({} of {} shown)", thousands(max), thousands(total))}
                </button>
            }
        });
        view! {
            <p class="hint" data-testid="scenario-count">{format!("{} scenarios shown", thousands(total))}
                {move || state.analysis.with(|a| a.truncated.then(|| format!(
                    "; {} more pair scenarios are not listed (the goals above count them all)", thousands(a.omitted as usize)
                )))}
            </p>
            <ul class="scenario-list" data-testid="scenario-list">{out}</ul>
            {more}
        }
    }
}

fn row_view(state: AppState, ex: Explorer, row: Row) -> impl IntoView {
    let id = row.id.clone();
    let current = {
        let id = id.clone();
        move || state.scenario.with(|s| s.as_deref() == Some(id.as_str()))
    };
    let (down, degraded, failing) = (row.down, row.degraded, row.is_failing());
    let badge = move || {
        if ex.hidden() {
            return view! { <span class="row-badge">"?"</span> }.into_any();
        }
        let mut parts = Vec::new();
        if down > 0 {
            parts.push(
                view! { <span class="row-badge status-down">{format!("✗ {down} down")}</span> },
            );
        }
        if degraded > 0 {
            parts.push(view! { <span class="row-badge status-degraded">{format!("! {degraded} degraded")}</span> });
        }
        if parts.is_empty() {
            return view! { <span class="row-badge status-ok">"✓ all up"</span> }.into_any();
        }
        parts.collect_view().into_any()
    };
    let pick = id.clone();
    view! {
        <li>
            <button class="scenario-row" class:failing=failing data-testid="scenario-row" data-scenario=id.clone()
                aria-current=move || if current() { "true" } else { "false" }
                on:click=move |_| select(&state, pick.clone())>
                <span class="row-title">{explore::title(&id)}</span>
                <span class="row-badges">{badge}</span>
            </button>
        </li>
    }
}

/// Bring the selected scenario into view without scrolling the page: the
/// details to the top of the side panel when out of sight, and its row
/// within the list's own scroll area.
fn reveal_row(id: Option<&str>) {
    let Some(id) = id else { return };
    let doc = document();
    if let (Some(detail), Some(panel)) = (
        doc.query_selector("[data-testid=scenario-detail]")
            .ok()
            .flatten(),
        doc.query_selector(".side").ok().flatten(),
    ) {
        let (d, p) = (
            detail.get_bounding_client_rect(),
            panel.get_bounding_client_rect(),
        );
        if d.top() < p.top() || d.top() > p.bottom() - 80.0 {
            panel.set_scroll_top(panel.scroll_top() + (d.top() - p.top() - 8.0) as i32);
        }
    }
    let (Some(row), Some(list)) = (
        doc.query_selector(".scenario-row[aria-current=true]")
            .ok()
            .flatten(),
        doc.query_selector(".scenario-list").ok().flatten(),
    ) else {
        return;
    };
    if row.get_attribute("data-scenario").as_deref() != Some(id) {
        return;
    }
    let (r, l) = (
        row.get_bounding_client_rect(),
        list.get_bounding_client_rect(),
    );
    if r.top() < l.top() {
        list.set_scroll_top(list.scroll_top() - (l.top() - r.top()) as i32 - 24);
    } else if r.bottom() > l.bottom() {
        list.set_scroll_top(list.scroll_top() + (r.bottom() - l.bottom()) as i32 + 4);
    }
}
