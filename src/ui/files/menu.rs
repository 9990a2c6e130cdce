//! The toolbar's file controls: Open (with a hidden file input), the Export
//! menu, Copy share link with its panel, and the drop overlay.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::FilesCtx;
use super::exports::{self, Kind, MENU};
use super::import::{ACCEPT, open_file, take_chosen};
use super::share_link::{SharePanel, copy_link};
use crate::export::MAX_LINK_BYTES;
use crate::ui::state::use_state;

/// The file controls.
#[component]
pub fn FileMenu() -> impl IntoView {
    let state = use_state();
    let ctx = use_context::<FilesCtx>().unwrap_or_else(FilesCtx::new);
    let input = NodeRef::<leptos::html::Input>::new();
    let open = RwSignal::new(false);
    let menu = NodeRef::<leptos::html::Div>::new();
    close_outside(menu, move || {
        open.maybe_update(|o| std::mem::replace(o, false))
    });
    let share = NodeRef::<leptos::html::Div>::new();
    close_outside(share, move || {
        ctx.panel
            .maybe_update(|p| std::mem::replace(p, SharePanel::Closed) != SharePanel::Closed)
    });
    let export = move |kind: Kind| {
        open.set(false);
        exports::run(&state, kind);
    };
    view! {
        <button data-testid="open-file" title="Open a layout file (.json) or a picture exported by Quorumscope (.svg); you can also drop one on the page"
            on:click=move |_| if let Some(i) = input.get_untracked() { i.click() }>"Open…"</button>
        <input node_ref=input type="file" class="file-input" data-testid="file-input" accept=ACCEPT hidden=true tabindex="-1"
            on:change=move |ev| if let Some(file) = take_chosen(&ev) { open_file(state, file) } />
        <div class="menu" node_ref=menu on:keydown=move |ev| if ev.key() == "Escape" { open.set(false) }>
            <button data-testid="export" aria-haspopup="menu" aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)>"Export ▾"</button>
            {move || open.get().then(|| view! {
                <ul class="menu-list" role="menu">
                    {MENU.into_iter().map(|(kind, key, label)| view! {
                        <li><button role="menuitem" data-testid=format!("export-{key}") on:click=move |_| export(kind)>{label}</button></li>
                    }).collect_view()}
                </ul>
            })}
        </div>
        <div class="share" node_ref=share on:keydown=move |ev| if ev.key() == "Escape" { ctx.panel.set(SharePanel::Closed) }>
            <button data-testid="share" title="Put the whole design in a link (nothing is uploaded)"
                on:click=move |_| copy_link(state, ctx.panel)>"Copy share link"</button>
            <SharePanelView panel=ctx.panel />
        </div>
        {move || ctx.dropping.get().then(|| view! {
            <div class="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
                <p>"Drop a layout file (.json) or a picture exported by Quorumscope (.svg) to open it"</p>
            </div>
        })}
    }
}

/// Run `close` when the pointer goes down outside `root` (a menu or panel).
pub fn close_outside(root: NodeRef<leptos::html::Div>, close: impl Fn() + 'static) {
    let handle = window_event_listener(leptos::ev::pointerdown, move |ev| {
        let inside = match (root.get_untracked(), ev.target()) {
            (Some(root), Some(target)) => root.contains(target.dyn_ref::<web_sys::Node>()),
            _ => true,
        };
        if !inside {
            close();
        }
    });
    on_cleanup(move || handle.remove());
}

/// The share link to copy by hand, or why there is none.
#[component]
fn SharePanelView(panel: RwSignal<SharePanel>) -> impl IntoView {
    let state = use_state();
    let close = move |_| panel.set(SharePanel::Closed);
    move || {
        match panel.get() {
        SharePanel::Closed => None,
        SharePanel::Link { link, copied } => Some(view! {
            <div class="share-panel" data-testid="share-panel" role="dialog" aria-label="Share link">
                <p>{if copied { "Copied to the clipboard. The design travels inside the link:" } else { "Copy this link; the design travels inside it:" }}</p>
                <input type="text" readonly=true data-testid="share-link" aria-label="Share link" prop:value=link
                    on:focus=move |ev| {
                        if let Some(i) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) { i.select() }
                    } />
                <button class="small" data-testid="share-close" on:click=close>"Close"</button>
            </div>
        }.into_any()),
        SharePanel::TooLarge(bytes) => Some(view! {
            <div class="share-panel" data-testid="share-panel" role="dialog" aria-label="Share link">
                <p>{format!("This design is too large for a share link ({:.1} KB; links are kept under {} KB). Share the layout file instead.", bytes as f64 / 1024.0, MAX_LINK_BYTES / 1024)}</p>
                <button data-testid="share-export-file" on:click=move |_| { panel.set(SharePanel::Closed); exports::run(&state, Kind::Layout) }>"Export layout file"</button>
                <button class="small" data-testid="share-close" on:click=close>"Close"</button>
            </div>
        }.into_any()),
    }
    }
}
