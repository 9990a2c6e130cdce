//! The design-review report as Markdown.

use std::fmt::Write;

use super::review::{Review, goal_down, goal_outcome, status_cell};
use crate::engine::Analysis;
use crate::model::Layout;
use crate::rules::Finding;

/// The design review as Markdown: summary, headline, goals, scenario table,
/// guidance facts and every finding with its why and fix.
///
/// User text is escaped: Markdown punctuation gets a backslash, `<`, `>`
/// and `&` become entities (no raw HTML reaches a renderer), `|` cannot
/// break a table and newlines cannot break a line.
pub fn review_markdown(layout: &Layout, analysis: &Analysis, findings: &[Finding]) -> String {
    let r = Review::new(layout, analysis, findings);
    let mut out = String::new();
    let _ = writeln!(out, "# Design review: {}\n", md(r.title));
    let _ = writeln!(out, "## Layout\n\n| | |\n| --- | --- |");
    for (label, value) in r.summary_rows() {
        let _ = writeln!(out, "| {label} | {} |", md(&value));
    }
    let _ = writeln!(out, "\n## Headline\n\nThe design {}.\n", md(&r.headline));
    goals(&mut out, &r);
    table(&mut out, &r);
    facts(&mut out, &r);
    findings_section(&mut out, &r);
    out
}

fn goals(out: &mut String, r: &Review) {
    let _ = writeln!(
        out,
        "## Survival goals\n\n| scenario class | scenarios | outcome | down |\n| --- | ---: | --- | --- |"
    );
    for g in r.goals {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            md(&g.scenario_class),
            g.scenarios,
            goal_outcome(g),
            md(&goal_down(g))
        );
    }
    out.push('\n');
}

fn table(out: &mut String, r: &Review) {
    let _ = writeln!(
        out,
        "## Scenarios\n\n✓ ok: up with every member; ! degraded: up with members lost; ✗ down.\n"
    );
    let _ = write!(out, "| scenario |");
    for c in r.columns {
        let _ = write!(out, " {} |", md(c));
    }
    let _ = write!(out, "\n| --- |");
    out.push_str(&" --- |".repeat(r.columns.len()));
    out.push('\n');
    for s in r.rows {
        let _ = write!(out, "| {} |", md(&s.id));
        for i in 0..r.columns.len() {
            let _ = write!(out, " {} |", status_cell(s.status_of(i)));
        }
        out.push('\n');
    }
    if let Some(line) = r.left_out_line() {
        let _ = writeln!(out, "\n{line}");
    }
    out.push('\n');
}

fn facts(out: &mut String, r: &Review) {
    let _ = writeln!(out, "## What the guidance says happens\n");
    if r.facts.is_empty() {
        let _ = writeln!(
            out,
            "No scenario has a consequence the guidance describes.\n"
        );
        return;
    }
    for (id, facts) in &r.facts {
        let _ = writeln!(out, "- **{}**", md(id));
        for f in *facts {
            let _ = writeln!(out, "  - {}: {}", f.kind.as_str(), md(&f.message));
        }
    }
    if r.facts_left > 0 {
        let _ = writeln!(
            out,
            "\n{} more scenarios with facts are not shown.",
            r.facts_left
        );
    }
    out.push('\n');
}

fn findings_section(out: &mut String, r: &Review) {
    let _ = writeln!(out, "## Findings\n\n{}.\n", r.finding_counts());
    for (f, doc) in &r.findings {
        let name = doc.map_or("", |d| d.name);
        let _ = writeln!(
            out,
            "### {} {} ({})\n\n{}\n",
            f.rule,
            name,
            f.severity.as_str(),
            md(&f.message)
        );
        if let Some(d) = doc {
            let _ = writeln!(
                out,
                "- **What:** {}\n- **Why:** {}\n- **Guidance:** {}\n- **Fix:** {}\n",
                md(d.what),
                md(d.why),
                md(d.guidance),
                md(d.fix)
            );
        }
    }
}

/// Escapes text for Markdown, inline or in a table cell.
pub fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' | '\n' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::md;

    #[test]
    fn hostile_text_cannot_break_out() {
        assert_eq!(md("a|b\nc"), "a\\|b c");
        assert_eq!(md("<script>&"), "&lt;script&gt;&amp;");
        assert_eq!(md("[x](y)"), "\\[x\\](y)");
    }
}
