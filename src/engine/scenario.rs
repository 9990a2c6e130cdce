//! Scenarios: the internal form, their ids and classes, and id parsing.

use super::index::{Index, LEVEL_NAMES, NONE, REGION, ZONE};

/// A scenario in index terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scen {
    /// Nothing fails.
    None,
    /// Domain `a` (and `b` unless NONE) of `level` fail; `a < b`.
    Fail { level: usize, a: u32, b: u32 },
    /// Domain `dom` of `level` is cut off from the rest.
    Isolate { level: usize, dom: u32 },
}

impl Scen {
    /// The spec id, e.g. `zone:a+zone:b`, built in one allocation of exact size.
    pub fn id(&self, ix: &Index) -> String {
        let name = |level: usize, d: u32| {
            let id = ix.ids[level].get(d as usize).copied().unwrap_or("?");
            [LEVEL_NAMES[level], ":", id]
        };
        let parts: [&str; 7] = match *self {
            Scen::None => ["none", "", "", "", "", "", ""],
            Scen::Fail { level, a, b } if b == NONE => {
                let [l, c, d] = name(level, a);
                [l, c, d, "", "", "", ""]
            }
            Scen::Fail { level, a, b } => {
                let ([l1, c1, d1], [l2, c2, d2]) = (name(level, a), name(level, b));
                [l1, c1, d1, "+", l2, c2, d2]
            }
            Scen::Isolate { level, dom } => {
                let [l, c, d] = name(level, dom);
                ["isolate:", l, c, d, "", "", ""]
            }
        };
        let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
        for p in parts {
            out.push_str(p);
        }
        out
    }

    /// The class: the id with domain ids removed.
    pub fn class(&self) -> &'static str {
        match *self {
            Scen::None => "none",
            Scen::Fail { level, b, .. } if b == NONE => LEVEL_NAMES[level],
            Scen::Fail { level, .. } => PAIR_CLASSES[level],
            Scen::Isolate { level, .. } => {
                if level == REGION {
                    "isolate:region"
                } else {
                    "isolate:zone"
                }
            }
        }
    }

    /// Whether this is a partition.
    pub fn is_partition(&self) -> bool {
        matches!(self, Scen::Isolate { .. })
    }
}

/// Pair class names per level.
pub(crate) const PAIR_CLASSES: [&str; 4] = ["node+node", "rack+rack", "zone+zone", "region+region"];

/// Parse a scenario id; pairs may come in any order.
pub(crate) fn parse(ix: &Index, id: &str) -> Result<Scen, String> {
    if id == "none" {
        return Ok(Scen::None);
    }
    if let Some(rest) = id.strip_prefix("isolate:") {
        return match single(ix, rest) {
            Some((level, dom)) if level == ZONE || level == REGION => {
                Ok(Scen::Isolate { level, dom })
            }
            Some(_) => Err(format!(
                "scenario `{id}`: only zones and regions can be isolated"
            )),
            None => Err(format!("scenario `{id}`: no such zone or region")),
        };
    }
    if let Some((level, a)) = single(ix, id) {
        return Ok(Scen::Fail { level, a, b: NONE });
    }
    // A pair: try every `+` (ids may themselves hold `+`).
    let mut same_domain = false;
    for (pos, _) in id.match_indices('+') {
        let (left, right) = (&id[..pos], &id[pos + 1..]);
        if let (Some((la, a)), Some((lb, b))) = (single(ix, left), single(ix, right)) {
            if la != lb {
                return Err(format!(
                    "scenario `{id}`: a pair names two domains of the same level"
                ));
            }
            if a == b {
                same_domain = true;
                continue;
            }
            return Ok(Scen::Fail {
                level: la,
                a: a.min(b),
                b: a.max(b),
            });
        }
    }
    if same_domain {
        return Err(format!(
            "scenario `{id}`: a pair names two distinct domains"
        ));
    }
    Err(format!(
        "unknown scenario `{id}`: expected none, LEVEL:ID, LEVEL:A+LEVEL:B or isolate:zone|region:ID \
         with LEVEL one of node, rack, zone, region and ids of the layout"
    ))
}

/// `level:ID` naming an existing domain.
fn single(ix: &Index, text: &str) -> Option<(usize, u32)> {
    let (name, dom_id) = text.split_once(':')?;
    let level = LEVEL_NAMES.iter().position(|&n| n == name)?;
    Some((level, ix.dom(level, dom_id)?))
}

/// `none`, every single failure (node, rack, zone, region), then every partition.
pub(crate) fn depth_one(ix: &Index) -> Vec<Scen> {
    let mut out = vec![Scen::None];
    for level in 0..4 {
        out.extend((0..ix.ids[level].len() as u32).map(|a| Scen::Fail { level, a, b: NONE }));
    }
    for level in [ZONE, REGION] {
        out.extend((0..ix.ids[level].len() as u32).map(|dom| Scen::Isolate { level, dom }));
    }
    out
}

/// How many unordered pairs of distinct domains a level has.
pub(crate) fn pair_count(ix: &Index, level: usize) -> u64 {
    let n = ix.ids[level].len() as u64;
    n * n.saturating_sub(1) / 2
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Layout;

    fn layout() -> Layout {
        serde_json::from_value(serde_json::json!({
            "regions": [{ "id": "r1", "zones": [
                { "id": "a", "racks": [{ "id": "k1", "nodes": [{ "id": "n1" }, { "id": "x+y" }] }] },
                { "id": "b", "nodes": [{ "id": "n2" }] }
            ]}]
        }))
        .unwrap()
    }

    #[test]
    fn parses_every_form_and_canonicalizes_pairs() {
        let l = layout();
        let ix = Index::build(&l);
        for (id, want) in [
            ("none", "none"),
            ("node:n1", "node:n1"),
            ("rack:k1", "rack:k1"),
            ("zone:b+zone:a", "zone:a+zone:b"),
            ("zone:a+zone:b", "zone:a+zone:b"),
            ("node:x+y", "node:x+y"),
            ("node:n2+node:x+y", "node:x+y+node:n2"),
            ("isolate:zone:b", "isolate:zone:b"),
            ("isolate:region:r1", "isolate:region:r1"),
        ] {
            let s = parse(&ix, id).unwrap_or_else(|e| panic!("{id}: {e}"));
            assert_eq!(s.id(&ix), want);
        }
        assert_eq!(parse(&ix, "zone:b+zone:a").unwrap().class(), "zone+zone");
        assert_eq!(
            parse(&ix, "isolate:zone:a").unwrap().class(),
            "isolate:zone"
        );
    }

    #[test]
    fn rejects_malformed_and_unknown_ids() {
        let l = layout();
        let ix = Index::build(&l);
        for id in [
            "",
            "nothing",
            "zone:zz",
            "zone:a+node:n1",
            "zone:a+zone:a",
            "isolate:node:n1",
            "isolate:zone:zz",
            "planet:a",
            "zone:",
            "zone:a+",
            "+zone:a",
            "region:r1+region:r2",
        ] {
            assert!(parse(&ix, id).is_err(), "{id} should be rejected");
        }
    }

    #[test]
    fn depth_one_order_and_pair_counts() {
        let l = layout();
        let ix = Index::build(&l);
        let ids: Vec<String> = depth_one(&ix).iter().map(|s| s.id(&ix)).collect();
        assert_eq!(
            ids,
            [
                "none",
                "node:n1",
                "node:x+y",
                "node:n2",
                "rack:k1",
                "zone:a",
                "zone:b",
                "region:r1",
                "isolate:zone:a",
                "isolate:zone:b",
                "isolate:region:r1"
            ]
        );
        assert_eq!(
            (pair_count(&ix, 0), pair_count(&ix, 1), pair_count(&ix, 3)),
            (3, 0, 0)
        );
    }
}
