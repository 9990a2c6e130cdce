//! The exported picture: a standalone SVG document with its own stylesheet
//! and, optionally, the layout file embedded in its metadata.

use super::render::{body_capacity, render_body_into};
use super::scene::{ScenarioMarks, Scene};
use super::style::CANVAS_CSS;
use super::text::{escape_exact_into, escape_into, num, unescape};
use crate::model::Layout;

/// The `id` of the `<metadata>` element holding the embedded layout.
pub const METADATA_ID: &str = "quorumscope-layout";

/// A standalone SVG document of the canvas with its own stylesheet and
/// `metadata` holding `embedded` (the layout file) when given.
pub fn render_document(
    layout: &Layout,
    scene: &Scene,
    marks: Option<&ScenarioMarks>,
    embedded: Option<&str>,
) -> String {
    let extra = embedded.map_or(0, |e| e.len() + e.len() / 8);
    let mut out = String::with_capacity(body_capacity(scene) + CANVAS_CSS.len() + extra + 512);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"quorumscope-canvas\" viewBox=\"0 0 ",
    );
    num(&mut out, scene.width);
    out.push(' ');
    num(&mut out, scene.height);
    out.push_str("\" width=\"");
    num(&mut out, scene.width);
    out.push_str("\" height=\"");
    num(&mut out, scene.height);
    out.push_str("\">\n<title>");
    if layout.name.is_empty() {
        out.push_str("Quorumscope layout");
    } else {
        escape_into(&mut out, &layout.name);
    }
    out.push_str("</title>\n");
    if let Some(text) = embedded {
        out.push_str("<metadata id=\"");
        out.push_str(METADATA_ID);
        out.push_str("\">");
        escape_exact_into(&mut out, text);
        out.push_str("</metadata>\n");
    }
    out.push_str("<style>");
    out.push_str(CANVAS_CSS);
    out.push_str("</style>\n<rect class=\"background\" width=\"100%\" height=\"100%\"/>\n");
    render_body_into(&mut out, layout, scene, marks);
    out.push_str("\n</svg>\n");
    out
}

/// The text embedded by [`render_document`] in an SVG document, exactly as
/// given; `None` when there is none or it is malformed. Tolerates what an
/// editor may do to the element: other attributes, single quotes, CDATA.
pub fn extract_embedded(svg: &str) -> Option<String> {
    let mut rest = svg;
    loop {
        let at = rest.find("<metadata")?;
        let tag = &rest[at..];
        let close = tag.find('>')?;
        let (head, after) = (&tag[..close], &tag[close + 1..]);
        rest = after;
        if !(head.contains("id=\"quorumscope-layout\"") || head.contains("id='quorumscope-layout'"))
        {
            continue;
        }
        if head.ends_with('/') {
            return Some(String::new());
        }
        let end = close_tag(after)?;
        return unescape(&after[..end]);
    }
}

/// Where `</metadata>` starts, skipping CDATA sections.
fn close_tag(s: &str) -> Option<usize> {
    let mut from = 0;
    loop {
        let cdata = s[from..].find("<![CDATA[").map(|i| i + from);
        let end = s[from..].find("</metadata").map(|i| i + from)?;
        match cdata {
            Some(c) if c < end => from = c + s[c..].find("]]>")? + 3,
            _ => return Some(end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embeds_and_extracts() {
        let layout = Layout::default();
        let scene = super::super::scene(&layout);
        let text = "{\"name\": \"a <b> & ]]> 'c' \\u0000\"}\r\n é";
        let doc = render_document(&layout, &scene, None, Some(text));
        assert_eq!(extract_embedded(&doc).as_deref(), Some(text));
        let plain = render_document(&layout, &scene, None, None);
        assert_eq!(extract_embedded(&plain), None);
        let edited = "<svg><metadata class='x' id='quorumscope-layout'><![CDATA[a</metadata>]]>&amp;</metadata></svg>";
        assert_eq!(extract_embedded(edited).as_deref(), Some("a</metadata>&"));
    }
}
