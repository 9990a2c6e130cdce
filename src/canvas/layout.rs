//! The automatic layout: sizes are measured bottom-up (plans), then items
//! are placed top-down in tree order. Deterministic, linear in the items.

use super::scene::{Box2, Item, Scene, Shape};
use crate::edit::ItemKind;
use crate::model::{Layout, Node, Region, Zone};

/// Width of a node chip.
pub const NODE_W: f64 = 156.0;
/// Height of a node chip.
pub const NODE_H: f64 = 36.0;
/// Gap between node chips.
pub const CHIP_GAP: f64 = 6.0;
/// Inner padding of containers.
pub const PAD: f64 = 10.0;
/// Gap between sibling containers.
pub const GAP: f64 = 12.0;
/// Margin around the drawing.
pub const MARGIN: f64 = 16.0;
/// Height of a region's header band.
pub const REGION_HEAD: f64 = 32.0;
/// Height of a zone's header band.
pub const ZONE_HEAD: f64 = 28.0;
/// Height of a rack's header band.
pub const RACK_HEAD: f64 = 24.0;
/// Height of the tray's header band.
pub const TRAY_HEAD: f64 = 28.0;

/// Chips stacked in one rack column before the rack grows more columns.
const MAX_STACK: usize = 20;
/// Zones (or racks) stay on one row while the row is at most this many
/// times wider than tall: up to four zones of a few nodes each.
const ONE_ROW_ASPECT: f64 = 4.5;
/// The same for regions, stricter: the region row is the whole picture,
/// which should fit a landscape screen.
const REGION_ONE_ROW_ASPECT: f64 = 2.5;
/// Wider rows wrap into a block about this many times wider than tall (landscape).
const WRAP_ASPECT: f64 = 4.0 / 3.0;
/// Smallest inner size of a region (a drop area for zones).
const REGION_MIN: (f64, f64) = (260.0, 90.0);
/// Smallest width of the tray.
const TRAY_MIN_W: f64 = 420.0;

/// Items placed left to right, wrapping into rows of equal count.
struct Flow {
    pos: Vec<(f64, f64)>,
    w: f64,
    h: f64,
}

/// Items per row: all in one row unless that row would be more than
/// `one_row` times wider than tall; then the count whose block is nearest
/// `WRAP_ASPECT` (judged on the items' mean size), rows balanced.
fn per_row(sizes: &[(f64, f64)], gap: f64, one_row: f64) -> usize {
    let n = sizes.len();
    if n < 2 {
        return 1;
    }
    let (sw, sh) = sizes
        .iter()
        .fold((0.0, 0.0), |(w, h), s| (w + s.0 + gap, h + s.1 + gap));
    let (mw, mh) = (sw / n as f64, (sh / n as f64).max(1.0));
    let aspect = |k: usize| (k as f64 * mw) / (n.div_ceil(k) as f64 * mh);
    if aspect(n) <= one_row {
        return n;
    }
    let miss = |k: usize| (aspect(k) / WRAP_ASPECT).ln().abs();
    let best = (1..=n).fold(1, |b, k| if miss(k) < miss(b) { k } else { b });
    n.div_ceil(n.div_ceil(best))
}

fn flow(sizes: &[(f64, f64)], gap: f64, one_row: f64) -> Flow {
    let k = per_row(sizes, gap, one_row);
    let (mut x, mut y, mut row_h, mut w) = (0.0, 0.0, 0.0_f64, 0.0_f64);
    let mut pos = Vec::with_capacity(sizes.len());
    for (i, &(iw, ih)) in sizes.iter().enumerate() {
        if i > 0 && i % k == 0 {
            y += row_h + gap;
            (x, row_h) = (0.0, 0.0);
        }
        pos.push((x, y));
        w = w.max(x + iw);
        row_h = row_h.max(ih);
        x += iw + gap;
    }
    let h = if pos.is_empty() { 0.0 } else { y + row_h };
    Flow { pos, w, h }
}

/// Width or height of `n` chips (at least one) in a line.
fn span(n: usize, chip: f64) -> f64 {
    let n = n.max(1) as f64;
    n * chip + (n - 1.0) * CHIP_GAP
}

/// Columns of the tray's grid of `n` chips that should fill `fit` columns, roughly square when large.
fn grid_cols(n: usize, fit: usize) -> usize {
    let squareish = ((n as f64 / 4.0).sqrt().ceil() as usize).max(4);
    fit.max(n.min(squareish)).max(1)
}

/// Columns of a zone's own chips (filled column first): few, so a zone
/// stays about as tall as wide (3 chips one column, 12 two, 30 four), or
/// as many as fit under the zone's racks.
fn zone_cols(n: usize, fit: usize) -> usize {
    let few = (n as f64 / 3.0).sqrt().ceil() as usize;
    fit.max(few).max(1)
}

/// Chip columns that fit in a width.
fn fit_cols(w: f64) -> usize {
    ((w + CHIP_GAP) / (NODE_W + CHIP_GAP)).floor().max(0.0) as usize
}

/// Size of a grid of `n` chips in `cols` columns (at least one row: a drop area).
fn grid_size(n: usize, cols: usize) -> (f64, f64) {
    (span(cols, NODE_W), span(n.div_ceil(cols), NODE_H))
}

/// Rows of a rack's chip stack; chips fill columns top to bottom.
/// Up to `MAX_STACK` chips make one column; more make a roughly square block.
fn rack_rows(n: usize) -> usize {
    let square = (n as f64 * (NODE_W + CHIP_GAP) / (NODE_H + CHIP_GAP))
        .sqrt()
        .ceil() as usize;
    let cols = n.div_ceil(square.max(MAX_STACK)).max(1);
    n.div_ceil(cols).max(1)
}

fn rack_size(n: usize) -> (f64, f64) {
    let rows = rack_rows(n);
    let cols = n.div_ceil(rows).max(1);
    (
        span(cols, NODE_W) + 2.0 * PAD,
        RACK_HEAD + span(rows, NODE_H) + PAD,
    )
}

struct ZonePlan {
    racks: Flow,
    /// Rows of the zone's own chip grid (filled column first).
    rows: usize,
    grid_y: f64,
    w: f64,
    h: f64,
}

fn zone_plan(zone: &Zone) -> ZonePlan {
    let sizes: Vec<(f64, f64)> = zone
        .racks
        .iter()
        .map(|r| rack_size(r.nodes.len()))
        .collect();
    let racks = flow(&sizes, GAP, ONE_ROW_ASPECT);
    let n = zone.nodes.len();
    let cols = zone_cols(n, fit_cols(racks.w));
    let (gw, gh) = grid_size(n, cols);
    let grid_y = ZONE_HEAD + if sizes.is_empty() { 0.0 } else { racks.h + GAP };
    ZonePlan {
        w: racks.w.max(gw) + 2.0 * PAD,
        h: grid_y + gh + PAD,
        racks,
        rows: n.div_ceil(cols).max(1),
        grid_y,
    }
}

struct RegionPlan {
    zones: Vec<ZonePlan>,
    flow: Flow,
    w: f64,
    h: f64,
}

fn region_plan(region: &Region) -> RegionPlan {
    let zones: Vec<ZonePlan> = region.zones.iter().map(zone_plan).collect();
    let sizes: Vec<(f64, f64)> = zones.iter().map(|z| (z.w, z.h)).collect();
    let flow = flow(&sizes, GAP, ONE_ROW_ASPECT);
    RegionPlan {
        w: flow.w.max(REGION_MIN.0) + 2.0 * PAD,
        h: REGION_HEAD + flow.h.max(REGION_MIN.1) + PAD,
        zones,
        flow,
    }
}

fn push(items: &mut Vec<Item>, id: &str, kind: ItemKind, rect: Box2) {
    items.push(Item {
        id: id.to_owned(),
        shape: Shape::Item(kind),
        rect,
    });
}

/// Chips of `nodes` in a grid from (x, y), `line` chips to a row, or to a
/// column when `by_column` (a rack's stack).
fn place_chips(
    items: &mut Vec<Item>,
    nodes: &[Node],
    (x, y): (f64, f64),
    line: usize,
    by_column: bool,
) {
    for (i, node) in nodes.iter().enumerate() {
        let (col, row) = if by_column {
            (i / line, i % line)
        } else {
            (i % line, i / line)
        };
        let rect = Box2 {
            x: x + col as f64 * (NODE_W + CHIP_GAP),
            y: y + row as f64 * (NODE_H + CHIP_GAP),
            w: NODE_W,
            h: NODE_H,
        };
        push(items, &node.id, ItemKind::Node, rect);
    }
}

fn place_zone(items: &mut Vec<Item>, zone: &Zone, plan: &ZonePlan, x: f64, y: f64) {
    let rect = Box2 {
        x,
        y,
        w: plan.w,
        h: plan.h,
    };
    push(items, &zone.id, ItemKind::Zone, rect);
    for (rack, &(rx, ry)) in zone.racks.iter().zip(&plan.racks.pos) {
        let (w, h) = rack_size(rack.nodes.len());
        let (rx, ry) = (x + PAD + rx, y + ZONE_HEAD + ry);
        push(items, &rack.id, ItemKind::Rack, Box2 { x: rx, y: ry, w, h });
        let rows = rack_rows(rack.nodes.len());
        place_chips(items, &rack.nodes, (rx + PAD, ry + RACK_HEAD), rows, true);
    }
    place_chips(
        items,
        &zone.nodes,
        (x + PAD, y + plan.grid_y),
        plan.rows,
        true,
    );
}

/// Lay the layout out: regions side by side, zones side by side in their
/// region, racks as columns in their zone (each level wrapping into
/// balanced rows when a single row would be much wider than tall), the
/// zone's own nodes in a narrow column-first grid below its racks, and the
/// unplaced tray below everything.
pub fn scene(layout: &Layout) -> Scene {
    let plans: Vec<RegionPlan> = layout.regions.iter().map(region_plan).collect();
    let sizes: Vec<(f64, f64)> = plans.iter().map(|p| (p.w, p.h)).collect();
    let top = flow(&sizes, 2.0 * GAP, REGION_ONE_ROW_ASPECT);
    let count = layout.regions.len()
        + layout.zones().map(|z| 1 + z.racks.len()).sum::<usize>()
        + layout.nodes().count()
        + 1;
    let mut items = Vec::with_capacity(count);
    for ((region, plan), &(px, py)) in layout.regions.iter().zip(&plans).zip(&top.pos) {
        let (x, y) = (MARGIN + px, MARGIN + py);
        let rect = Box2 {
            x,
            y,
            w: plan.w,
            h: plan.h,
        };
        push(&mut items, &region.id, ItemKind::Region, rect);
        for ((zone, zplan), &(zx, zy)) in region.zones.iter().zip(&plan.zones).zip(&plan.flow.pos) {
            place_zone(&mut items, zone, zplan, x + PAD + zx, y + REGION_HEAD + zy);
        }
    }
    let n = layout.unplaced.len();
    let cols = grid_cols(n, fit_cols(top.w - 2.0 * PAD));
    let (gw, gh) = grid_size(n, cols);
    let tray = Box2 {
        x: MARGIN,
        y: MARGIN
            + if plans.is_empty() {
                0.0
            } else {
                top.h + 2.0 * GAP
            },
        w: top.w.max(gw + 2.0 * PAD).max(TRAY_MIN_W),
        h: TRAY_HEAD + gh + PAD,
    };
    items.push(Item {
        id: String::new(),
        shape: Shape::Tray,
        rect: tray,
    });
    place_chips(
        &mut items,
        &layout.unplaced,
        (tray.x + PAD, tray.y + TRAY_HEAD),
        cols,
        false,
    );
    Scene {
        width: tray.w + 2.0 * MARGIN,
        height: tray.bottom() + MARGIN,
        items,
    }
}
