//! The rule registry as a whole: codes, documentation, ordering, the
//! generated docs/rules.md, and a well-designed layout that stays clean.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use quorumscope::model::Layout;
use quorumscope::rules::{Severity, check_all, find, registry, rules_markdown};

fn layout(json: &str) -> Layout {
    serde_json::from_str(json).expect("fixture layout parses")
}

#[test]
fn codes_are_unique_sorted_and_themed() {
    let codes: Vec<&str> = registry().iter().map(|r| r.doc().code).collect();
    let mut sorted = codes.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(codes, sorted, "codes must be unique and sorted");
    for code in &codes {
        let digits = code.strip_prefix("QS").expect("code starts with QS");
        assert_eq!(digits.len(), 3, "{code}");
        assert!(digits.chars().all(|c| c.is_ascii_digit()), "{code}");
        assert!(
            ('1'..='5').contains(&digits.chars().next().unwrap_or('0')),
            "{code} theme"
        );
    }
    assert!(codes.len() >= 20, "at least the rules of the brief");
}

#[test]
fn names_are_unique_kebab_case_and_fields_filled() {
    let mut names = HashSet::new();
    for rule in registry() {
        let d = rule.doc();
        assert!(names.insert(d.name), "duplicate name {}", d.name);
        assert!(
            d.name.split('-').all(|w| !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())),
            "{} is not kebab-case",
            d.name
        );
        for (field, text) in [
            ("what", d.what),
            ("why", d.why),
            ("guidance", d.guidance),
            ("fix", d.fix),
        ] {
            assert!(!text.trim().is_empty(), "{} has an empty {field}", d.code);
            assert!(
                !text.contains("  "),
                "{} {field} has a double space: {text:?}",
                d.code
            );
        }
    }
}

#[test]
fn find_returns_each_rule_by_code() {
    for rule in registry() {
        let found = find(rule.doc().code).expect("every code is found");
        assert_eq!(found.doc().name, rule.doc().name);
    }
    assert!(find("QS999").is_none());
    assert!(find("").is_none());
}

fn guidance_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/guidance");
    dir.is_dir().then_some(dir)
}

/// `file.md, Section (note); Other section; other.md, Section` into (file, section) pairs.
fn citations(guidance: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut file = String::new();
    for part in guidance.split(';').map(str::trim) {
        let section = match part.split_once(", ") {
            Some((f, rest)) if f.ends_with(".md") || f.ends_with(".txt") => {
                file = f.to_string();
                rest
            }
            _ => part,
        };
        let section = section.split(" (").next().unwrap_or(section).trim();
        out.push((file.clone(), section.to_string()));
    }
    out
}

#[test]
fn every_guidance_cites_an_existing_file_and_section() {
    for rule in registry() {
        let d = rule.doc();
        let cited = citations(d.guidance);
        assert!(
            !cited.is_empty() && cited.iter().all(|(f, s)| !f.is_empty() && !s.is_empty()),
            "{}",
            d.code
        );
        let Some(dir) = guidance_dir() else { continue };
        for (file, section) in cited {
            let text = std::fs::read_to_string(dir.join(&file)).unwrap_or_else(|_| {
                panic!("{} cites {file}, which is not in shared/guidance", d.code)
            });
            assert!(
                text.to_lowercase().contains(&section.to_lowercase()),
                "{} cites section {section:?}, not found in {file}",
                d.code
            );
        }
    }
}

#[test]
fn markdown_documents_every_rule_with_its_full_text() {
    let md = rules_markdown();
    for rule in registry() {
        let d = rule.doc();
        assert!(
            md.contains(&format!("## {} {}", d.code, d.name)),
            "{}",
            d.code
        );
        for text in [d.what, d.why, d.guidance, d.fix] {
            assert!(
                md.contains(text),
                "{} text missing from the Markdown",
                d.code
            );
        }
    }
}

#[test]
fn docs_rules_md_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    let expected = rules_markdown();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(&path, &expected).expect("write docs/rules.md");
        return;
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "docs/rules.md is stale: run `UPDATE_DOCS=1 cargo test --test rules_registry`"
    );
}

/// The spec's example: unplaced voters, unknown members, no roles given.
const SPEC_EXAMPLE: &str = r#"{
  "name": "Three zones, one region",
  "regions": [
    { "id": "us-east", "label": "US East",
      "zones": [
        { "id": "us-east-a",
          "racks": [ { "id": "a-r1", "nodes": [ { "id": "m1", "ip": "10.0.1.11" } ] } ],
          "nodes": [ { "id": "agent-1", "cpus": 8, "mem_gib": 32 } ] }
      ] }
  ],
  "unplaced": [ { "id": "m9" } ],
  "components": [
    { "id": "mesos-masters", "kind": "quorum", "members": ["m1", "m2", "m3"] },
    { "id": "zookeeper", "kind": "quorum", "members": ["m1", "m2", "m3"], "observers": ["o1"] },
    { "id": "marathon", "kind": "leader", "members": ["m1", "m2", "m3"], "depends_on": ["zookeeper"] },
    { "id": "web", "kind": "replicated", "members": ["agent-1", "agent-2"], "min_available": 1, "depends_on": ["db"] },
    { "id": "db", "kind": "replicated", "members": ["agent-3"] }
  ],
  "links": [ { "between": ["us-east", "eu-west"], "latency_ms": 120 } ]
}"#;

#[test]
fn check_all_is_sorted_and_deterministic() {
    let l = layout(SPEC_EXAMPLE);
    let first = check_all(&l);
    assert_eq!(first, check_all(&l));
    assert!(!first.is_empty());
    for pair in first.windows(2) {
        let key = |f: &quorumscope::rules::Finding| (f.severity, f.rule, f.subjects.clone());
        assert!(
            key(&pair[0]) <= key(&pair[1]),
            "{:?} before {:?}",
            pair[0],
            pair[1]
        );
    }
    let codes: Vec<&str> = first.iter().map(|f| f.rule).collect();
    // Two of three masters are not placed; db runs once; m9 is unplaced.
    for code in ["QS109", "QS302", "QS305"] {
        assert!(codes.contains(&code), "{code} missing from {codes:?}");
    }
}

#[test]
fn findings_serialize_as_the_report_contract() {
    let l = layout(SPEC_EXAMPLE);
    let f = check_all(&l)
        .into_iter()
        .find(|f| f.rule == "QS305")
        .expect("unplaced finding");
    let json = serde_json::to_value(&f).expect("serializes");
    assert_eq!(json["rule"], "QS305");
    assert_eq!(json["severity"], "warning");
    assert_eq!(json["subjects"], serde_json::json!(["m9"]));
    assert!(json["message"].as_str().is_some_and(|m| m.contains("m9")));
    assert_eq!(
        serde_json::to_value(Severity::Error).ok(),
        Some(serde_json::json!("error"))
    );
    assert_eq!(Severity::Info.as_str(), "info");
}

/// Three zones of one region, designed by the book.
const GOOD: &str = r#"{
  "name": "Good: three zones, one region",
  "regions": [ { "id": "us-east", "zones": [
    { "id": "us-east-a", "racks": [ { "id": "a-r1", "nodes": [
        { "id": "m1", "ip": "10.0.1.11", "kind": "master" },
        { "id": "a1", "ip": "10.0.1.21", "kind": "agent", "cpus": 8, "mem_gib": 32 },
        { "id": "p1", "ip": "10.0.1.31", "kind": "public-agent", "cpus": 4, "mem_gib": 16 } ] } ] },
    { "id": "us-east-b", "racks": [ { "id": "b-r1", "nodes": [
        { "id": "m2", "ip": "10.0.2.11", "kind": "master" },
        { "id": "a2", "ip": "10.0.2.21", "kind": "agent", "cpus": 8, "mem_gib": 32 },
        { "id": "p2", "ip": "10.0.2.31", "kind": "public-agent", "cpus": 4, "mem_gib": 16 } ] } ] },
    { "id": "us-east-c", "nodes": [
        { "id": "m3", "ip": "10.0.3.11", "kind": "master" },
        { "id": "a3", "ip": "10.0.3.21", "kind": "agent", "cpus": 8, "mem_gib": 32 } ] }
  ] } ],
  "components": [
    { "id": "zookeeper", "kind": "quorum", "role": "coordination", "members": ["m1", "m2", "m3"] },
    { "id": "mesos-masters", "kind": "quorum", "role": "control-plane", "members": ["m1", "m2", "m3"], "depends_on": ["zookeeper"] },
    { "id": "marathon", "kind": "leader", "role": "scheduler", "members": ["m1", "m2", "m3"], "depends_on": ["zookeeper"] },
    { "id": "edge-lb", "kind": "replicated", "role": "load-balancer", "members": ["p1", "p2"], "cpus": 1, "mem_gib": 2 },
    { "id": "web", "kind": "replicated", "role": "service", "members": ["a1", "a2", "a3"], "min_available": 2, "depends_on": ["db"], "cpus": 2, "mem_gib": 4 },
    { "id": "db", "kind": "replicated", "role": "database", "members": ["a1", "a2", "a3"], "min_available": 2, "cpus": 2, "mem_gib": 8 }
  ]
}"#;

#[test]
fn a_well_designed_layout_has_no_errors_or_warnings() {
    let findings = check_all(&layout(GOOD));
    let serious: Vec<_> = findings
        .iter()
        .filter(|f| f.severity != Severity::Info)
        .collect();
    assert!(serious.is_empty(), "{serious:#?}");
}

#[test]
fn breaking_the_good_layout_is_caught() {
    // Move two masters into zone a: a majority of the control plane in one zone.
    let bad = GOOD.replace(
        r#""members": ["m1", "m2", "m3"], "depends_on""#,
        r#""members": ["m1", "a1", "m3"], "depends_on""#,
    );
    let l = layout(&bad);
    let findings = check_all(&l);
    assert!(
        findings
            .iter()
            .any(|f| f.rule == "QS102" && f.subjects.contains(&"us-east-a".to_string())),
        "{findings:#?}"
    );
    // Cutting the database to one instance is caught too.
    let single_db = GOOD.replace(
        r#""role": "database", "members": ["a1", "a2", "a3"]"#,
        r#""role": "database", "members": ["a1"]"#,
    );
    assert!(
        check_all(&layout(&single_db))
            .iter()
            .any(|f| f.rule == "QS302")
    );
}
