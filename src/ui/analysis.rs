//! The analysis panel: the headline, survival goals and findings, derived
//! from the layout by the engine (a memo, never stored beside the model).

use leptos::prelude::*;

use crate::engine::{self, Analysis, Options};
use crate::model::Layout;
use crate::rules::{self, Finding};

/// Headline, goals and findings of the current layout.
#[component]
pub fn AnalysisPanel(layout: RwSignal<Layout>) -> impl IntoView {
    let analysis: Memo<Analysis> =
        Memo::new(move |_| layout.with(|l| engine::analyze(l, &Options::default())));
    let findings: Memo<Vec<Finding>> = Memo::new(move |_| layout.with(rules::check_all));
    view! {
        <section class="analysis" data-testid="analysis">
            <h2>"Survival"</h2>
            <p class="headline" data-testid="headline">{move || analysis.with(Analysis::headline)}</p>
            <ul class="goals">
                {move || {
                    analysis
                        .with(|a| a.goals.clone())
                        .into_iter()
                        .map(|goal| {
                            let (class, mark) = if goal.survived {
                                ("goal goal-survived", "✓ survives")
                            } else {
                                ("goal goal-failed", "✗ fails")
                            };
                            view! {
                                <li class=class data-testid="goal">
                                    <span class="goal-mark">{mark}</span>
                                    <span class="goal-class">{goal.scenario_class.clone()}</span>
                                    {(!goal.survived)
                                        .then(|| {
                                            view! { <span class="goal-failing">{goal.failing.join(", ")}</span> }
                                        })}
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <h2>"Findings"</h2>
            <ul class="findings">
                {move || {
                    findings
                        .get()
                        .into_iter()
                        .map(|f| {
                            let severity = f.severity.as_str();
                            view! {
                                <li class=format!("finding finding-{severity}") data-testid="finding">
                                    <span class="finding-severity">{severity}</span>
                                    <span class="finding-code">{f.rule}</span>
                                    <span class="finding-message">{f.message}</span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}
