//! The heatmap of a shipped example, checked for structure: cells, legend,
//! symbols, collapsed and expanded groups, the click map, escaping and the
//! absence of inline style attributes (the page's CSP).

use quorumscope::engine::{self, Analysis, Options, Status};
use quorumscope::heatmap::{self, CELL, GRID_X, GRID_Y, Heatmap, HeatmapOptions};
use quorumscope::model::{Component, ComponentKind, Layout};

fn example(name: &str) -> Layout {
    let path = format!("{}/examples/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("example exists");
    quorumscope::io::load(&text).unwrap_or_else(|e| panic!("{path}: {e:?}"))
}

fn analysis(layout: &Layout, depth: u8) -> Analysis {
    let opts = Options {
        depth,
        ..Options::default()
    };
    engine::analyze(layout, &opts)
}

fn count(svg: &str, needle: &str) -> usize {
    svg.matches(needle).count()
}

/// Cells are the rectangles drawn in a status colour (3 are the legend's).
fn cells(map: &Heatmap) -> usize {
    let n: usize = ["#009E73", "#E69F00", "#D55E00"]
        .iter()
        .map(|c| count_fill(&map.svg, c))
        .sum();
    n - 3
}

fn count_fill(svg: &str, colour: &str) -> usize {
    svg.lines()
        .filter(|l| l.starts_with("<rect") && l.contains(&format!("fill=\"{colour}\"")))
        .count()
}

/// The status of each cell of a row, read back from the SVG fills.
fn row_statuses(map: &Heatmap, top: f64) -> Vec<Status> {
    let at = format!(" y=\"{top}\" ");
    map.svg
        .lines()
        .filter(|l| l.starts_with("<rect") && l.contains(&at))
        .filter_map(|l| {
            [Status::Ok, Status::Degraded, Status::Down]
                .into_iter()
                .find(|&s| l.contains(&format!("fill=\"{}\"", hex(s))))
        })
        .collect()
}

fn hex(s: Status) -> String {
    let c = heatmap::colour(s);
    format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
}

fn symbols(svg: &str) -> usize {
    svg.lines()
        .filter(|l| matches!(*l, "✓" | "!" | "✗"))
        .count()
}

#[test]
fn every_scenario_gets_a_row_under_max_rows() {
    let a = analysis(&example("masters-across-zones"), 1);
    let map = heatmap::heatmap(&a, &HeatmapOptions::default());
    let (rows, cols) = (a.scenarios.len(), a.components.len());
    assert_eq!(map.rows.len(), rows);
    assert_eq!(map.cols.len(), cols);
    assert!(map.rows.iter().all(|r| r.scenarios.len() == 1));
    assert_eq!(cells(&map), rows * cols);
    assert_eq!(symbols(&map.svg), rows * cols + 3);
    assert!(map.svg.starts_with("<svg ") && map.svg.trim_end().ends_with("</svg>"));
    assert!(map.svg.contains(&format!("width=\"{}\"", map.width)));
    // Legend: the three statuses with their symbols.
    for word in ["ok", "degraded", "down"] {
        assert!(map.svg.contains(&format!(">\n{word}\n</text>")), "{word}");
    }
    for s in [Status::Ok, Status::Degraded, Status::Down] {
        assert!(map.svg.contains(heatmap::symbol(s)));
    }
    // The baseline row shows the baseline; the region failure is all down.
    assert_eq!(map.rows[0].label, "none");
    let region = map
        .rows
        .iter()
        .find(|r| r.label == "region:us-east")
        .unwrap();
    assert!(
        a.scenarios[region.scenarios[0]]
            .status
            .iter()
            .all(|&s| s == Status::Down)
    );
    // Component labels are rotated.
    assert_eq!(count(&map.svg, "transform=\"rotate(270"), cols);
}

#[test]
fn groups_collapse_past_max_rows_and_expand_on_demand() {
    let a = analysis(&example("masters-across-zones"), 2);
    assert_eq!(a.scenarios.len(), 57);
    let cols = a.components.len();
    let small = HeatmapOptions {
        max_rows: 40,
        ..HeatmapOptions::default()
    };
    let map = heatmap::heatmap(&a, &small);
    let labels: Vec<&str> = map.rows.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "none",
            "nodes (9) ▸",
            "zones (3) ▸",
            "region:us-east",
            "pairs (39) ▸",
            "partitions (4) ▸"
        ]
    );
    assert_eq!(cells(&map), map.rows.len() * cols);
    assert_eq!(symbols(&map.svg), map.rows.len() * cols + 3);
    // A collapsed row holds its whole group and shows its worst status:
    // some pair takes every component but marathon-lb down.
    let pairs = &map.rows[4];
    assert_eq!(pairs.group, "pairs");
    assert_eq!(pairs.scenarios.len(), 39);
    assert_eq!(pairs.scenario(), None);
    assert!(
        pairs
            .scenarios
            .iter()
            .all(|&i| a.scenarios[i].class.contains('+'))
    );
    let worst: Vec<Status> = (0..cols)
        .map(|c| {
            pairs
                .scenarios
                .iter()
                .map(|&i| a.scenarios[i].status[c])
                .max()
                .unwrap()
        })
        .collect();
    assert_eq!(row_statuses(&map, pairs.top), worst);
    let lb = a
        .components
        .iter()
        .position(|c| c == "marathon-lb")
        .unwrap();
    assert_eq!(worst[lb], Status::Degraded);
    assert_eq!(
        worst.iter().filter(|&&s| s == Status::Down).count(),
        cols - 1
    );
    // Expanding pairs: a header row, then one row per pair scenario.
    let opts = HeatmapOptions {
        expanded: vec!["pairs".into()],
        ..small.clone()
    };
    let open = heatmap::heatmap(&a, &opts);
    assert_eq!(open.rows.len(), 6 + 39);
    assert_eq!(open.rows[4].label, "pairs (39) ▾");
    let shown: Vec<usize> = open.rows[5..44]
        .iter()
        .filter_map(|r| r.scenario())
        .collect();
    let want: Vec<usize> = (0..a.scenarios.len())
        .filter(|&i| a.scenarios[i].class.contains('+'))
        .collect();
    assert_eq!(shown, want);
    assert_eq!(open.rows[44].label, "partitions (4) ▸");
    assert_eq!(cells(&open), open.rows.len() * cols);
    // Everything fits: one row per scenario.
    let all = heatmap::heatmap(&a, &HeatmapOptions::default());
    assert_eq!(all.rows.len(), a.scenarios.len());
}

#[test]
fn row_at_and_col_at_map_clicks_to_scenarios_and_components() {
    let a = analysis(&example("masters-across-zones"), 2);
    let opts = HeatmapOptions {
        expanded: vec!["nodes".into()],
        max_rows: 10,
        ..HeatmapOptions::default()
    };
    let map = heatmap::heatmap(&a, &opts);
    let (top, cell) = (f64::from(GRID_Y), f64::from(CELL));
    for (k, row) in map.rows.iter().enumerate() {
        assert_eq!(
            (row.top, row.bottom),
            (top + cell * k as f64, top + cell * (k + 1) as f64)
        );
        for y in [row.top, row.top + cell / 2.0, row.bottom - 0.01] {
            assert_eq!(map.row_at(y), Some(row), "y = {y}");
        }
        if let Some(i) = row.scenario() {
            assert_eq!(row.label, a.scenarios[i].id);
            assert_eq!(row_statuses(&map, row.top), a.scenarios[i].status);
        }
    }
    assert_eq!(map.row_at(top - 0.5), None);
    assert_eq!(map.row_at(map.rows.last().unwrap().bottom), None);
    assert_eq!(map.row_at(f64::NAN), None);
    assert_eq!(map.rows[2].scenario(), Some(1)); // node:m1, after the nodes header
    let left = f64::from(GRID_X);
    assert_eq!(map.col_at(left - 1.0), None);
    assert_eq!(map.col_at(left + 0.5), Some(0));
    assert_eq!(map.col_at(left + cell * 5.5), Some(5));
    assert_eq!(map.col_at(left + cell * 6.0), None);
    assert!(map.height as f64 >= map.rows.last().unwrap().bottom);
}

#[test]
fn columns_are_cut_at_max_cols_with_a_note() {
    let a = analysis(&example("masters-across-zones"), 1);
    let opts = HeatmapOptions {
        max_cols: 4,
        ..HeatmapOptions::default()
    };
    let map = heatmap::heatmap(&a, &opts);
    assert_eq!(map.cols.len(), 4);
    assert_eq!(cells(&map), a.scenarios.len() * 4);
    assert!(map.svg.contains(">\n+2 more\n</text>"));
    let none = heatmap::heatmap(&a, &HeatmapOptions::default());
    assert!(!none.svg.contains(" more\n</text>"));
}

#[test]
fn user_text_is_escaped_and_no_style_attribute_is_emitted() {
    let mut layout = example("masters-across-zones");
    let nasty = "<b>&\"x'";
    let mut c = Component::new(nasty, ComponentKind::Replicated, &["a1"]);
    c.min_available = Some(1);
    layout.components.push(c);
    let a = analysis(&layout, 1);
    let map = heatmap::heatmap(&a, &HeatmapOptions::default());
    assert!(map.svg.contains("&lt;b&gt;&amp;&quot;x&apos;"));
    assert!(!map.svg.contains("<b>"));
    assert!(!map.svg.contains("style="));
    assert!(!map.svg.contains("<style"));
    assert!(!map.svg.contains("<script"));
    // Long ids are cut with an ellipsis.
    let long = format!("component-with-a-very-long-name-{}", "x".repeat(40));
    layout
        .components
        .push(Component::new(&long, ComponentKind::Replicated, &["a2"]));
    let map = heatmap::heatmap(&analysis(&layout, 1), &HeatmapOptions::default());
    assert!(!map.svg.contains(&long));
    assert!(map.svg.contains("component-with-a-…"));
}

#[test]
fn empty_analysis_draws_the_legend_only() {
    let a = analysis(&Layout::default(), 2);
    let map = heatmap::heatmap(&a, &HeatmapOptions::default());
    assert!(map.cols.is_empty());
    assert_eq!(map.rows.len(), a.scenarios.len());
    assert_eq!(cells(&map), 0);
    assert!(map.svg.contains(">\ndegraded\n</text>"));
    let default = Heatmap::default();
    assert_eq!(default.row_at(0.0), None);
    assert_eq!(default.col_at(0.0), None);
}

#[test]
fn a_huge_expanded_group_is_capped_with_a_rest_row() {
    use quorumscope::model::{Node, Region, Zone};
    let n = heatmap::MAX_GROUP_ROWS + 10;
    let nodes: Vec<Node> = (0..n).map(|i| Node::new(format!("n{i}"))).collect();
    let members: Vec<String> = nodes.iter().map(|x| x.id.clone()).collect();
    let members: Vec<&str> = members.iter().map(String::as_str).collect();
    let layout = Layout {
        regions: vec![Region {
            id: "r".into(),
            zones: vec![Zone {
                id: "z".into(),
                nodes,
                ..Zone::default()
            }],
            ..Region::default()
        }],
        components: vec![Component::new("svc", ComponentKind::Replicated, &members)],
        ..Layout::default()
    };
    let a = analysis(&layout, 1);
    let opts = HeatmapOptions {
        expanded: vec!["nodes".into()],
        ..HeatmapOptions::default()
    };
    let map = heatmap::heatmap(&a, &opts);
    let labels: Vec<&str> = map.rows.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(labels[1], "nodes (260) ▾");
    assert_eq!(labels[2], "node:n0");
    assert_eq!(labels[251], "node:n249");
    assert_eq!(labels[252], "nodes: 10 more ▸");
    assert_eq!(map.rows[252].scenarios.len(), 10);
    // none, the nodes header, 250 nodes, the rest, zone:z, region:r, partitions (2).
    assert_eq!(map.rows.len(), 1 + 1 + 250 + 1 + 1 + 1 + 1);
    assert_eq!(cells(&map), map.rows.len());
    let collapsed = heatmap::heatmap(&a, &HeatmapOptions::default());
    assert_eq!(collapsed.rows[1].label, "nodes (260) ▸");
}
