//! DC/OS artifacts: fault-domain detect output per node, Marathon
//! constraints per app, stable JSON and readable text.

use quorumscope::export::{artifacts, fault_domain_json, preset};
use quorumscope::model::{Component, ComponentKind, Layout, Node, Rack, Region, Zone};

fn c(parts: &[&str]) -> Vec<String> {
    parts.iter().map(|s| s.to_string()).collect()
}

#[test]
fn the_detect_output_is_the_dcos_fault_domain_form() {
    let json = fault_domain_json("aws/us-west-2", "aws/us-west-2a");
    assert_eq!(
        json,
        r#"{"fault_domain":{"region":{"name":"aws/us-west-2"},"zone":{"name":"aws/us-west-2a"}}}"#
    );
    let v: serde_json::Value = serde_json::from_str(&fault_domain_json("a\"b", "z")).expect("JSON");
    assert_eq!(v["fault_domain"]["region"]["name"], "a\"b");
}

#[test]
fn masters_across_zones_spreads_over_zones_and_hosts() {
    let layout = preset("masters-across-zones").expect("preset").layout();
    let a = artifacts(&layout);
    assert_eq!(
        a.fault_domains.len(),
        layout.nodes().count() - layout.unplaced.len()
    );
    let m1 = a.fault_domains.iter().find(|d| d.node == "m1").expect("m1");
    assert_eq!(m1.detect_output, fault_domain_json("us-east", "us-east-1a"));
    assert_eq!(m1.attributes, None, "masters run no tasks");
    let a1 = a.fault_domains.iter().find(|d| d.node == "a1").expect("a1");
    assert_eq!(a1.attributes.as_deref(), Some("zone:us-east-1a"));
    // Quorums, and Marathon on the masters, are installed by DC/OS itself,
    // not launched by Marathon.
    assert!(a.constraints.iter().all(|x| x.component != "zookeeper"));
    assert!(a.constraints.iter().all(|x| x.component != "marathon"));
    let db = a
        .constraints
        .iter()
        .find(|x| x.component == "db")
        .expect("db");
    assert_eq!(db.kind, "replicated");
    assert_eq!(
        db.constraints,
        vec![
            c(&["hostname", "UNIQUE"]),
            c(&["@region", "IS", "us-east"]),
            c(&["@zone", "GROUP_BY", "3"])
        ]
    );
}

#[test]
fn one_member_pins_racks_group_and_regions_group() {
    let node = |id: &str| Node::new(id);
    let layout = Layout {
        regions: vec![
            Region {
                id: "r1".into(),
                label: None,
                zones: vec![Zone {
                    id: "z1".into(),
                    racks: vec![
                        Rack {
                            id: "k1".into(),
                            label: None,
                            nodes: vec![node("a")],
                        },
                        Rack {
                            id: "k2".into(),
                            label: None,
                            nodes: vec![node("b")],
                        },
                    ],
                    ..Zone::default()
                }],
            },
            Region {
                id: "r2".into(),
                label: None,
                zones: vec![Zone {
                    id: "z2".into(),
                    nodes: vec![node("c")],
                    ..Zone::default()
                }],
            },
        ],
        unplaced: vec![node("u")],
        components: vec![
            Component::new("one", ComponentKind::Replicated, &["c", "u"]),
            Component::new("racked", ComponentKind::Replicated, &["a", "b"]),
            Component::new("wide", ComponentKind::Replicated, &["a", "c"]),
            Component::new("nowhere", ComponentKind::Leader, &["u"]),
        ],
        ..Layout::default()
    };
    let a = artifacts(&layout);
    let of = |id: &str| {
        a.constraints
            .iter()
            .find(|x| x.component == id)
            .expect(id)
            .constraints
            .clone()
    };
    assert_eq!(
        of("one"),
        vec![c(&["@region", "IS", "r2"]), c(&["@zone", "IS", "z2"])]
    );
    assert_eq!(
        of("racked"),
        vec![
            c(&["hostname", "UNIQUE"]),
            c(&["@region", "IS", "r1"]),
            c(&["@zone", "IS", "z1"]),
            c(&["rack", "GROUP_BY", "2"])
        ]
    );
    assert_eq!(
        of("wide"),
        vec![
            c(&["hostname", "UNIQUE"]),
            c(&["@region", "GROUP_BY", "2"]),
            c(&["@zone", "GROUP_BY", "2"])
        ]
    );
    assert!(of("nowhere").is_empty());
    let a_node = a.fault_domains.iter().find(|d| d.node == "a").expect("a");
    assert_eq!(a_node.rack.as_deref(), Some("k1"));
    assert_eq!(a_node.attributes.as_deref(), Some("zone:z1;rack:k1"));
    assert!(
        a.fault_domains.iter().all(|d| d.node != "u"),
        "unplaced nodes have no domain"
    );
}

#[test]
fn json_is_stable_and_text_lists_everything() {
    for p in quorumscope::export::presets() {
        let a = artifacts(&p.layout());
        let json = a.to_json();
        assert_eq!(json, artifacts(&p.layout()).to_json());
        let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
        assert!(v["fault_domains"].is_array() && v["constraints"].is_array());
        let keys: Vec<&String> = v.as_object().expect("object").keys().collect();
        assert_eq!(keys, ["fault_domains", "constraints"]);
        let text = a.to_text();
        for d in &a.fault_domains {
            assert!(text.contains(&d.detect_output), "{}", p.id);
        }
        for x in &a.constraints {
            assert!(text.contains(&serde_json::to_string(&x.constraints).unwrap()));
        }
    }
}
