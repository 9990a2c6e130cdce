//! Canvas layout: every item once, in tree order, children inside their
//! parents, siblings apart; hit testing and drop targets.

mod canvas_support;

use canvas_support::layouts;
use proptest::prelude::*;
use quorumscope::canvas::{Box2, NODE_H, NODE_W, Scene, Shape, scene};
use quorumscope::edit::{ItemKind, Target};
use quorumscope::io;
use quorumscope::model::Layout;

/// The items the layout should produce, in tree order, each with its
/// parent's index in that order (`None` for regions and the tray).
fn expected(layout: &Layout) -> Vec<(String, Shape, Option<usize>)> {
    let mut out = Vec::new();
    let node = Shape::Item(ItemKind::Node);
    for region in &layout.regions {
        let r = out.len();
        out.push((region.id.clone(), Shape::Item(ItemKind::Region), None));
        for zone in &region.zones {
            let z = out.len();
            out.push((zone.id.clone(), Shape::Item(ItemKind::Zone), Some(r)));
            for rack in &zone.racks {
                let k = out.len();
                out.push((rack.id.clone(), Shape::Item(ItemKind::Rack), Some(z)));
                out.extend(rack.nodes.iter().map(|n| (n.id.clone(), node, Some(k))));
            }
            out.extend(zone.nodes.iter().map(|n| (n.id.clone(), node, Some(z))));
        }
    }
    let t = out.len();
    out.push((String::new(), Shape::Tray, None));
    out.extend(
        layout
            .unplaced
            .iter()
            .map(|n| (n.id.clone(), node, Some(t))),
    );
    out
}

fn check(layout: &Layout, s: &Scene) -> Result<(), TestCaseError> {
    let want = expected(layout);
    let got: Vec<(&str, Shape)> = s.items.iter().map(|i| (i.id.as_str(), i.shape)).collect();
    let want_ids: Vec<(&str, Shape)> = want.iter().map(|(id, sh, _)| (id.as_str(), *sh)).collect();
    prop_assert_eq!(got, want_ids, "items in tree order, each once");
    let whole = Box2 {
        x: 0.0,
        y: 0.0,
        w: s.width,
        h: s.height,
    };
    for (i, (_, shape, parent)) in want.iter().enumerate() {
        let b = s.items[i].rect;
        prop_assert!(b.w > 0.0 && b.h > 0.0);
        prop_assert!(whole.encloses(&b), "{:?} outside the drawing", s.items[i]);
        if let Some(p) = parent {
            prop_assert!(
                s.items[*p].rect.encloses(&b),
                "{:?} outside {:?}",
                s.items[i],
                s.items[*p]
            );
        }
        if *shape == Shape::Item(ItemKind::Node) {
            prop_assert_eq!((b.w, b.h), (NODE_W, NODE_H));
        } else {
            // Containers keep room for a chip: a drop area even when empty.
            prop_assert!(b.w >= NODE_W && b.h >= NODE_H + 20.0);
        }
    }
    for i in 0..want.len() {
        for j in i + 1..want.len() {
            if want[i].2 == want[j].2 {
                let (a, b) = (&s.items[i], &s.items[j]);
                prop_assert!(!a.rect.overlaps(&b.rect), "siblings overlap: {a:?} {b:?}");
            }
        }
    }
    Ok(())
}

/// A point in an item's header band (inside it, outside its children).
fn header(s: &Scene, id: &str) -> (f64, f64) {
    let b = s.item(id).expect("item").rect;
    (b.x + 4.0, b.y + 4.0)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn random_layouts_keep_the_invariants(layout in layouts()) {
        let s = scene(&layout);
        check(&layout, &s)?;
        prop_assert_eq!(&scene(&layout), &s, "deterministic");
        for item in &s.items {
            let (cx, cy) = (item.rect.x + item.rect.w / 2.0, item.rect.y + item.rect.h / 2.0);
            let (hx, hy) = (item.rect.x + 3.0, item.rect.y + 3.0);
            match item.shape {
                Shape::Item(ItemKind::Node) => {
                    prop_assert_eq!(s.hit(cx, cy), Some(item));
                    let parent = s.items.iter().rev().find(|p| p.shape != item.shape && p.rect.encloses(&item.rect)).unwrap();
                    let want = match parent.shape {
                        Shape::Item(ItemKind::Rack) => Target::Rack(parent.id.clone()),
                        Shape::Item(ItemKind::Zone) => Target::Zone(parent.id.clone()),
                        _ => Target::Tray,
                    };
                    prop_assert_eq!(s.drop_target(cx, cy), Some(want));
                }
                Shape::Item(ItemKind::Rack) => prop_assert_eq!(s.drop_target(hx, hy), Some(Target::Rack(item.id.clone()))),
                Shape::Item(ItemKind::Zone) => {
                    prop_assert_eq!(s.drop_target(hx, hy), Some(Target::Zone(item.id.clone())));
                    prop_assert_eq!(s.container_at(hx, hy, ItemKind::Zone), Some(item));
                }
                Shape::Item(ItemKind::Region) => {
                    prop_assert_eq!(s.drop_target(hx, hy), None);
                    prop_assert_eq!(s.container_at(hx, hy, ItemKind::Region), Some(item));
                }
                Shape::Tray => prop_assert_eq!(s.drop_target(hx, hy), Some(Target::Tray)),
                Shape::Item(ItemKind::Component) => prop_assert!(false, "no component items"),
            }
            prop_assert_eq!(s.hit(hx, hy), Some(item));
        }
        prop_assert_eq!(s.hit(s.width + 1.0, 0.0), None);
        prop_assert!(s.width < 6000.0 || layout.regions.is_empty(), "width {}", s.width);
    }
}

fn example(name: &str) -> Layout {
    let path = format!("{}/examples/{name}", env!("CARGO_MANIFEST_DIR"));
    io::load(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn single_zone_example() {
    let layout = example("single-zone.json");
    let s = scene(&layout);
    check(&layout, &s).unwrap();
    let ids: Vec<&str> = s.items.iter().take(6).map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["dc1", "dc1-a", "rack-1", "m1", "a1", "p1"]);
    // Racks are columns side by side, chips stacked in them.
    let (r1, r2) = (
        s.item("rack-1").unwrap().rect,
        s.item("rack-2").unwrap().rect,
    );
    assert_eq!(r1.y, r2.y);
    assert!(r2.x > r1.right());
    let (m1, a1) = (s.item("m1").unwrap().rect, s.item("a1").unwrap().rect);
    assert_eq!(m1.x, a1.x);
    assert!(a1.y > m1.bottom());
    // The tray is below everything and spans the drawing.
    let tray = s.item("").unwrap();
    assert_eq!(tray.shape, Shape::Tray);
    assert!(tray.rect.y > s.item("dc1").unwrap().rect.bottom());
    assert_eq!(
        s.bounds(),
        Box2 {
            x: 16.0,
            y: 16.0,
            w: s.width - 32.0,
            h: s.height - 32.0
        }
    );

    // Drop targets: a chip's rack, the zone's own strip, the tray, nothing.
    let (x, y) = (m1.x + 5.0, m1.y + 5.0);
    assert_eq!(s.drop_target(x, y), Some(Target::Rack("rack-1".into())));
    assert_eq!(s.hit(x, y).map(|i| i.id.as_str()), Some("m1"));
    let zone = s.item("dc1-a").unwrap().rect;
    let strip = (zone.x + 20.0, zone.bottom() - 15.0);
    assert_eq!(
        s.drop_target(strip.0, strip.1),
        Some(Target::Zone("dc1-a".into()))
    );
    assert_eq!(
        s.hit(strip.0, strip.1).map(|i| i.id.as_str()),
        Some("dc1-a")
    );
    let (tx, ty) = (tray.rect.x + 50.0, tray.rect.y + 40.0);
    assert_eq!(s.drop_target(tx, ty), Some(Target::Tray));
    let (rx, ry) = header(&s, "dc1");
    assert_eq!(s.drop_target(rx, ry), None);
    assert_eq!(
        s.container_at(rx, ry, ItemKind::Region)
            .map(|i| i.id.as_str()),
        Some("dc1")
    );
    assert_eq!(s.container_at(rx, ry, ItemKind::Zone), None);
    assert_eq!(s.drop_target(-5.0, -5.0), None);
    assert_eq!(s.hit(-5.0, -5.0), None);
    assert_eq!(s.item("nope"), None);
}

#[test]
fn every_example_lays_out() {
    for name in [
        "masters-across-regions.json",
        "masters-across-zones.json",
        "masters-one-region.json",
        "masters-one-zone.json",
    ] {
        let layout = example(name);
        check(&layout, &scene(&layout)).unwrap();
    }
}

#[test]
fn empty_layout_has_a_tray_only() {
    let s = scene(&Layout::default());
    assert_eq!(s.items.len(), 1);
    assert_eq!(s.items[0].shape, Shape::Tray);
    let b = s.items[0].rect;
    assert_eq!(
        s.drop_target(b.x + b.w / 2.0, b.y + b.h / 2.0),
        Some(Target::Tray)
    );
}

#[test]
fn many_regions_wrap_into_rows() {
    let mut layout = Layout::default();
    for r in 0..12 {
        layout.regions.push(quorumscope::model::Region {
            id: format!("r{r}"),
            ..Default::default()
        });
    }
    let s = scene(&layout);
    check(&layout, &s).unwrap();
    assert!(s.width < 3300.0, "width {}", s.width);
    let rows: std::collections::BTreeSet<i64> = s
        .items
        .iter()
        .filter(|i| i.shape == Shape::Item(ItemKind::Region))
        .map(|i| i.rect.y as i64)
        .collect();
    assert!(rows.len() > 1);
}

#[test]
fn large_layouts_stay_roughly_square() {
    let layout = canvas_support::large(3000);
    let s = scene(&layout);
    check(&layout, &s).unwrap();
    let ratio = s.width / s.height;
    assert!((0.33..3.0).contains(&ratio), "{} x {}", s.width, s.height);
}

#[test]
fn examples_fit_a_landscape_canvas() {
    // Fitted into an 800 x 700 canvas, every example reads at 100% or more.
    for name in [
        "single-zone.json",
        "masters-across-regions.json",
        "masters-across-zones.json",
        "masters-one-region.json",
        "masters-one-zone.json",
    ] {
        let s = scene(&example(name));
        let zoom = (800.0 / s.width).min(700.0 / s.height);
        assert!(zoom >= 1.0, "{name}: {} x {}", s.width, s.height);
    }
    // A zone's few own nodes stack in one column; three zones sit in a row.
    let s = scene(&example("masters-across-zones.json"));
    let zones: Vec<Box2> = s
        .items
        .iter()
        .filter(|i| i.shape == Shape::Item(ItemKind::Zone))
        .map(|i| i.rect)
        .collect();
    assert_eq!(zones.len(), 3);
    assert!(zones.iter().all(|z| z.y == zones[0].y));
    for zone in &zones {
        let chips: Vec<Box2> = s
            .items
            .iter()
            .filter(|i| i.shape == Shape::Item(ItemKind::Node) && zone.encloses(&i.rect))
            .map(|i| i.rect)
            .collect();
        assert_eq!(chips.len(), 3);
        assert!(chips.iter().all(|c| c.x == chips[0].x));
        assert!(zone.w < zone.h * 1.5, "{zone:?}");
    }
}

#[test]
fn many_zones_wrap_into_balanced_rows() {
    let mut layout = example("masters-across-zones.json");
    let zone = layout.regions[0].zones[0].clone();
    for z in 0..3 {
        let mut more = zone.clone();
        more.id = format!("extra-{z}");
        for (i, node) in more.nodes.iter_mut().enumerate() {
            node.id = format!("extra-{z}-{i}");
        }
        layout.regions[0].zones.push(more);
    }
    let s = scene(&layout);
    check(&layout, &s).unwrap();
    let rows: std::collections::BTreeMap<i64, usize> = s
        .items
        .iter()
        .filter(|i| i.shape == Shape::Item(ItemKind::Zone))
        .fold(Default::default(), |mut m, i| {
            *m.entry(i.rect.y as i64).or_default() += 1;
            m
        });
    assert_eq!(rows.values().copied().collect::<Vec<_>>(), [3, 3]);
}
