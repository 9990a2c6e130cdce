//! The design-review report, Markdown and HTML: every section for every
//! example, every finding's why and fix, hostile names escaped, big tables capped.

use quorumscope::engine::{Analysis, Options, analyze};
use quorumscope::export::{MAX_REVIEW_ROWS, review_html, review_markdown};
use quorumscope::io;
use quorumscope::model::{Component, ComponentKind, Layout, Node, Region, Zone};
use quorumscope::rules::{self, Finding};

mod examples_support;

use examples_support::{EXAMPLES, example};

fn analysed(layout: &Layout, depth: u8) -> (Analysis, Vec<Finding>) {
    let analysis = analyze(
        layout,
        &Options {
            depth,
            ..Options::default()
        },
    );
    (analysis, rules::check_all(layout))
}

#[test]
fn every_example_has_every_section_in_both_forms() {
    for name in EXAMPLES {
        let layout = example(name);
        let (analysis, findings) = analysed(&layout, 2);
        let md = review_markdown(&layout, &analysis, &findings);
        let html = review_html(&layout, &analysis, &findings);
        assert!(
            md.starts_with(&format!("# Design review: {}", layout.name)),
            "{name}"
        );
        for section in [
            "## Layout",
            "## Headline",
            "## Survival goals",
            "## Scenarios",
            "## What the guidance says happens",
            "## Findings",
        ] {
            assert!(md.contains(section), "{name}: {section}");
            let heading = format!("<h2>{}</h2>", &section[3..]);
            assert!(html.contains(&heading), "{name}: {heading}");
        }
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("<style>") && html.contains("@media print"));
        assert!(html.trim_end().ends_with("</html>"));
        let headline = analysis.headline();
        assert!(md.contains(&headline.replace('_', "\\_")), "{name}");
        assert!(html.contains(&headline), "{name}");
        assert!(md.contains("| Nodes placed |") && html.contains("<th>Nodes placed</th>"));
        assert!(md.contains("zone:") && md.contains("✓ ok"));
        for goal in &analysis.goals {
            assert!(
                md.contains(&format!("| {} |", goal.scenario_class)),
                "{name}"
            );
        }
        for f in &findings {
            let doc = rules::find(f.rule).expect("known rule").doc();
            for text in [doc.why, doc.fix, doc.guidance] {
                assert!(html.contains(&esc(text)), "{name} {}: {text}", f.rule);
                assert!(md.contains(&text.replace('_', "\\_")), "{name} {}", f.rule);
            }
            assert!(md.contains(&format!("### {} {}", f.rule, doc.name)));
            assert!(html.contains(&esc(&f.message)));
        }
    }
}

#[test]
fn facts_and_down_statuses_appear() {
    let layout = example("masters-one-zone");
    let (analysis, findings) = analysed(&layout, 1);
    let md = review_markdown(&layout, &analysis, &findings);
    let html = review_html(&layout, &analysis, &findings);
    assert!(md.contains("control-plane-lost"));
    assert!(html.contains("control-plane-lost"));
    assert!(md.contains("✗ down") && html.contains("<td class=\"down\">✗ down</td>"));
    assert!(md.contains("✗ failed"));
    assert!(md.contains("2 errors, 0 warnings, 0 info"));
}

fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

fn hostile() -> Layout {
    let evil = "<script>alert(1)</script>|x&y\nz";
    let zone = |id: &str, node: &str| Zone {
        id: id.into(),
        label: Some(evil.into()),
        nodes: vec![Node::new(node)],
        ..Zone::default()
    };
    let mut db = Component::new("<b>db|&", ComponentKind::Replicated, &["n<1>"]);
    db.label = Some(evil.into());
    Layout {
        name: evil.into(),
        regions: vec![Region {
            id: "r&<i>".into(),
            label: Some(evil.into()),
            zones: vec![zone("z|1", "n<1>"), zone("z<2>", "n|2")],
        }],
        components: vec![
            Component::new("q<script>", ComponentKind::Quorum, &["n<1>", "n|2"]),
            db,
        ],
        ..Layout::default()
    }
}

#[test]
fn hostile_names_are_escaped_in_both_forms() {
    let layout = hostile();
    assert!(
        io::validate(&layout).is_empty(),
        "{:?}",
        io::validate(&layout)
    );
    let (analysis, findings) = analysed(&layout, 2);
    assert!(!findings.is_empty());
    let html = review_html(&layout, &analysis, &findings);
    assert!(!html.contains("<script>") && !html.contains("<b>") && !html.contains("<i>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;|x&amp;y"));
    assert!(html.contains("<th>q&lt;script&gt;</th>"));
    let md = review_markdown(&layout, &analysis, &findings);
    assert!(!md.contains("<script>") && !md.contains("<b>") && !md.contains("<i>"));
    assert!(md.starts_with("# Design review: &lt;script&gt;alert(1)&lt;/script&gt;\\|x&amp;y z\n"));
    assert!(md.contains("| q&lt;script&gt; | &lt;b&gt;db\\|&amp; |"));
    // Every table row keeps its column count: no cell breaks out.
    let header = md
        .lines()
        .find(|l| l.starts_with("| scenario |"))
        .expect("table");
    let columns = cells(header);
    for row in md
        .lines()
        .filter(|l| l.starts_with("| zone:") || l.starts_with("| node:"))
    {
        assert_eq!(cells(row), columns, "{row}");
    }
}

/// Unescaped `|` in a Markdown table row.
fn cells(row: &str) -> usize {
    let mut n = 0;
    let mut escaped = false;
    for c in row.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => n += 1,
            _ => escaped = false,
        }
    }
    n
}

#[test]
fn large_tables_are_capped_with_a_line_saying_how_many_are_left_out() {
    let nodes: Vec<String> = (0..60).map(|i| format!("n{i}")).collect();
    let zone = Zone {
        id: "z".into(),
        nodes: nodes.iter().map(Node::new).collect(),
        ..Zone::default()
    };
    let members: Vec<&str> = nodes.iter().map(String::as_str).collect();
    let layout = Layout {
        name: "big".into(),
        regions: vec![Region {
            id: "r".into(),
            label: None,
            zones: vec![zone],
        }],
        components: vec![Component::new("web", ComponentKind::Replicated, &members)],
        ..Layout::default()
    };
    let (analysis, findings) = analysed(&layout, 2);
    let left = analysis.scenarios.len() - MAX_REVIEW_ROWS + analysis.omitted as usize;
    let line = format!("{left} more scenarios are not shown");
    let md = review_markdown(&layout, &analysis, &findings);
    assert!(md.contains(&line), "{line}");
    assert!(review_html(&layout, &analysis, &findings).contains(&line));
    let rows = md.lines().filter(|l| l.starts_with("| node:")).count();
    assert!(rows <= MAX_REVIEW_ROWS);
}
