//! The page's canvas stylesheet is `canvas::CANVAS_CSS`, the same text the
//! exported picture carries. Regenerate with `UPDATE_DOCS=1 cargo test --test style_canvas`.

#[test]
fn style_canvas_css_is_the_canvas_stylesheet() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/style/canvas.css");
    let want = format!(
        "/* Generated from canvas::CANVAS_CSS (src/canvas/style.rs); do not edit. */\n{}",
        quorumscope::canvas::CANVAS_CSS.trim_start()
    );
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(path, &want).unwrap();
    }
    let have = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        have == want,
        "style/canvas.css is stale: run UPDATE_DOCS=1 cargo test --test style_canvas"
    );
}
