//! The design-review report as a complete, print-friendly HTML document.

use std::fmt::Write;

use super::review::{Review, goal_down, goal_outcome, status_cell};
use crate::engine::{Analysis, Status};
use crate::model::Layout;
use crate::rules::Finding;

/// The review's stylesheet: readable on screen, compact on paper.
const STYLE: &str = "\
body{font:14px/1.45 system-ui,sans-serif;color:#111;max-width:60rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #999;margin-top:2rem}
h3{font-size:1.05rem;margin-bottom:.3rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #bbb;padding:.15rem .45rem;text-align:left;vertical-align:top}
th{background:#eee}td.ok{background:#e6f2ff}td.degraded{background:#fff1cc}td.down{background:#f5d0d0;font-weight:bold}
.finding{border-left:4px solid #888;padding-left:.75rem;margin:1rem 0;break-inside:avoid}
.finding.error{border-color:#b00}.finding.warning{border-color:#c80}.finding.info{border-color:#06c}
dt{font-weight:bold}dd{margin:0 0 .4rem 1rem}.note{font-style:italic}
@media print{body{margin:0;max-width:none;font-size:11px}h2{break-after:avoid}tr{break-inside:avoid}
td.ok,td.degraded,td.down,th{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
";

/// The design review as one HTML document with its own `<style>`: summary,
/// headline, goals, scenario table, guidance facts and every finding with
/// its why and fix. Every piece of user text is HTML-escaped.
pub fn review_html(layout: &Layout, analysis: &Analysis, findings: &[Finding]) -> String {
    let r = Review::new(layout, analysis, findings);
    let title = esc(r.title);
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>Design review: {title}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n\
         <h1>Design review: {title}</h1>\n<h2>Layout</h2>\n<table>\n"
    );
    for (label, value) in r.summary_rows() {
        let _ = writeln!(out, "<tr><th>{label}</th><td>{}</td></tr>", esc(&value));
    }
    let _ = writeln!(
        out,
        "</table>\n<h2>Headline</h2>\n<p>The design {}.</p>",
        esc(&r.headline)
    );
    goals(&mut out, &r);
    table(&mut out, &r);
    facts(&mut out, &r);
    findings_section(&mut out, &r);
    out.push_str("</body>\n</html>\n");
    out
}

fn goals(out: &mut String, r: &Review) {
    out.push_str(
        "<h2>Survival goals</h2>\n<table>\n<tr><th>scenario class</th><th>scenarios</th>\
         <th>outcome</th><th>down</th></tr>\n",
    );
    for g in r.goals {
        let class = if g.survived { "ok" } else { "down" };
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td class=\"{class}\">{}</td><td>{}</td></tr>",
            esc(&g.scenario_class),
            g.scenarios,
            goal_outcome(g),
            esc(&goal_down(g))
        );
    }
    out.push_str("</table>\n");
}

fn table(out: &mut String, r: &Review) {
    out.push_str(
        "<h2>Scenarios</h2>\n<p>✓ ok: up with every member; ! degraded: up with members \
         lost; ✗ down.</p>\n<table>\n<tr><th>scenario</th>",
    );
    for c in r.columns {
        let _ = write!(out, "<th>{}</th>", esc(c));
    }
    out.push_str("</tr>\n");
    for s in r.rows {
        let _ = write!(out, "<tr><th>{}</th>", esc(&s.id));
        for i in 0..r.columns.len() {
            let status = s.status_of(i);
            let class = match status {
                Status::Ok => "ok",
                Status::Degraded => "degraded",
                Status::Down => "down",
            };
            let _ = write!(out, "<td class=\"{class}\">{}</td>", status_cell(status));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</table>\n");
    if let Some(line) = r.left_out_line() {
        let _ = writeln!(out, "<p class=\"note\">{}</p>", esc(&line));
    }
}

fn facts(out: &mut String, r: &Review) {
    out.push_str("<h2>What the guidance says happens</h2>\n");
    if r.facts.is_empty() {
        out.push_str("<p>No scenario has a consequence the guidance describes.</p>\n");
        return;
    }
    out.push_str("<dl>\n");
    for (id, facts) in &r.facts {
        let _ = writeln!(out, "<dt>{}</dt>", esc(id));
        for f in *facts {
            let _ = writeln!(out, "<dd>{}: {}</dd>", f.kind.as_str(), esc(&f.message));
        }
    }
    out.push_str("</dl>\n");
    if r.facts_left > 0 {
        let _ = writeln!(
            out,
            "<p class=\"note\">{} more scenarios with facts are not shown.</p>",
            r.facts_left
        );
    }
}

fn findings_section(out: &mut String, r: &Review) {
    let _ = writeln!(out, "<h2>Findings</h2>\n<p>{}.</p>", r.finding_counts());
    for (f, doc) in &r.findings {
        let severity = f.severity.as_str();
        let _ = writeln!(
            out,
            "<section class=\"finding {severity}\">\n<h3>{} {} ({severity})</h3>\n<p>{}</p>",
            f.rule,
            esc(doc.map_or("", |d| d.name)),
            esc(&f.message)
        );
        if let Some(d) = doc {
            let _ = writeln!(
                out,
                "<dl><dt>What</dt><dd>{}</dd><dt>Why</dt><dd>{}</dd>\
                 <dt>Guidance</dt><dd>{}</dd><dt>Fix</dt><dd>{}</dd></dl>",
                esc(d.what),
                esc(d.why),
                esc(d.guidance),
                esc(d.fix)
            );
        }
        out.push_str("</section>\n");
    }
}

/// Escapes text for HTML content and quoted attribute values (the
/// canvas's XML escaping: `& < > " '`, and control characters replaced).
pub fn esc(text: &str) -> String {
    crate::canvas::escape(text)
}
