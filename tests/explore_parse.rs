//! `explore::parse_scenario` never panics, and reads back every id written
//! the engine's way, whatever `:` and `+` the domain ids hold.

use proptest::prelude::*;
use quorumscope::explore::{parse_scenario, title};
use quorumscope::model::Level;

/// A domain id: non-empty, may hold `:` and `+`, never `+LEVEL:` of its level.
fn dom_id() -> impl Strategy<Value = String> {
    "[a-z0-9:+._-]{1,12}"
}

fn level() -> impl Strategy<Value = Level> {
    prop::sample::select(Level::ALL.to_vec())
}

proptest! {
    #[test]
    fn never_panics(id in any::<String>()) {
        let _ = parse_scenario(&id);
        let _ = title(&id);
    }

    #[test]
    fn single_failures_parse_back(level in level(), a in dom_id()) {
        let joiner = format!("+{}:", level.as_str());
        prop_assume!(!a.contains(&joiner));
        let d = parse_scenario(&format!("{}:{a}", level.as_str())).expect("parses");
        prop_assert_eq!(d.failed, vec![(level, a)]);
        prop_assert!(d.isolated.is_empty());
    }

    #[test]
    fn pairs_parse_back(level in level(), a in dom_id(), b in dom_id()) {
        let joiner = format!("+{}:", level.as_str());
        // What the engine cannot write: ids holding their joiner, a domain twice,
        // or a first id whose end glues onto the joiner (`x+` then `+zone:`).
        prop_assume!(!a.contains(&joiner) && !b.contains(&joiner) && a != b);
        let id = format!("{0}:{a}+{0}:{b}", level.as_str());
        prop_assume!(id.matches(&joiner).count() == 1);
        let d = parse_scenario(&id).expect("parses");
        prop_assert_eq!(d.failed, vec![(level, a), (level, b)]);
    }

    #[test]
    fn partitions_parse_back(region in any::<bool>(), a in dom_id()) {
        let level = if region { Level::Region } else { Level::Zone };
        let joiner = format!("+{}:", level.as_str());
        prop_assume!(!a.contains(&joiner));
        let d = parse_scenario(&format!("isolate:{}:{a}", level.as_str())).expect("parses");
        prop_assert_eq!(d.isolated, vec![(level, a)]);
        prop_assert!(d.failed.is_empty());
    }
}
