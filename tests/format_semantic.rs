//! Semantic load errors (ids, references, dependencies, min_available,
//! links): one test per class, each asserting the path and the message.

mod format_support;

use format_support::{base, errors, only, with};
use quorumscope::io;
use serde_json::{Value, json};

#[test]
fn unknown_reference() {
    only(
        &with("/components/0/members/2", json!("m7")),
        "$.components[0].members[2]",
        "unknown node \"m7\"",
    );
    only(
        &with("/components/1/depends_on/0", json!("zoo")),
        "$.components[1].depends_on[0]",
        "unknown component \"zoo\"",
    );
    only(
        &with("/links/0/between/1", json!("mars")),
        "$.links[0].between[1]",
        "unknown region or zone \"mars\"",
    );
}

#[test]
fn reference_to_the_wrong_kind_of_thing() {
    only(
        &with("/components/0/members/2", json!("z1")),
        "$.components[0].members[2]",
        "\"z1\" is a zone, not a node",
    );
    only(
        &with("/components/0/members/2", json!("web")),
        "$.components[0].members[2]",
        "\"web\" is a component, not a node",
    );
    only(
        &with("/components/1/depends_on/0", json!("m1")),
        "$.components[1].depends_on[0]",
        "\"m1\" is a node, not a component",
    );
    only(
        &with("/links/0/between/1", json!("k1")),
        "$.links[0].between[1]",
        "\"k1\" is a rack; a link joins two regions or two zones",
    );
}

#[test]
fn duplicate_id_names_both_places() {
    only(
        &with("/components/2/id", json!("z2")),
        "$.components[2].id",
        "duplicate id \"z2\" (first used at $.regions[0].zones[1].id, by a zone)",
    );
    only(
        &with("/regions/2/id", json!("k1")),
        "$.regions[2].id",
        "duplicate id \"k1\" (first used at $.regions[0].zones[0].racks[0].id, by a rack)",
    );
}

#[test]
fn empty_id() {
    only(
        &with("/regions/2/id", json!("")),
        "$.regions[2].id",
        "id is empty: every id must be a non-empty string",
    );
}

#[test]
fn id_holding_the_pair_joiner_of_its_own_level() {
    // Zones "a", "b" and "a+zone:b": `zone:a+zone:b` would name two things.
    let mut doc = base();
    doc["regions"][1]["zones"] = json!([{ "id": "a" }, { "id": "b" }, { "id": "a+zone:b" }]);
    only(
        &doc.to_string(),
        "$.regions[1].zones[2].id",
        "zone id \"a+zone:b\" contains \"+zone:\", which joins the two zones of a pair \
         in scenario ids (zone:a+zone:b); rename it",
    );
    only(
        &with("/unplaced/0/id", json!("spare+node:m1")),
        "$.unplaced[0].id",
        "node id \"spare+node:m1\" contains \"+node:\", which joins the two nodes of a pair \
         in scenario ids (node:spare+node:m1); rename it",
    );
    only(
        &with("/regions/0/zones/0/racks/0/id", json!("k+rack:")),
        "$.regions[0].zones[0].racks[0].id",
        "rack id \"k+rack:\" contains \"+rack:\", which joins the two racks of a pair \
         in scenario ids (rack:k+rack:); rename it",
    );
    only(
        &with("/regions/2/id", json!("+region:r")),
        "$.regions[2].id",
        "region id \"+region:r\" contains \"+region:\", which joins the two regions of a pair \
         in scenario ids (region:+region:r); rename it",
    );
}

#[test]
fn plus_and_colon_are_allowed_otherwise() {
    // Only the joiner of the id's own level is ambiguous; components never
    // appear in scenario ids.
    let mut doc = base();
    doc["regions"][1]["zones"] = json!([
        { "id": "a+b" }, { "id": "zone:a" }, { "id": "a+node:b" }, { "id": "a+zone" },
        { "id": "a+Zone:b" }, { "id": "isolate:zone:a" }
    ]);
    doc["regions"][2]["id"] = json!("r3+zone:z1");
    doc["unplaced"][0]["id"] = json!("spare+rack:k1+region:r1");
    doc["components"][2]["id"] = json!("web+zone:z1+node:m1");
    let text = doc.to_string();
    let result = io::load(&text);
    assert!(result.is_ok(), "{:#?}", result.err());
}

#[test]
fn node_placed_twice() {
    only(
        &with("/regions/0/zones/1/nodes/1/id", json!("m2")),
        "$.regions[0].zones[1].nodes[1].id",
        "node \"m2\" is placed twice (first at $.regions[0].zones[0].racks[0].nodes[1].id)",
    );
    only(
        &with("/unplaced/0/id", json!("m1")),
        "$.unplaced[0].id",
        "node \"m1\" is placed twice (first at $.regions[0].zones[0].racks[0].nodes[0].id)",
    );
}

#[test]
fn member_twice_or_member_and_observer() {
    only(
        &with("/components/0/members/2", json!("m1")),
        "$.components[0].members[2]",
        "node \"m1\" is listed twice in members (first at $.components[0].members[0])",
    );
    only(
        &with("/components/0/observers", json!(["m2"])),
        "$.components[0].observers[0]",
        "node \"m2\" is both a member and an observer (member at $.components[0].members[1])",
    );
}

#[test]
fn observers_only_on_quorums() {
    only(
        &with("/components/1/observers", json!(["m3"])),
        "$.components[1].observers",
        "observers apply to quorum components only; this one is leader",
    );
}

#[test]
fn self_dependency() {
    only(
        &with("/components/1/depends_on/0", json!("marathon")),
        "$.components[1].depends_on[0]",
        "component \"marathon\" depends on itself",
    );
}

#[test]
fn dependency_cycle_shows_its_path() {
    only(
        &with("/components/0/depends_on", json!(["marathon"])),
        "$.components[1].depends_on[0]",
        "dependency cycle: zk -> marathon -> zk",
    );
    let text = with("/components/2/depends_on", json!(["marathon"]));
    let text = {
        let mut doc: Value = serde_json::from_str(&text).expect("json");
        doc["components"][0]["depends_on"] = json!(["web"]);
        doc.to_string()
    };
    // zk -> web -> marathon -> zk: one cycle, reported once.
    only(
        &text,
        "$.components[1].depends_on[0]",
        "dependency cycle: zk -> web -> marathon -> zk",
    );
}

#[test]
fn unknown_references_are_kept_unless_part_of_the_tree_was_lost() {
    let mut doc = base();
    doc["components"][0]["members"][2] = json!("m7");
    doc["regions"][0]["zones"][1]["nodes"][0]["cpus"] = json!("x");
    let found = errors(&doc.to_string());
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[1].message, "unknown node \"m7\"");
    // Zone z2 unreadable: "a1" looks unknown only because z2 was lost.
    doc["regions"][0]["zones"][1] = json!(["z2"]);
    let found = errors(&doc.to_string());
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].path, "$.regions[0].zones[1]");
}

#[test]
fn duplicate_dependency() {
    only(
        &with("/components/1/depends_on", json!(["zk", "zk"])),
        "$.components[1].depends_on[1]",
        "dependency \"zk\" is listed twice (first at $.components[1].depends_on[0])",
    );
}

#[test]
fn min_available_bounds() {
    only(
        &with("/components/2/min_available", json!(0)),
        "$.components[2].min_available",
        "min_available must be at least 1",
    );
    only(
        &with("/components/2/min_available", json!(3)),
        "$.components[2].min_available",
        "min_available is 3 but the component has only 2 member(s)",
    );
    only(
        &with("/components/2/min_available", json!(5_000_000_000u64)),
        "$.components[2].min_available",
        "5000000000 is too large: larger than any possible count (at most 4294967295)",
    );
    let mut doc = base();
    doc["components"][0]["min_available"] = json!(2);
    only(
        &doc.to_string(),
        "$.components[0].min_available",
        "min_available applies to replicated components only; this one is quorum",
    );
}

#[test]
fn link_problems() {
    only(
        &with("/links/0/between", json!(["r1", "r1"])),
        "$.links[0].between",
        "a link joins two distinct domains; both ends are \"r1\"",
    );
    only(
        &with("/links/0/between", json!(["r1"])),
        "$.links[0].between",
        "expected two ids, found 1",
    );
    only(
        &with("/links/0/between", json!("r1-r2")),
        "$.links[0].between",
        "expected an array of two ids, found the string \"r1-r2\"",
    );
    only(
        &with("/links/0/between", json!(["r1", "z1"])),
        "$.links[0].between",
        "a link joins two regions or two zones, not a region (\"r1\") and a zone (\"z1\")",
    );
    let mut doc = base();
    doc["links"] = json!([
        { "between": ["z1", "z2"], "latency_ms": 2 },
        { "between": ["z2", "z1"], "latency_ms": 3 }
    ]);
    only(
        &doc.to_string(),
        "$.links[1].between",
        "duplicate link between \"z2\" and \"z1\" (first at $.links[0].between)",
    );
}
