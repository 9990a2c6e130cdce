//! The message bar (what was refused or went wrong, with every detail) and
//! the confirmation dialog.

use leptos::prelude::*;

use super::actions;
use super::state::{Tone, use_state};

/// The message bar, when there is a message.
#[component]
pub fn NoticeBar() -> impl IntoView {
    let state = use_state();
    move || {
        state.notice.get().map(|n| {
            let class = match n.tone {
                Tone::Info => "notice notice-info",
                Tone::Error => "notice notice-error",
            };
            view! {
                <div class=class data-testid="notice" role=if n.tone == Tone::Error { "alert" } else { "status" }>
                    <p class="notice-text">{if n.tone == Tone::Error { "✗ " } else { "ℹ " }}{n.text.clone()}</p>
                    {(!n.details.is_empty()).then(|| view! {
                        <ul class="notice-details">
                            {n.details.iter().map(|d| view! { <li>{d.clone()}</li> }).collect_view()}
                        </ul>
                    })}
                    {n.keep.clone().map(|(name, text)| view! {
                        <button data-testid="notice-download" on:click=move |_| {
                            if let Err(e) = super::files::download_text(&name, "application/json", &text) {
                                state.error(format!("The download failed: {e}"), Vec::new());
                            }
                        }>"Download the kept-aside text"</button>
                    })}
                    <button class="notice-close" aria-label="Dismiss" on:click=move |_| state.notice.set(None)>"×"</button>
                </div>
            }
        })
    }
}

/// The pending question, as a modal dialog: Cancel has the focus, Escape
/// cancels, Tab stays inside.
#[component]
pub fn ConfirmDialog() -> impl IntoView {
    let state = use_state();
    let cancel = NodeRef::<leptos::html::Button>::new();
    let yes = NodeRef::<leptos::html::Button>::new();
    // Where the focus was when the dialog opened: it goes back there after.
    let before = StoredValue::new_local(None::<web_sys::HtmlElement>);
    Effect::new(move |was_open: Option<bool>| {
        let open = state.confirm.with(Option::is_some);
        if open && was_open != Some(true) {
            before.set_value(
                document()
                    .active_element()
                    .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()),
            );
        }
        if open && let Some(b) = cancel.get() {
            let _ = b.focus();
        }
        if !open
            && was_open == Some(true)
            && let Some(el) = before.get_value()
        {
            let _ = el.focus();
            before.set_value(None);
        }
        open
    });
    move || {
        state.confirm.get().map(|c| {
            view! {
                <div class="modal-backdrop">
                    <div class="modal" role="alertdialog" aria-modal="true" aria-labelledby="confirm-text" data-testid="confirm"
                        on:keydown=move |ev| match ev.key().as_str() {
                            "Escape" => {
                                ev.stop_propagation();
                                state.confirm.set(None);
                            }
                            "Tab" => {
                                // Two buttons: Tab and Shift+Tab go from one to the other.
                                ev.prevent_default();
                                let on_cancel = cancel.get_untracked().is_some_and(|b| document().active_element().is_some_and(|a| a == **b));
                                if on_cancel {
                                    if let Some(b) = yes.get_untracked() { let _ = b.focus(); }
                                } else if let Some(b) = cancel.get_untracked() {
                                    let _ = b.focus();
                                }
                            }
                            _ => {}
                        }>
                        <p id="confirm-text">{c.text.clone()}</p>
                        <div class="modal-actions">
                            <button class="danger" data-testid="confirm-yes" node_ref=yes on:click=move |_| actions::confirm_yes(&state)>{c.yes.clone()}</button>
                            <button data-testid="confirm-no" node_ref=cancel on:click=move |_| state.confirm.set(None)>"Cancel"</button>
                        </div>
                    </div>
                </div>
            }
        })
    }
}
