//! Share links: round trips, and every broken link refused with a clear
//! message, never a panic, never an unbounded allocation.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use miniz_oxide::deflate::compress_to_vec_zlib;
use proptest::prelude::*;
use quorumscope::export::{LINK_PREFIX, MAX_LINK_BYTES, decode, encode, link_fits};
use quorumscope::io;
use quorumscope::model::{Component, ComponentKind, Layout, Node, Rack, Region, Zone};

mod examples_support;

use examples_support::{EXAMPLES, example};

/// A link around any bytes, zlib-packed.
fn link_of(bytes: &[u8]) -> String {
    format!(
        "{LINK_PREFIX}{}",
        URL_SAFE_NO_PAD.encode(compress_to_vec_zlib(bytes, 6))
    )
}

#[test]
fn every_example_round_trips_and_fits_in_a_url() {
    for name in EXAMPLES {
        let layout = example(name);
        let link = encode(&layout);
        assert!(link.starts_with("qs1."), "{link}");
        assert!(link_fits(&link), "{name}: {} bytes", link.len());
        assert!(
            link.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b))
        );
        assert_eq!(decode(&link).as_ref(), Ok(&layout), "{name}");
        assert_eq!(decode(&format!("#{link}")).as_ref(), Ok(&layout), "{name}");
    }
}

#[test]
fn link_fits_is_the_byte_limit() {
    assert!(link_fits(&"a".repeat(MAX_LINK_BYTES)));
    assert!(!link_fits(&"a".repeat(MAX_LINK_BYTES + 1)));
}

#[test]
fn a_zip_bomb_is_refused_without_unpacking_it() {
    let zeros = vec![0u8; 50 * 1024 * 1024];
    let link = link_of(&zeros);
    assert!(link.len() < 200_000, "the bomb is small: {}", link.len());
    let message = decode(&link).expect_err("refused");
    assert!(message.contains("larger than"), "{message}");
}

#[test]
fn a_newer_link_version_names_both_versions() {
    let message = decode("#qs2.eJwDAAAAAAE").expect_err("newer");
    assert_eq!(
        message,
        "this link was made by a newer Quorumscope (link version 2); this one reads version 1"
    );
}

#[test]
fn broken_links_say_what_is_wrong() {
    let cases = [
        ("", "empty"),
        ("#", "empty"),
        ("https://example.com/", "not a Quorumscope link"),
        ("qs1.***", "garbled"),
        ("qs1.AAAA", "corrupt"),
    ];
    for (link, want) in cases {
        let message = decode(link).expect_err(link);
        assert!(message.contains(want), "{link:?}: {message}");
    }
    let link = encode(&example("masters-across-zones"));
    for end in [link.len() / 2, link.len() / 8 * 4, link.len() - 1] {
        let message = decode(&link[..end]).expect_err("truncated");
        assert!(message.contains("cut short"), "{end}: {message}");
    }
}

#[test]
fn invalid_layouts_inside_a_link_list_their_problems() {
    let message = decode(&link_of(
        b"{\"format\": \"quorumscope-layout\", \"version\": 1, \"regions\": 3}",
    ))
    .expect_err("invalid");
    assert!(
        message.starts_with("the link's layout is invalid: $.regions"),
        "{message}"
    );
    let message = decode(&link_of(&[0xff, 0xfe])).expect_err("not text");
    assert!(message.contains("UTF-8"), "{message}");
}

#[test]
fn every_cut_and_every_flipped_character_is_handled() {
    let link = encode(&example("single-zone"));
    for end in 0..link.len() {
        let _ = decode(&link[..end]);
    }
    for (i, c) in link.char_indices() {
        for with in ['A', '-', '_', '9', '=', '%', 'é'] {
            if c != with {
                let mut broken = link.clone();
                broken.replace_range(i..i + c.len_utf8(), &with.to_string());
                let _ = decode(&broken);
            }
        }
    }
}

fn random_layout() -> impl Strategy<Value = Layout> {
    let names = prop::collection::vec("\\PC{0,8}", 1..12);
    let shape = prop::collection::vec((0usize..3, 0usize..4, any::<bool>()), 0..12);
    (any::<String>(), names, shape, 0u8..4).prop_map(|(name, labels, shape, comps)| {
        let mut layout = Layout {
            name,
            ..Layout::default()
        };
        let mut nodes = Vec::new();
        for (i, (region, zone, racked)) in shape.into_iter().enumerate() {
            let (region_id, zone_id) = (format!("r{region}"), format!("z{region}-{zone}"));
            if !layout.regions.iter().any(|r| r.id == region_id) {
                layout.regions.push(Region {
                    id: region_id.clone(),
                    ..Region::default()
                });
            }
            let r = layout
                .regions
                .iter_mut()
                .find(|r| r.id == region_id)
                .unwrap();
            if !r.zones.iter().any(|z| z.id == zone_id) {
                r.zones.push(Zone {
                    id: zone_id.clone(),
                    label: labels.get(i % labels.len()).cloned(),
                    ..Zone::default()
                });
            }
            let z = r.zones.iter_mut().find(|z| z.id == zone_id).unwrap();
            let node = Node::new(format!("n{i}:{}", labels[i % labels.len()]));
            nodes.push(node.id.clone());
            if racked {
                z.racks.push(Rack {
                    id: format!("k{i}"),
                    nodes: vec![node],
                    ..Rack::default()
                });
            } else {
                z.nodes.push(node);
            }
        }
        for c in 0..comps {
            let members: Vec<&str> = nodes
                .iter()
                .skip(usize::from(c))
                .map(String::as_str)
                .collect();
            let kind = [
                ComponentKind::Quorum,
                ComponentKind::Leader,
                ComponentKind::Replicated,
            ];
            let component = Component::new(format!("c{c}"), kind[usize::from(c) % 3], &members);
            layout.components.push(component);
        }
        layout
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn random_layouts_round_trip(layout in random_layout()) {
        prop_assert!(io::validate(&layout).is_empty(), "{:?}", io::validate(&layout));
        prop_assert_eq!(decode(&encode(&layout)), Ok(layout));
    }

    #[test]
    fn any_text_is_refused_or_read_never_a_panic(text in "\\PC{0,64}", prefixed in any::<bool>()) {
        let link = if prefixed { format!("qs1.{text}") } else { text };
        let _ = decode(&link);
    }
}
