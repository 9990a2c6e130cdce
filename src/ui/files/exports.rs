//! What the Export menu offers: the layout file, pictures, the heatmap, the
//! design review and the DC/OS artifacts, each named after the design.

use leptos::prelude::*;

use super::download::{download_text, stem};
use super::png;
use crate::export;
use crate::heatmap::{HeatmapOptions, heatmap};
use crate::ui::state::AppState;
use crate::{canvas, io};

/// One kind of export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The layout file (format v1 JSON).
    Layout,
    /// The canvas as SVG, with the layout embedded.
    Svg,
    /// The canvas as PNG, rendered from the SVG.
    Png,
    /// The survivability heatmap as SVG.
    Heatmap,
    /// The design review in Markdown.
    ReviewMd,
    /// The design review as a print-friendly HTML page.
    ReviewHtml,
    /// The DC/OS fault domains and Marathon constraints.
    Artifacts,
}

/// The menu: kind, test id suffix and label.
pub const MENU: [(Kind, &str, &str); 7] = [
    (Kind::Layout, "layout", "Layout file (.json)"),
    (Kind::Svg, "svg", "Picture (.svg)"),
    (Kind::Png, "png", "Picture (.png)"),
    (Kind::Heatmap, "heatmap", "Heatmap (.svg)"),
    (Kind::ReviewMd, "review-md", "Design review (.md)"),
    (
        Kind::ReviewHtml,
        "review-html",
        "Design review, print-friendly (.html)",
    ),
    (Kind::Artifacts, "artifacts", "DC/OS artifacts (.json)"),
];

/// The file name of an export of the current design.
pub fn file_name(state: &AppState, kind: Kind) -> String {
    let stem = state.layout.with_untracked(|l| stem(&l.name));
    match kind {
        Kind::Layout => format!("{stem}.json"),
        Kind::Svg => format!("{stem}.svg"),
        Kind::Png => format!("{stem}.png"),
        Kind::Heatmap => format!("{stem}-heatmap.svg"),
        Kind::ReviewMd => format!("{stem}-review.md"),
        Kind::ReviewHtml => format!("{stem}-review.html"),
        Kind::Artifacts => format!("{stem}-dcos.json"),
    }
}

/// The canvas as a standalone SVG document with the layout file embedded.
pub fn picture_svg(state: &AppState) -> String {
    let scene = state.scene.get_untracked();
    state.layout.with_untracked(|l| {
        let embedded = io::save(l);
        canvas::render_document(l, &scene, None, Some(&embedded))
    })
}

/// Export the current design as `kind`; the outcome is shown in the message bar.
pub fn run(state: &AppState, kind: Kind) {
    let name = file_name(state, kind);
    if kind == Kind::Png {
        png::export_png(*state, name);
        return;
    }
    let (mime, text) = match kind {
        Kind::Layout => ("application/json", state.layout.with_untracked(io::save)),
        Kind::Svg => ("image/svg+xml", picture_svg(state)),
        Kind::Heatmap => {
            let analysis = state.analysis.get_untracked();
            (
                "image/svg+xml",
                heatmap(&analysis, &HeatmapOptions::default()).svg,
            )
        }
        Kind::ReviewMd | Kind::ReviewHtml => {
            let analysis = state.analysis.get_untracked();
            let findings = state.findings.get_untracked();
            state.layout.with_untracked(|l| {
                if kind == Kind::ReviewMd {
                    (
                        "text/markdown",
                        export::review_markdown(l, &analysis, &findings),
                    )
                } else {
                    ("text/html", export::review_html(l, &analysis, &findings))
                }
            })
        }
        Kind::Artifacts => (
            "application/json",
            state
                .layout
                .with_untracked(|l| export::artifacts(l).to_json()),
        ),
        Kind::Png => unreachable!("handled above"),
    };
    finish(
        state,
        kind,
        &name,
        download_text(&name, &format!("{mime};charset=utf-8"), &text),
    );
}

/// Report an export's outcome; exporting the layout file (or a picture
/// holding it) means the design is saved.
pub fn finish(state: &AppState, kind: Kind, name: &str, outcome: Result<(), String>) {
    match outcome {
        Ok(()) => {
            if matches!(kind, Kind::Layout | Kind::Svg) {
                state.dirty.set(false);
            }
            state.info(format!("Exported {name}."));
        }
        Err(e) => state.error(format!("Could not export {name}: {e}"), Vec::new()),
    }
}
