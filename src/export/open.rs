//! Opening any file the product writes: a layout file, or a picture of the
//! canvas exported as SVG with the layout embedded in it.

use crate::io::{self, LoadError};
use crate::model::Layout;

/// The message for an SVG that holds no layout.
pub const NO_LAYOUT_IN_SVG: &str = "this SVG has no Quorumscope layout in it \
     (export the picture from Quorumscope to keep the design inside)";

/// Loads a layout file, or the layout embedded in an SVG exported by the canvas.
pub fn open(text: &str) -> Result<Layout, Vec<LoadError>> {
    open_with(text, crate::canvas::extract_embedded)
}

/// [`open`] with the function that finds the layout inside an SVG.
pub(crate) fn open_with(
    text: &str,
    extract: impl Fn(&str) -> Option<String>,
) -> Result<Layout, Vec<LoadError>> {
    if is_png(text) {
        return Err(vec![LoadError::at("$", NOT_A_LAYOUT_PNG)]);
    }
    if !is_svg(text) {
        return io::load(text);
    }
    match extract(text) {
        Some(layout) => io::load(&layout),
        None => Err(vec![LoadError::at("$", NO_LAYOUT_IN_SVG)]),
    }
}

/// What opening a PNG picture says: it does not carry the design.
pub const NOT_A_LAYOUT_PNG: &str = "this is a PNG picture, which does not carry the design: open the layout file (.json) or the SVG picture exported with it";

/// Whether the text is a PNG file read as text (its signature starts with byte 0x89, read as U+FFFD or U+0089).
pub fn is_png(text: &str) -> bool {
    text.strip_prefix('\u{fffd}')
        .or_else(|| text.strip_prefix('\u{89}'))
        .is_some_and(|rest| rest.starts_with("PNG"))
}

/// Whether the text is an XML or SVG document (after a BOM and whitespace).
pub fn is_svg(text: &str) -> bool {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text).trim_start();
    body.starts_with("<?xml") || body.starts_with("<svg")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stands in for the canvas: the layout is the text between two markers.
    fn fake(svg: &str) -> Option<String> {
        let start = svg.find("<metadata>")? + "<metadata>".len();
        let end = svg.find("</metadata>")?;
        Some(svg.get(start..end)?.to_string())
    }

    fn layout_text() -> String {
        let layout = Layout {
            name: "n".into(),
            ..Layout::default()
        };
        io::save(&layout)
    }

    #[test]
    fn layout_files_load_as_before() {
        let loaded = open_with(&layout_text(), fake).expect("loads");
        assert_eq!(loaded.name, "n");
        assert!(open_with("{", fake).is_err());
    }

    #[test]
    fn an_svg_with_a_layout_opens_it() {
        for head in ["<svg>", "\u{feff}  \n<?xml version=\"1.0\"?><svg>"] {
            let svg = format!("{head}<metadata>{}</metadata></svg>", layout_text());
            assert_eq!(open_with(&svg, fake).map(|l| l.name), Ok("n".into()));
        }
    }

    #[test]
    fn an_svg_without_a_layout_says_so_at_the_root() {
        let errors = open_with("<svg></svg>", fake).expect_err("no layout");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].path, "$");
        assert!(errors[0].message.contains("no Quorumscope layout"));
    }

    #[test]
    fn an_svg_with_a_broken_layout_reports_the_layout_problems() {
        let svg = "<svg><metadata>{\"format\": 3}</metadata></svg>";
        assert!(!open_with(svg, fake).expect_err("bad").is_empty());
    }
}
