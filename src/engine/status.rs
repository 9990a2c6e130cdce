//! Component status and analysis options.

use serde::Serialize;

/// How deep the analysis goes and how much it lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Options {
    /// 1: single failures and partitions; 2: also every pair of failures of one level.
    pub depth: u8,
    /// Stop listing pair scenarios once this many scenarios are listed (goals stay exact).
    pub max_listed: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            depth: 1,
            max_listed: 100_000,
        }
    }
}

impl Options {
    /// How the web app's live analysis runs: pairs too, listing every single
    /// failure and partition plus 2,000 pair scenarios, smallest class first
    /// (region, zone, rack, then node pairs), so even a 10,000-node layout
    /// lists its zone pairs; goals stay exact past the listing.
    pub fn live(layout: &crate::model::Layout) -> Options {
        let singles = 1
            + layout.nodes().count()
            + layout.racks().count()
            + 2 * layout.zones().count()
            + 2 * layout.regions.len();
        Options {
            depth: 2,
            max_listed: singles + 2_000,
        }
    }
}

/// Availability of a component in a scenario; `Ok < Degraded < Down`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Up, every member live (and on the active side).
    Ok,
    /// Up, but some member is missing or cut off.
    Degraded,
    /// Not available.
    Down,
}

impl Status {
    /// The status as written in reports: `ok`, `degraded`, `down`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Degraded => "degraded",
            Status::Down => "down",
        }
    }

    /// Whether the component is available (ok or degraded).
    pub fn is_up(self) -> bool {
        self != Status::Down
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_names_and_serde() {
        assert!(Status::Ok < Status::Degraded && Status::Degraded < Status::Down);
        assert_eq!(Status::Degraded.as_str(), "degraded");
        assert!(Status::Degraded.is_up() && !Status::Down.is_up());
        assert_eq!(serde_json::to_string(&Status::Down).unwrap(), "\"down\"");
        let o = Options::default();
        assert_eq!((o.depth, o.max_listed), (1, 100_000));
    }
}
