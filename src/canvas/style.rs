//! The canvas's built-in light stylesheet.

/// The stylesheet of every canvas class, light theme, as put in the
/// exported document's `<style>` (no `<` or `&`, so it is valid XML text).
pub const CANVAS_CSS: &str = r#"
.quorumscope-canvas { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.background { fill: #ffffff; }
.item .box { stroke-width: 1; }
.item > .label { font-weight: 600; fill: #1f2933; }
.region > .box { fill: #f4f6fb; stroke: #7b8794; stroke-width: 1.5; }
.region > .band { fill: #dfe5f2; }
.region > .label { font-size: 14px; }
.zone > .box { fill: #ffffff; stroke: #9aa5b1; }
.zone > .band { fill: #eef1f6; }
.zone > .label { font-size: 13px; }
.rack > .box { fill: #f7f8fa; stroke: #b6bfca; }
.rack > .band { fill: #e9edf2; }
.rack > .label { font-size: 11px; font-weight: 500; }
.tray > .box { fill: #fbfaf5; stroke: #a39e8a; stroke-dasharray: 6 4; }
.tray > .band { fill: #f1eee2; }
.tray > .label { font-size: 13px; }
.drop { fill: none; stroke: #b6bfca; stroke-dasharray: 4 4; }
.hint { font-size: 10px; fill: #7b8794; font-style: italic; }
.node .chip { fill: #ffffff; stroke: #7b8794; stroke-width: 1; }
.node .id { font-size: 13px; font-weight: 600; fill: #1f2933; }
.node .kind { font-size: 10px; fill: #52606d; }
.node .mark { stroke: #1f2933; stroke-width: 1; }
.node .ring { stroke: #1f2933; stroke-width: 1.5; }
.node-master .chip { stroke: #6b3fa0; }
.node-master .mark { fill: #8e5ccf; }
.node-agent .chip { stroke: #1f6fb2; }
.node-agent .mark { fill: #3d8fd6; }
.node-public-agent .chip { stroke: #1b7f5b; }
.node-public-agent .mark { fill: #2fa57a; }
.node-public-agent .ring { stroke: #1b7f5b; }
.node-bootstrap .chip { stroke: #a05a00; }
.node-bootstrap .mark { fill: #e0962b; }
.node-generic .mark { fill: #9aa5b1; }
.status-sym { font-size: 13px; font-weight: 700; }
.status-text { font-size: 10px; font-weight: 600; }
.status-ok .status-sym, .status-ok .status-text { fill: #1b7f3a; }
.status-degraded .chip { fill: #fff8e6; stroke: #b7791f; }
.status-degraded .status-sym, .status-degraded .status-text { fill: #975a16; }
.status-down .chip { fill: #fdecea; stroke: #b42318; stroke-width: 1.5; }
.status-down .status-sym, .status-down .status-text { fill: #b42318; }
.failed > .box { fill: #eceff3; }
.failed > .label { fill: #616e7c; }
.hatch { stroke: #b42318; stroke-width: 1.5; }
.hatch-pattern .hatch-bg { fill: #ffffff; fill-opacity: 0.35; }
.hatch-pattern .hatch-line { stroke: #b42318; stroke-opacity: 0.4; }
.fail-text { font-size: 10px; font-weight: 700; fill: #b42318; }
.isolated > .box { stroke: #b7791f; }
.cut { stroke: #b7791f; stroke-width: 2; }
.cut-text { font-size: 10px; font-weight: 700; fill: #975a16; }
.sel { stroke: #1a56db; stroke-width: 2.5; }
.hl { stroke: #e3a008; stroke-width: 3; stroke-dasharray: 6 3; }
"#;
