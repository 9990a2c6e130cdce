//! The live analysis: the engine's headline and survival goals, and the
//! rules' findings with their why and fix. Derived from the layout by memos
//! (never stored beside the model). Opening a finding outlines its subjects.

use leptos::prelude::*;

use super::state::use_state;
use crate::rules::{self, Finding};

/// Headline and survival goals of the current layout.
#[component]
pub fn Summary() -> impl IntoView {
    let state = use_state();
    view! {
        <section class="analysis" data-testid="analysis" aria-live="polite">
            <p class="headline" data-testid="headline" title=move || state.analysis.with(|a| capitalized(&a.headline()))>
                {move || state.analysis.with(|a| capitalized(&a.headline()))}
            </p>
            <p class="analysis-time" data-testid="analysis-time">{move || {
                let (listed, total) = state.analysis.with(|a| (a.scenarios.len(), a.goals.iter().map(|g| g.scenarios).sum::<u64>()));
                format!("{total} scenarios ({listed} listed) analysed in {:.1} ms", state.analysis_ms.get_value())
            }}</p>
            <ul class="goals">
                {move || {
                    state.analysis.with(|a| a.goals.clone())
                        .into_iter()
                        .map(|goal| {
                            let (class, mark) = if goal.survived {
                                ("goal goal-survived", "✓ survives")
                            } else {
                                ("goal goal-failed", "✗ fails")
                            };
                            let title = goal.examples.iter().map(|e| format!("{} is down in {}", e.component, e.scenario)).collect::<Vec<_>>().join("\n");
                            view! {
                                <li class=class data-testid="goal" title=title>
                                    <span class="goal-mark">{mark}</span>
                                    <span class="goal-class">{goal.scenario_class.clone()}</span>
                                    <span class="goal-count">{format!("({})", goal.scenarios)}</span>
                                    {(!goal.survived).then(|| view! { <span class="goal-failing">{goal.failing.join(", ")}</span> })}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}

/// Every finding; click one to read why and how to fix it.
#[component]
pub fn Findings() -> impl IntoView {
    let state = use_state();
    let open = RwSignal::new(None::<usize>);
    // A changed layout closes the open finding (its index may mean another one).
    Effect::new(move |_| {
        state.findings.track();
        open.set(None);
        state.highlight.set(Vec::new());
    });
    view! {
        <section class="findings-panel">
            <p class="counts" data-testid="finding-counts">{move || state.findings.with(|f| counts(f))}</p>
            <ul class="findings">
                {move || state.findings.get().iter().cloned().enumerate().map(|(i, f)| {
                    let severity = f.severity.as_str();
                    let subjects = f.subjects.clone();
                    let is_open = move || open.get() == Some(i);
                    view! {
                        <li class=format!("finding finding-{severity}") class:open=is_open data-testid="finding">
                            <button class="finding-head" aria-expanded=move || is_open().to_string() on:click=move |_| {
                                if open.get_untracked() == Some(i) {
                                    open.set(None);
                                    state.highlight.set(Vec::new());
                                } else {
                                    open.set(Some(i));
                                    state.highlight.set(subjects.clone());
                                }
                            }>
                                <span class="finding-severity"><span class="sev-mark" aria-hidden="true">{severity_mark(severity)}</span><span class="sev-word">{severity}</span></span>
                                <span class="finding-code">{f.rule}</span>
                                <span class="finding-message">{f.message.clone()}</span>
                            </button>
                            {move || is_open().then(|| doc(&f))}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

fn severity_mark(s: &str) -> &'static str {
    match s {
        "error" => "✗",
        "warning" => "!",
        _ => "ℹ",
    }
}

fn counts(f: &[Finding]) -> String {
    let n = |s: &str, one: &str| {
        let k = f.iter().filter(|x| x.severity.as_str() == s).count();
        format!("{k} {one}{}", if k == 1 { "" } else { "s" })
    };
    format!(
        "{}, {}, {}",
        n("error", "error"),
        n("warning", "warning"),
        n("info", "note")
    )
}

/// The text with its first letter in capitals.
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn doc(f: &Finding) -> impl IntoView + use<> {
    let d = rules::find(f.rule).map(|r| r.doc());
    d.map(|d| {
        view! {
            <div class="finding-doc" data-testid="finding-doc">
                <p><strong>{d.name}</strong>": " {d.what}</p>
                <p><strong>"Why: "</strong>{d.why}</p>
                <p class="guidance"><strong>"Guidance: "</strong>{d.guidance}</p>
                <p><strong>"Fix: "</strong>{d.fix}</p>
                {(!f.subjects.is_empty()).then(|| view! { <p class="subjects">"Concerns: " {f.subjects.join(", ")}</p> })}
            </div>
        }
    })
}
