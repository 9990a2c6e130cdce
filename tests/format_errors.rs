//! Load errors of syntax, structure and header: one test per class, each
//! asserting the path and the message. References and ids: format_semantic.rs.

mod format_support;

use format_support::{base, errors, only, with};
use quorumscope::io::{self, LoadError};
use serde_json::json;

#[test]
fn base_is_valid() {
    assert!(io::load(&base().to_string()).is_ok());
}

#[test]
fn truncated_json_gives_line_and_column() {
    let errors =
        errors("{\n  \"format\": \"quorumscope-layout\",\n  \"version\": 1,\n  \"regions\": [\n");
    assert_eq!(errors.len(), 1);
    let e = &errors[0];
    // serde_json says column 0 just after a line break; columns are 1-based.
    assert_eq!((e.path.as_str(), e.line, e.column), ("$", Some(5), Some(1)));
    assert_eq!(
        e.to_string(),
        "at line 5, column 1: EOF while parsing a list"
    );
}

#[test]
fn syntax_error_gives_line_and_column() {
    let e = &errors("{\n  \"format\": \"quorumscope-layout\"\n  \"version\": 1\n}")[0];
    assert_eq!((e.line, e.column), (Some(3), Some(3)));
    assert_eq!(e.to_string(), "at line 3, column 3: expected `,` or `}`");
}

#[test]
fn key_given_twice() {
    let text = r#"{"format":"quorumscope-layout","version":1,"regions":[{"id":"r","id":"s"}]}"#;
    only(
        text,
        "$.regions[0].id",
        "key \"id\" is given twice in the same object",
    );
}

#[test]
fn not_an_object() {
    only(
        "[1, 2]",
        "$",
        "expected a layout (an object), found an array",
    );
}

#[test]
fn wrong_types() {
    only(
        &with("/regions/0/zones/0/nodes/0/cpus", json!("x")),
        "$.regions[0].zones[0].nodes[0].cpus",
        "expected a number, found the string \"x\"",
    );
    only(
        &with("/regions/2/id", json!(7)),
        "$.regions[2].id",
        "expected a string, found 7",
    );
    only(
        &with("/regions/0/zones", json!({})),
        "$.regions[0].zones",
        "expected an array, found an object",
    );
    only(
        &with("/components/0/members/1", json!(null)),
        "$.components[0].members[1]",
        "expected a string, found null",
    );
    only(
        &with("/regions/1", json!("r2")),
        "$.regions[1]",
        "expected a region (an object), found the string \"r2\"",
    );
    only(
        &with("/name", json!(["x"])),
        "$.name",
        "expected a string, found an array",
    );
    only(
        &with("/components/2/min_available", json!(1.5)),
        "$.components[2].min_available",
        "expected a non-negative integer, found 1.5",
    );
}

#[test]
fn missing_required_field() {
    let mut doc = base();
    doc["components"][1]
        .as_object_mut()
        .expect("object")
        .remove("kind");
    only(
        &doc.to_string(),
        "$.components[1].kind",
        "missing required field \"kind\"; expected one of: quorum, leader, replicated",
    );
    only(
        &with("/links/0", json!({ "between": ["r1", "r2"] })),
        "$.links[0].latency_ms",
        "missing required field \"latency_ms\"",
    );
    only(
        &with("/unplaced/0", json!({ "label": "a" })),
        "$.unplaced[0].id",
        "missing required field \"id\"",
    );
}

#[test]
fn unknown_field_names_key_and_allowed_ones() {
    only(
        &with("/regions/0/zones/0/nodes/0/ram", json!(4)),
        "$.regions[0].zones[0].nodes[0].ram",
        "unknown field \"ram\" in a node; allowed fields: id, label, ip, cpus, mem_gib, kind",
    );
    only(
        &with("/extra key", json!(true)),
        "$[\"extra key\"]",
        "unknown field \"extra key\" in a layout; allowed fields: format, version, name, regions, unplaced, components, links",
    );
}

#[test]
fn wrong_enum_values_name_the_allowed_ones() {
    only(
        &with("/components/0/kind", json!("raft")),
        "$.components[0].kind",
        "unknown kind \"raft\"; expected one of: quorum, leader, replicated",
    );
    only(
        &with("/regions/0/zones/0/nodes/0/kind", json!("worker")),
        "$.regions[0].zones[0].nodes[0].kind",
        "unknown kind \"worker\"; expected one of: master, agent, public-agent, bootstrap, generic",
    );
    only(
        &with("/components/0/role", json!(3)),
        "$.components[0].role",
        "expected one of: coordination, control-plane, scheduler, load-balancer, database, service; found 3",
    );
}

#[test]
fn negative_numbers() {
    only(
        &with("/regions/0/zones/0/nodes/0/cpus", json!(-1)),
        "$.regions[0].zones[0].nodes[0].cpus",
        "expected a non-negative number, found -1",
    );
    only(
        &with("/links/0/latency_ms", json!(-0.5)),
        "$.links[0].latency_ms",
        "expected a non-negative number, found -0.5",
    );
    only(
        &with("/components/2/min_available", json!(-1)),
        "$.components[2].min_available",
        "expected a non-negative integer, found -1",
    );
}

#[test]
fn wrong_format_is_reported_alone() {
    let mut doc = base();
    doc["format"] = json!("kubernetes-manifest");
    doc["regions"] = json!(42);
    only(
        &doc.to_string(),
        "$.format",
        "this is not a Quorumscope layout: format is the string \"kubernetes-manifest\", expected \"quorumscope-layout\"",
    );
    let mut doc = base();
    doc.as_object_mut().expect("object").remove("format");
    only(
        &doc.to_string(),
        "$.format",
        "missing field \"format\": a Quorumscope layout starts with \"format\": \"quorumscope-layout\"",
    );
}

#[test]
fn version_too_new_is_reported_alone() {
    let mut doc = base();
    doc["version"] = json!(2);
    doc["regions"][0]["racks_v2"] = json!([]);
    only(
        &doc.to_string(),
        "$.version",
        "this file is layout format version 2; this build of Quorumscope reads versions up to 1: update Quorumscope",
    );
}

#[test]
fn version_zero_negative_fractional_or_missing() {
    only(
        &with("/version", json!(0)),
        "$.version",
        "version 0 does not exist: layout versions start at 1",
    );
    only(
        &with("/version", json!(-1)),
        "$.version",
        "version must be a whole number from 1 to 1, found -1",
    );
    only(
        &with("/version", json!(1.0)),
        "$.version",
        "version must be a whole number from 1 to 1, found 1.0",
    );
    only(
        &with("/version", json!("1")),
        "$.version",
        "version must be a whole number from 1 to 1, found the string \"1\"",
    );
    let mut doc = base();
    doc.as_object_mut().expect("object").remove("version");
    only(
        &doc.to_string(),
        "$.version",
        "missing field \"version\" (this build writes version 1)",
    );
}

#[test]
fn display_uses_path_or_line() {
    let e = LoadError::at("$.components[2].members[1]", "unknown node \"x\"");
    assert_eq!(
        e.to_string(),
        "at $.components[2].members[1]: unknown node \"x\""
    );
}
