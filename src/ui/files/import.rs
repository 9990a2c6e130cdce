//! Opening a layout file or an exported SVG, from the file picker or
//! dropped on the page: refused whole (every problem listed, the design
//! untouched) or replacing the design as one undoable step.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, File};

use super::download::describe;
use crate::edit::Command;
use crate::io::{LoadError, MAX_FILE_BYTES};
use crate::model::Layout;
use crate::ui::state::{AppState, View};
use crate::ui::toolbar::canvas_size;

/// What the file picker accepts.
pub const ACCEPT: &str = ".json,.svg,application/json,image/svg+xml";

/// Show the whole drawing (without needing the app's context).
pub fn fit(state: &AppState) {
    let (w, h) = canvas_size();
    let scene = state.scene.get_untracked();
    state.view.set(View::fit(scene.width, scene.height, w, h));
}

/// Replace the design by `layout` (undoable) and say so with `what`.
pub fn replace(state: &AppState, layout: Layout, what: &str) {
    if state.apply(Command::Replace(layout)).is_ok() {
        state.dirty.set(false);
        state.info(format!("{what} Undo brings the previous design back."));
        fit(state);
    }
}

/// A byte count for people: `6.2 MB (6,500,000 bytes)`.
pub fn size_text(bytes: f64) -> String {
    let mb = bytes / (1024.0 * 1024.0);
    let digits = format!("{}", bytes as u64);
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{mb:.1} MB ({grouped} bytes)")
}

/// Open a file chosen or dropped by the user: refused before reading when
/// too large, else read, checked completely, and opened or refused whole.
pub fn open_file(state: AppState, file: File) {
    let name = file.name();
    let size = file.size();
    if size > MAX_FILE_BYTES as f64 {
        state.error(
            format!(
                "\"{name}\" is {}; files are limited to {}. It was not read, and the current design is unchanged.",
                size_text(size),
                size_text(MAX_FILE_BYTES as f64)
            ),
            Vec::new(),
        );
        return;
    }
    leptos::task::spawn_local(async move {
        match JsFuture::from(file.text()).await {
            Ok(text) => open_text(&state, &name, &text.as_string().unwrap_or_default()),
            Err(e) => state.error(
                format!(
                    "\"{name}\" could not be read: {}. The current design is unchanged.",
                    describe(e)
                ),
                Vec::new(),
            ),
        }
    });
}

/// Open the text of a file named `name` (a layout file or an exported SVG).
pub fn open_text(state: &AppState, name: &str, text: &str) {
    match crate::export::open(text) {
        Ok(layout) => {
            let title = if layout.name.is_empty() {
                String::new()
            } else {
                format!(": \"{}\"", layout.name)
            };
            replace(state, layout, &format!("Opened \"{name}\"{title}."));
        }
        Err(errors) => refuse(state, name, &errors),
    }
}

/// Show every problem of a refused file.
fn refuse(state: &AppState, name: &str, errors: &[LoadError]) {
    let n = errors.len();
    let problems = if n == 1 {
        "1 problem".to_string()
    } else {
        format!("{n} problems")
    };
    state.error(
        format!("\"{name}\" cannot be opened ({problems}); the current design is unchanged."),
        errors.iter().map(ToString::to_string).collect(),
    );
}

/// Whether a drag carries files from the operating system.
fn has_files(ev: &DragEvent) -> bool {
    ev.data_transfer()
        .map(|dt| dt.types().includes(&"Files".into(), 0))
        .unwrap_or(false)
}

/// Open files dropped anywhere on the page; `dropping` is true while a file
/// is dragged over it.
pub fn install_drop(state: AppState, dropping: RwSignal<bool>) {
    let over = window_event_listener(leptos::ev::dragover, move |ev| {
        if has_files(&ev) {
            ev.prevent_default();
            if let Some(dt) = ev.data_transfer() {
                dt.set_drop_effect("copy");
            }
            if !dropping.get_untracked() {
                dropping.set(true);
            }
        }
    });
    let leave = window_event_listener(leptos::ev::dragleave, move |ev| {
        if ev.related_target().is_none() {
            dropping.set(false);
        }
    });
    let drop = window_event_listener(leptos::ev::drop, move |ev| {
        dropping.set(false);
        if !has_files(&ev) {
            return;
        }
        ev.prevent_default();
        let files = ev.data_transfer().and_then(|dt| dt.files());
        let count = files.as_ref().map_or(0, |f| f.length());
        match files.and_then(|f| f.get(0)) {
            Some(file) if count == 1 => open_file(state, file),
            Some(_) => state.error(
                format!("{count} files were dropped: drop one layout file or exported SVG at a time. The current design is unchanged."),
                Vec::new(),
            ),
            None => {}
        }
    });
    on_cleanup(move || {
        over.remove();
        leave.remove();
        drop.remove();
    });
}

/// The file chosen in a file input, if any, clearing the input so that the
/// same file can be chosen again.
pub fn take_chosen(ev: &leptos::ev::Event) -> Option<File> {
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file
}
