//! The guidance's layouts as presets to start a design from, each with what
//! the guidance recommends and warns for it (multi-zone-and-hybrid-cloud.md).

use crate::io;
use crate::model::Layout;

/// A layout from the guidance, ready to open.
#[derive(Debug)]
pub struct Preset {
    /// Stable id (the example file's name).
    pub id: &'static str,
    /// Short title for a menu.
    pub title: &'static str,
    /// What the guidance recommends and warns for this layout, in our words.
    pub note: &'static str,
    /// Rule codes whose findings the engine shows on this layout: its caveats.
    pub caveats: &'static [&'static str],
    source: &'static str,
}

impl Preset {
    /// The preset's layout (the layout file shipped in `examples/`).
    pub fn layout(&self) -> Layout {
        // Every preset loads (tests/export_presets.rs); never half a layout.
        io::load(self.source).unwrap_or_default()
    }

    /// The preset's layout file text.
    pub fn source(&self) -> &'static str {
        self.source
    }
}

static PRESETS: [Preset; 5] = [
    Preset {
        id: "single-zone",
        title: "One zone (typical cluster)",
        note: "The usual DC/OS cluster: every master and agent in one zone, with the three \
               masters on different racks so a node or rack failure is survived. Losing the \
               zone itself loses everything, which the guidance accepts for a single-zone \
               cluster. Its single database instance is a single point of failure: replicate it.",
        caveats: &["QS302"],
        source: include_str!("../../examples/single-zone.json"),
    },
    Preset {
        id: "masters-one-zone",
        title: "Masters in one zone, agents across zones",
        note: "Agents spread over the region's zones, tagged with their zone, and service \
               schedulers kept in the masters' zone with constraints; every zone needs spare \
               capacity for apps failing over. Because the whole majority of masters sits in \
               one zone, losing that zone stops app updates and rescheduling until a quorum \
               of masters returns, while running apps carry on. A zone cut off from the \
               masters keeps its apps running while copies may be started elsewhere.",
        caveats: &["QS102"],
        source: include_str!("../../examples/masters-one-zone.json"),
    },
    Preset {
        id: "masters-across-zones",
        title: "Masters and agents across zones",
        note: "One master per zone in three zones of a region, so no zone holds a majority and \
               any one zone can fail; schedulers should be spread the same way with \
               constraints. A partition between zones can briefly leave two leaders (split \
               brain), mostly harmless since only the leader holding the quorum can change \
               anything. Cross-zone bandwidth is limited, which slows I/O-heavy services.",
        caveats: &["QS206"],
        source: include_str!("../../examples/masters-across-zones.json"),
    },
    Preset {
        id: "masters-one-region",
        title: "Masters in one region, agents across regions",
        note: "Masters stay in one region, one per zone, while agents also run in a second \
               region, as with an on-premises data centre plus a public cloud. The guidance \
               usually advises against agents spanning regions, since latency and addressing \
               across regions are hard to guarantee: keep schedulers in the masters' region \
               and no I/O-heavy service across regions. If the masters' region fails, apps \
               elsewhere keep running but cannot be updated; partitions between zones can \
               briefly leave two leaders.",
        caveats: &["QS406", "QS206"],
        source: include_str!("../../examples/masters-one-region.json"),
    },
    Preset {
        id: "masters-across-regions",
        title: "Masters and agents across regions",
        note: "Masters and agents span regions, for example an on-premises data centre and a \
               public cloud; the guidance usually advises against it and only with dedicated \
               private links between regions. Mesos wants all masters in one region, and a \
               region holding a majority of the masters takes the control plane down with it. \
               Partitions between regions can briefly leave two leaders.",
        caveats: &["QS108", "QS103", "QS406", "QS206"],
        source: include_str!("../../examples/masters-across-regions.json"),
    },
];

/// Every preset, in the guidance's order.
pub fn presets() -> &'static [Preset] {
    &PRESETS
}

/// The preset with this id.
pub fn preset(id: &str) -> Option<&'static Preset> {
    PRESETS.iter().find(|p| p.id == id)
}
