//! The one-sentence summary of an analysis.

use super::{Analysis, Goal};

/// How a class reads in the headline: (group, word, phrase when failing).
fn wording(class: &str) -> Option<(usize, &str, String)> {
    let (level, rest) = class
        .split_once('+')
        .map_or((class, None), |(l, r)| (l, Some(r)));
    match (level, rest) {
        ("none", _) => None,
        (l, None) if l.starts_with("isolate:") => {
            let what = &l["isolate:".len()..];
            Some((1, what, format!("a {what} partition")))
        }
        (l, None) => Some((0, l, format!("a {l} failure"))),
        (l, Some(_)) => Some((2, l, format!("two {l} failures"))),
    }
}

/// "a, b and c".
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// Up to five names, then "and N more".
fn names(goal: &Goal) -> String {
    let shown: Vec<&str> = goal.failing.iter().take(5).map(String::as_str).collect();
    let more = goal.failing.len().saturating_sub(5);
    if more > 0 {
        format!("{} and {more} more", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

impl Analysis {
    /// One sentence: which failures the design survives and which it does not, e.g.
    /// "survives any node, rack and zone failure; does not survive a region failure (mesos-masters, marathon)".
    pub fn headline(&self) -> String {
        if self.components.is_empty() {
            return "has no components to analyse".to_string();
        }
        let mut groups: [Vec<&str>; 3] = Default::default();
        let mut parts = Vec::new();
        for g in &self.goals {
            if g.scenario_class == "none" {
                if !g.survived {
                    parts.push(format!("is down even with no failure ({})", names(g)));
                }
                continue;
            }
            let Some((group, word, phrase)) = wording(&g.scenario_class) else {
                continue;
            };
            if g.survived {
                groups[group].push(word);
            } else {
                parts.push(format!("does not survive {phrase} ({})", names(g)));
            }
        }
        let ends = [" failure", " partition", " failures"];
        let survived: Vec<String> = groups
            .iter()
            .zip(ends)
            .filter(|(words, _)| !words.is_empty())
            .map(|(words, end)| {
                let two = if end == " failures" { "two " } else { "" };
                format!("any {two}{}{end}", and_list(words))
            })
            .collect();
        if !survived.is_empty() {
            let refs: Vec<&str> = survived.iter().map(String::as_str).collect();
            parts.insert(0, format!("survives {}", and_list(&refs)));
        }
        if parts.is_empty() {
            return "survives every scenario analysed".to_string();
        }
        parts.join("; ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn goal(class: &str, failing: &[&str]) -> Goal {
        Goal {
            scenario_class: class.into(),
            scenarios: 1,
            listed: 1,
            survived: failing.is_empty(),
            failing: failing.iter().map(|s| s.to_string()).collect(),
            examples: Vec::new(),
        }
    }

    #[test]
    fn reads_like_the_spec_example() {
        let a = Analysis {
            components: vec!["mesos-masters".into(), "marathon".into()],
            scenarios: Vec::new(),
            goals: vec![
                goal("none", &[]),
                goal("node", &[]),
                goal("rack", &[]),
                goal("zone", &[]),
                goal("region", &["mesos-masters", "marathon"]),
            ],
            truncated: false,
            omitted: 0,
        };
        assert_eq!(
            a.headline(),
            "survives any node, rack and zone failure; does not survive a region failure (mesos-masters, marathon)"
        );
    }

    #[test]
    fn partitions_pairs_and_baseline() {
        let a = Analysis {
            components: vec!["x".into()],
            scenarios: Vec::new(),
            goals: vec![
                goal("none", &["x"]),
                goal("isolate:zone", &[]),
                goal("node+node", &[]),
                goal("zone+zone", &[]),
                goal("isolate:region", &["x"]),
            ],
            truncated: false,
            omitted: 0,
        };
        assert_eq!(
            a.headline(),
            "survives any zone partition and any two node and zone failures; is down even with no failure (x); \
             does not survive a region partition (x)"
        );
    }
}
