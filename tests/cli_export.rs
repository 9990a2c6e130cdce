//! `quorumscope report` and `quorumscope artifacts`: outputs and exit codes,
//! and every command reading FILE through `export::open`.

use quorumscope::engine::{Options, analyze};
use quorumscope::export;

mod cli_support;

use cli_support::{example, run, text};

#[test]
fn report_writes_the_markdown_review_at_depth_2_by_default() {
    let out = run(&["report", &example("masters-across-zones")], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("# Design review: Masters and agents across three zones"));
    assert!(stdout.contains("## Findings") && stdout.contains("QS206"));
    assert!(stdout.contains("| zone+zone |"), "depth 2 by default");
    let depth1 = text(
        &run(
            &["report", &example("masters-across-zones"), "--depth", "1"],
            None,
        )
        .stdout,
    );
    assert!(!depth1.contains("| zone+zone |"));
    assert!(out.stderr.is_empty());
}

#[test]
fn report_html_and_exit_1_on_error_findings() {
    let out = run(
        &["report", &example("masters-one-zone"), "--format", "html"],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("<!DOCTYPE html>") && stdout.contains("QS102"));
}

#[test]
fn report_svg_is_the_heatmap_of_the_analysis() {
    let file = example("masters-across-zones");
    let out = run(&["report", &file, "--format=svg", "--depth=1"], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let layout = quorumscope::io::load(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let analysis = analyze(&layout, &Options::default());
    let want = quorumscope::heatmap::heatmap(&analysis, &Default::default()).svg;
    assert!(export::is_svg(&want), "the heatmap is an SVG document");
    assert_eq!(text(&out.stdout), want);
}

#[test]
fn artifacts_as_text_and_json() {
    let out = run(&["artifacts", &example("single-zone")], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains(r#"{"fault_domain":{"region":{"name":"#));
    assert!(stdout.contains(r#"["rack","GROUP_BY","3"]"#), "{stdout}");
    let out = run(
        &["artifacts", "-", "--json"],
        Some(&std::fs::read_to_string(example("single-zone")).unwrap()),
    );
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert!(v["fault_domains"].as_array().is_some_and(|d| d.len() == 9));
}

#[test]
fn unreadable_input_exits_2_with_the_message_on_stderr_only() {
    for args in [
        vec!["report", "/nonexistent/x.json"],
        vec!["artifacts", "/nonexistent/x.json", "--json"],
    ] {
        let out = run(&args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        assert!(text(&out.stderr).contains("cannot read"));
    }
    let out = run(&["report", "-"], Some("{\"format\": \"nope\"}"));
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty() && text(&out.stderr).contains("is not a valid layout"));
}

#[test]
fn an_svg_without_a_layout_is_refused_by_every_command() {
    let svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\n";
    for command in ["check", "report", "artifacts"] {
        let out = run(&[command, "-"], Some(svg));
        assert_eq!(out.status.code(), Some(2), "{command}");
        assert!(out.stdout.is_empty());
        assert!(
            text(&out.stderr).contains(export::NO_LAYOUT_IN_SVG),
            "{command}"
        );
    }
}

#[test]
fn an_exported_picture_is_read_by_every_command() {
    let file = std::fs::read_to_string(example("masters-one-zone")).unwrap();
    let layout = quorumscope::io::load(&file).unwrap();
    let scene = quorumscope::canvas::scene(&layout);
    let svg = quorumscope::canvas::render_document(&layout, &scene, None, Some(&file));
    let dir = std::env::temp_dir().join(format!("qs-cli-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("design.svg");
    std::fs::write(&path, &svg).unwrap();
    let path = path.to_string_lossy();
    let check = run(&["check", &path], None);
    assert_eq!(check.status.code(), Some(1), "{}", text(&check.stderr));
    assert_eq!(
        check.stdout,
        run(&["check", &example("masters-one-zone")], None).stdout
    );
    let report = run(&["report", &path], None);
    assert!(text(&report.stdout).contains("QS102"));
    let artifacts = run(&["artifacts", "-"], Some(&svg));
    assert_eq!(artifacts.status.code(), Some(0));
    assert!(text(&artifacts.stdout).contains("us-east-1a"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn usage_errors_and_help() {
    let out = run(&["report", "x", "--format", "pdf"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("md, html or svg"));
    let help = text(&run(&["--help"], None).stdout);
    assert!(help.contains("quorumscope report FILE [--format md|html|svg] [--depth 1|2]"));
    assert!(help.contains("quorumscope artifacts FILE [--json]"));
}
