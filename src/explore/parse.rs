//! Scenario ids read back into the domains they fail or isolate, and as a
//! sentence.
//!
//! Grammar (as the engine writes ids): `none`; `LEVEL:ID`;
//! `LEVEL:A+LEVEL:B`; `isolate:zone:ID` or `isolate:region:ID`, with LEVEL
//! one of `node`, `rack`, `zone`, `region`. Domain ids may hold `:` and `+`
//! but not their own level's joiner `+LEVEL:`, so a pair splits at the one
//! place where that joiner occurs.

use crate::model::Level;

/// The domains a scenario fails and isolates.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScenarioDomains {
    /// Failed domains: none, one, or the two of a pair (same level).
    pub failed: Vec<(Level, String)>,
    /// Domains cut off from the rest (zones or regions).
    pub isolated: Vec<(Level, String)>,
}

fn level_named(name: &str) -> Option<Level> {
    Level::ALL.into_iter().find(|l| l.as_str() == name)
}

/// `LEVEL:ID...` split into the level and the rest (non-empty).
fn level_and_rest(text: &str) -> Option<(Level, &str)> {
    let (name, rest) = text.split_once(':')?;
    let level = level_named(name)?;
    (!rest.is_empty()).then_some((level, rest))
}

/// Read a scenario id; `None` when it does not follow the grammar. Never panics.
pub fn parse_scenario(id: &str) -> Option<ScenarioDomains> {
    if id == "none" {
        return Some(ScenarioDomains::default());
    }
    if let Some(rest) = id.strip_prefix("isolate:") {
        let (level, dom) = level_and_rest(rest)?;
        let joiner = format!("+{}:", level.as_str());
        if !matches!(level, Level::Zone | Level::Region) || dom.contains(&joiner) {
            return None;
        }
        return Some(ScenarioDomains {
            failed: Vec::new(),
            isolated: vec![(level, dom.to_string())],
        });
    }
    let (level, rest) = level_and_rest(id)?;
    let joiner = format!("+{}:", level.as_str());
    let mut parts = rest.split(joiner.as_str());
    let failed = match (parts.next(), parts.next(), parts.next()) {
        (Some(a), None, _) => vec![(level, a.to_string())],
        (Some(a), Some(b), None) if !a.is_empty() && !b.is_empty() && a != b => {
            vec![(level, a.to_string()), (level, b.to_string())]
        }
        _ => return None,
    };
    Some(ScenarioDomains {
        failed,
        isolated: Vec::new(),
    })
}

fn capitalized(level: Level, plural: bool) -> String {
    let name = level.as_str();
    let mut out = name[..1].to_uppercase() + &name[1..];
    if plural {
        out.push('s');
    }
    out
}

/// A sentence saying what fails: `Nothing fails`, `Node m1 fails`,
/// `Zones a and b fail`, `Region r1 is cut off from the rest`. An id
/// outside the grammar comes back as `Scenario ID`.
pub fn title(id: &str) -> String {
    let Some(d) = parse_scenario(id) else {
        return format!("Scenario {id}");
    };
    if let Some((level, dom)) = d.isolated.first() {
        return format!(
            "{} {dom} is cut off from the rest",
            capitalized(*level, false)
        );
    }
    match d.failed.as_slice() {
        [] => "Nothing fails".to_string(),
        [(level, a)] => format!("{} {a} fails", capitalized(*level, false)),
        [(level, a), (_, b), ..] => format!("{} {a} and {b} fail", capitalized(*level, true)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dom(level: Level, id: &str) -> (Level, String) {
        (level, id.to_string())
    }

    #[test]
    fn parses_every_form() {
        let p = |id| parse_scenario(id).unwrap_or_else(|| panic!("{id}"));
        assert_eq!(p("none"), ScenarioDomains::default());
        assert_eq!(p("node:m1").failed, [dom(Level::Node, "m1")]);
        assert_eq!(p("rack:k:1").failed, [dom(Level::Rack, "k:1")]);
        assert_eq!(p("node:x+y").failed, [dom(Level::Node, "x+y")]);
        assert_eq!(p("node:x+zone:y").failed, [dom(Level::Node, "x+zone:y")]);
        assert_eq!(
            p("zone:a+zone:b").failed,
            [dom(Level::Zone, "a"), dom(Level::Zone, "b")]
        );
        assert_eq!(
            p("node:x+y+node:n:2").failed,
            [dom(Level::Node, "x+y"), dom(Level::Node, "n:2")]
        );
        let iso = p("isolate:region:r1");
        assert!(iso.failed.is_empty());
        assert_eq!(iso.isolated, [dom(Level::Region, "r1")]);
        assert_eq!(p("isolate:zone:a+b").isolated, [dom(Level::Zone, "a+b")]);
    }

    #[test]
    fn rejects_garbage_without_panicking() {
        for id in [
            "",
            "nothing",
            "None",
            ":",
            "zone:",
            "zone",
            "planet:a",
            "zone:a+zone:",
            "zone:+zone:b",
            "zone:a+zone:a",
            "zone:a+zone:b+zone:c",
            "isolate:",
            "isolate:node:n1",
            "isolate:rack:k1",
            "isolate:zone:",
            "isolate:zone:a+zone:b",
            "isolate:isolate:zone:a",
            "\u{1F600}:é",
            "é",
        ] {
            assert_eq!(parse_scenario(id), None, "{id}");
            assert_eq!(title(id), format!("Scenario {id}"));
        }
    }

    #[test]
    fn titles() {
        assert_eq!(title("none"), "Nothing fails");
        assert_eq!(title("node:m1"), "Node m1 fails");
        assert_eq!(title("rack:k1"), "Rack k1 fails");
        assert_eq!(title("zone:a+zone:b"), "Zones a and b fail");
        assert_eq!(title("region:x+region:y"), "Regions x and y fail");
        assert_eq!(
            title("isolate:region:r1"),
            "Region r1 is cut off from the rest"
        );
        assert_eq!(title("isolate:zone:a"), "Zone a is cut off from the rest");
    }
}
