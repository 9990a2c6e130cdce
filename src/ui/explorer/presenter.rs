//! The presenter view: the selected scenario in large text over the whole
//! page, for workshops, with stepping and a quiz that hides the result
//! until revealed. Also installs the explorer's keys (it is always mounted).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::detail::{Stepper, affected, facts, status_lines};
use super::{counts, explorer, keys};
use crate::ui::state::use_state;

/// The presenter view (large text), shown over the page when on.
#[component]
pub fn Presenter() -> impl IntoView {
    let state = use_state();
    let ex = explorer();
    keys::install(state, ex);
    // Focus moves into the view when it opens (keys then never reach the canvas).
    Effect::new(move |_| {
        if ex.presenter.get() {
            request_animation_frame(|| {
                if let Some(el) = document()
                    .get_element_by_id("presenter")
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = el.focus();
                }
            });
        }
    });
    let body = move || {
        let Some(summary) = ex.detail.get() else {
            return view! {
                <h2 id="presenter-title" data-testid="presenter-title">"No scenario selected"</h2>
                <p class="presenter-affected">"Press J or → for the first scenario, K or ← for the last."</p>
            }
            .into_any();
        };
        let id = state.scenario.get().unwrap_or_default();
        let what = state.layout.with(|l| affected(l, &id));
        let result = if ex.hidden() {
            view! {
                <div class="quiz-question" data-testid="quiz-hidden">
                    <p>"What goes down, and why?"</p>
                    <button data-testid="presenter-reveal" on:click=move |_| ex.revealed.set(true)>"Reveal (R)"</button>
                </div>
            }
            .into_any()
        } else {
            view! {
                <p class="counts" data-testid="presenter-counts">{counts(&summary)}</p>
                {status_lines(summary.lines.clone())}
                {facts(summary.facts.clone())}
            }
            .into_any()
        };
        view! {
            <h2 id="presenter-title" data-testid="presenter-title">{summary.title.clone()}</h2>
            {(!what.is_empty()).then(|| view! { <p class="presenter-affected">{what}</p> })}
            {result}
        }
        .into_any()
    };
    move || {
        ex.presenter.get().then(|| {
            view! {
                <div class="presenter" id="presenter" data-testid="presenter" role="dialog" aria-modal="true"
                    aria-labelledby="presenter-title" tabindex="-1" on:keydown=move |ev| keep_focus(&ev)>
                    <div class="presenter-top">
                        <span class="presenter-design">{move || state.layout.with(|l| l.name.clone())}</span>
                        <label class="check">
                            <input type="checkbox" data-testid="presenter-quiz" prop:checked=move || ex.quiz.get()
                                on:change=move |ev| {
                                    let on = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()).is_some_and(|i| i.checked());
                                    ex.quiz.set(on);
                                } />
                            " Quiz"
                        </label>
                        <button data-testid="presenter-close" on:click=move |_| ex.presenter.set(false)>"Close (Esc)"</button>
                    </div>
                    <div class="presenter-body" aria-live="polite">{body}</div>
                    <div class="presenter-bottom">
                        <Stepper state ex />
                        <span class="hint">"J / K or arrows step · R reveals · P or Esc closes"</span>
                    </div>
                </div>
            }
        })
    }
}

/// Tab and Shift+Tab cycle through the presenter's controls (it is modal).
fn keep_focus(ev: &web_sys::KeyboardEvent) {
    if ev.key() != "Tab" {
        return;
    }
    let doc = document();
    let Some(root) = doc.get_element_by_id("presenter") else {
        return;
    };
    let Ok(controls) = root.query_selector_all("button, input") else {
        return;
    };
    let n = controls.length();
    let (Some(first), Some(last)) = (controls.get(0), controls.get(n.saturating_sub(1))) else {
        return;
    };
    let active: Option<web_sys::Node> = doc.active_element().map(Into::into);
    let is = |node: &web_sys::Node| active.as_ref().is_some_and(|a| a.is_same_node(Some(node)));
    let root: web_sys::Node = root.into();
    let to = if ev.shift_key() && (is(&first) || is(&root)) {
        last
    } else if !ev.shift_key() && is(&last) {
        first
    } else {
        return;
    };
    if let Ok(el) = to.dyn_into::<web_sys::HtmlElement>() {
        ev.prevent_default();
        let _ = el.focus();
    }
}
