//! The `quorumscope` command line: outputs and exit codes (0, 1, 2).

mod cli_support;

use cli_support::{example, run, text};

#[test]
fn check_prints_goals_table_and_findings_and_exits_0_without_errors() {
    let out = run(&["check", &example("masters-across-zones")], None);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("Survival goals"));
    assert!(stdout.contains("survives any node and zone failure"));
    assert!(stdout.contains("zone:us-east-1a"));
    assert!(stdout.contains("Findings: 0 errors"));
    assert!(out.stderr.is_empty());
}

#[test]
fn check_exits_1_on_error_findings() {
    let out = run(&["check", &example("masters-one-zone")], None);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("QS102"));
    assert!(
        stdout.contains("control-plane-lost"),
        "guidance facts are printed"
    );
}

#[test]
fn check_json_has_the_contract_keys() {
    let out = run(
        &[
            "check",
            &example("masters-one-zone"),
            "--json",
            "--depth",
            "2",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    let scenarios = report["scenarios"].as_array().expect("scenarios");
    let ids: Vec<&str> = scenarios.iter().filter_map(|s| s["id"].as_str()).collect();
    assert_eq!(ids[0], "none");
    for id in [
        "node:m1",
        "zone:us-east-1a",
        "region:us-east",
        "isolate:zone:us-east-1b",
        "isolate:region:us-east",
        "zone:us-east-1a+zone:us-east-1b",
        "node:m1+node:m2",
    ] {
        assert!(ids.contains(&id), "{id} listed");
    }
    let lost = scenarios
        .iter()
        .find(|s| s["id"] == "zone:us-east-1a")
        .expect("row");
    assert_eq!(lost["status"]["mesos-masters"], "down");
    assert_eq!(lost["status"]["web"], "degraded");
    let zone = report["goals"]
        .as_array()
        .expect("goals")
        .iter()
        .find(|g| g["scenario_class"] == "zone")
        .expect("zone goal");
    assert_eq!(zone["survived"], false);
    assert!(
        zone["failing"]
            .as_array()
            .expect("failing")
            .contains(&"mesos-masters".into())
    );
    let finding = &report["findings"][0];
    assert_eq!(finding["severity"], "error");
    assert!(
        finding["rule"]
            .as_str()
            .is_some_and(|r| r.starts_with("QS"))
    );
    assert!(
        finding["subjects"]
            .as_array()
            .is_some_and(|s| !s.is_empty())
    );
    assert_eq!(report["truncated"], false);
}

#[test]
fn unreadable_input_exits_2_with_the_message_on_stderr_only() {
    let out = run(
        &["check", "-"],
        Some("{\"format\": \"quorumscope-layout\", \"version\": 1, \"regions\": [}"),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(
        text(&out.stderr).contains("line 1, column"),
        "{}",
        text(&out.stderr)
    );

    let out = run(&["check", "/nonexistent/layout.json"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(text(&out.stderr).contains("cannot read"));

    let too_new = r#"{"format": "quorumscope-layout", "version": 9, "regions": []}"#;
    let out = run(&["check", "-", "--json"], Some(too_new));
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(
        text(&out.stderr).contains("version 9"),
        "{}",
        text(&out.stderr)
    );

    let bad_refs = r#"{"format": "quorumscope-layout", "version": 1, "regions": [],
        "components": [{"id": "zk", "kind": "quorum", "members": ["ghost"]}]}"#;
    let out = run(&["check", "-"], Some(bad_refs));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("$.components[0].members[0]"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["check"][..],
        &["check", "a.json", "--depth", "3"],
        &["nonsense"],
    ] {
        let out = run(args, None);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        assert!(text(&out.stderr).contains("Usage"));
    }
}

#[test]
fn rules_lists_every_rule_with_its_documentation() {
    let out = run(&["rules"], None);
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    for rule in quorumscope::rules::registry() {
        let doc = rule.doc();
        assert!(
            stdout.contains(doc.code) && stdout.contains(doc.name) && stdout.contains(doc.fix),
            "{}",
            doc.code
        );
    }
    let one = run(&["rules", "QS102"], None);
    assert!(text(&one.stdout).contains("quorum-majority-in-one-zone"));
    assert_eq!(run(&["rules", "QS999"], None).status.code(), Some(2));
}

#[test]
fn schema_is_the_documented_schema() {
    let out = run(&["schema"], None);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(text(&out.stdout), quorumscope::io::schema_json());
}
