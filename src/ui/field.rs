//! A text field that commits on Enter or when left, reverts on Escape, and
//! shows a refused value's message under itself.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A labelled input bound to a value; `commit` returns a refusal message.
#[component]
pub fn Field(
    /// The label text.
    label: &'static str,
    /// The current value.
    #[prop(into)]
    value: Signal<String>,
    /// What happens to a typed value.
    commit: impl Fn(String) -> Result<(), String> + Send + Sync + 'static,
    /// Element id (for keyboard shortcuts and labels).
    #[prop(optional, into)]
    id: String,
    /// Input type attribute.
    #[prop(default = "text")]
    kind: &'static str,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let input = NodeRef::<leptos::html::Input>::new();
    let run = move |text: String| {
        if text == value.get_untracked() {
            error.set(None);
            return;
        }
        match commit(text) {
            Ok(()) => error.set(None),
            Err(m) => error.set(Some(m)),
        }
    };
    let field_id = if id.is_empty() {
        let slug: String = label
            .to_lowercase()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        format!("field-{}", slug.trim_matches('-'))
    } else {
        id
    };
    view! {
        <label class="field" class:invalid=move || error.with(Option::is_some)>
            <span class="field-label">{label}</span>
            <input
                node_ref=input
                id=field_id
                type="text"
                inputmode=if kind == "number" { "decimal" } else { "text" }
                prop:value=move || value.get()
                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                on:change=move |ev| {
                    let el: web_sys::HtmlInputElement = ev.target().unwrap().unchecked_into();
                    run(el.value());
                }
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        ev.stop_propagation();
                        if let Some(el) = input.get_untracked() {
                            el.set_value(&value.get_untracked());
                            error.set(None);
                            let _ = el.blur();
                        }
                    }
                }
            />
            {move || error.get().map(|m| view! { <span class="field-error" role="alert">{m}</span> })}
        </label>
    }
}
