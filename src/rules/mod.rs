//! The HA guidance as rules: one file per rule, listed by one registry.
//!
//! Every rule is a unit struct declared with `declare_rule!`, which gives
//! its rustdoc and its [`RuleDoc`] the same text. Codes are stable and grouped
//! by theme: QS1xx quorum sizing and placement, QS2xx schedulers and leaders,
//! QS3xx single points of failure, QS4xx network, latency and addressing,
//! QS5xx capacity and bandwidth.

use serde::Serialize;

use crate::model::Layout;

#[macro_use]
mod declare;
mod support;

#[cfg(test)]
mod fixtures;

mod agents_span_regions;
mod control_plane_quorum_size;
mod control_plane_spans_regions;
mod duplicate_ip;
mod even_quorum_size;
mod insufficient_failover_capacity;
mod io_heavy_across_regions;
mod io_heavy_across_zones;
mod leader_without_election_quorum;
mod masters_split_brain_across_zones;
mod missing_ip;
mod node_not_placed;
mod non_ha_load_balancer;
mod one_off_service;
mod quorum_majority_in_one_rack;
mod quorum_majority_in_one_region;
mod quorum_majority_in_one_zone;
mod quorum_majority_unplaced;
mod quorum_spans_regions;
mod quorum_too_large;
mod scheduler_in_one_zone;
mod scheduler_outside_masters_region;
mod scheduler_outside_masters_zone;
mod scheduler_without_standby;
mod shared_coordination_quorum;
mod single_database_instance;
mod slow_region_link;
mod slow_zone_link;
mod unmeasured_region_link;

pub use agents_span_regions::AgentsSpanRegions;
pub use control_plane_quorum_size::ControlPlaneQuorumSize;
pub use control_plane_spans_regions::ControlPlaneSpansRegions;
pub use duplicate_ip::DuplicateIp;
pub use even_quorum_size::EvenQuorumSize;
pub use insufficient_failover_capacity::InsufficientFailoverCapacity;
pub use io_heavy_across_regions::IoHeavyAcrossRegions;
pub use io_heavy_across_zones::IoHeavyAcrossZones;
pub use leader_without_election_quorum::LeaderWithoutElectionQuorum;
pub use masters_split_brain_across_zones::MastersSplitBrainAcrossZones;
pub use missing_ip::MissingIp;
pub use node_not_placed::NodeNotPlaced;
pub use non_ha_load_balancer::NonHaLoadBalancer;
pub use one_off_service::OneOffService;
pub use quorum_majority_in_one_rack::QuorumMajorityInOneRack;
pub use quorum_majority_in_one_region::QuorumMajorityInOneRegion;
pub use quorum_majority_in_one_zone::QuorumMajorityInOneZone;
pub use quorum_majority_unplaced::QuorumMajorityUnplaced;
pub use quorum_spans_regions::QuorumSpansRegions;
pub use quorum_too_large::QuorumTooLarge;
pub use scheduler_in_one_zone::SchedulerInOneZone;
pub use scheduler_outside_masters_region::SchedulerOutsideMastersRegion;
pub use scheduler_outside_masters_zone::SchedulerOutsideMastersZone;
pub use scheduler_without_standby::SchedulerWithoutStandby;
pub use shared_coordination_quorum::SharedCoordinationQuorum;
pub use single_database_instance::SingleDatabaseInstance;
pub use slow_region_link::SlowRegionLink;
pub use slow_zone_link::SlowZoneLink;
pub use unmeasured_region_link::UnmeasuredRegionLink;

/// How serious a finding is; errors sort first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The design breaks a requirement: it will not be highly available.
    Error,
    /// The design goes against a recommendation.
    Warning,
    /// Worth knowing; nothing is necessarily wrong.
    Info,
}

impl Severity {
    /// The severity as written in reports: `error`, `warning` or `info`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// One broken recommendation in one place of a layout.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The code of the rule that found it (`QS102`).
    pub rule: &'static str,
    /// How serious it is.
    pub severity: Severity,
    /// What is wrong and how to fix it, naming the subjects.
    pub message: String,
    /// Ids of the nodes, components and domains concerned.
    pub subjects: Vec<String>,
}

/// The documentation of a rule: the same text as its rustdoc.
#[derive(Debug)]
pub struct RuleDoc {
    /// Stable code, `QS` and three digits.
    pub code: &'static str,
    /// The problem, in kebab-case.
    pub name: &'static str,
    /// Severity of every finding of the rule.
    pub severity: Severity,
    /// What the rule looks for.
    pub what: &'static str,
    /// Why it matters.
    pub why: &'static str,
    /// Where the guidance says so: file and section.
    pub guidance: &'static str,
    /// How to fix the design.
    pub fix: &'static str,
}

impl RuleDoc {
    /// A finding of this rule, with its code and severity.
    pub fn finding(&'static self, message: String, subjects: Vec<String>) -> Finding {
        Finding {
            rule: self.code,
            severity: self.severity,
            message,
            subjects,
        }
    }

    /// The rule's documentation as Markdown: a heading then the rustdoc text.
    pub fn markdown(&self) -> String {
        format!(
            "## {} {} ({})\n\n{}\n\n**Why:** {} ({})\n\n**Fix:** {}\n",
            self.code,
            self.name,
            self.severity.as_str(),
            self.what,
            self.why,
            self.guidance,
            self.fix
        )
    }
}

/// A check of a layout against one recommendation of the guidance.
pub trait Rule: Sync {
    /// The rule's documentation.
    fn doc(&self) -> &'static RuleDoc;
    /// Every place where the layout breaks the rule; never panics.
    fn check(&self, layout: &Layout) -> Vec<Finding>;
}

/// Every rule, sorted by code.
static REGISTRY: [&dyn Rule; 29] = [
    &ControlPlaneQuorumSize,
    &QuorumMajorityInOneZone,
    &QuorumMajorityInOneRegion,
    &QuorumMajorityInOneRack,
    &EvenQuorumSize,
    &QuorumTooLarge,
    &QuorumSpansRegions,
    &ControlPlaneSpansRegions,
    &QuorumMajorityUnplaced,
    &SchedulerWithoutStandby,
    &SchedulerOutsideMastersRegion,
    &SchedulerOutsideMastersZone,
    &SchedulerInOneZone,
    &LeaderWithoutElectionQuorum,
    &MastersSplitBrainAcrossZones,
    &SharedCoordinationQuorum,
    &SingleDatabaseInstance,
    &OneOffService,
    &NonHaLoadBalancer,
    &NodeNotPlaced,
    &DuplicateIp,
    &MissingIp,
    &SlowZoneLink,
    &SlowRegionLink,
    &UnmeasuredRegionLink,
    &AgentsSpanRegions,
    &InsufficientFailoverCapacity,
    &IoHeavyAcrossZones,
    &IoHeavyAcrossRegions,
];

/// Every rule, sorted by code.
pub fn registry() -> &'static [&'static dyn Rule] {
    &REGISTRY
}

/// The rule with this code (`QS102`), if any.
pub fn find(code: &str) -> Option<&'static dyn Rule> {
    registry().iter().copied().find(|r| r.doc().code == code)
}

/// Every finding of every rule, sorted by severity, code, subjects then message.
pub fn check_all(layout: &Layout) -> Vec<Finding> {
    let mut findings: Vec<Finding> = registry().iter().flat_map(|r| r.check(layout)).collect();
    findings.sort_by(|a, b| {
        (a.severity, a.rule, &a.subjects, &a.message).cmp(&(
            b.severity,
            b.rule,
            &b.subjects,
            &b.message,
        ))
    });
    findings
}

/// The documentation of every rule as Markdown, as in `docs/rules.md`.
pub fn rules_markdown() -> String {
    let mut out = String::from(
        "# Quorumscope rules\n\n\
         <!-- Generated by `quorumscope rules` (rules::rules_markdown); do not edit. \
         Regenerate with `UPDATE_DOCS=1 cargo test --test rules_registry`. -->\n\n\
         Each rule checks a layout against one recommendation of the DC/OS HA guidance \
         and cites the file and section it comes from. Codes are stable: QS1xx quorum \
         sizing and placement, QS2xx schedulers and leaders, QS3xx single points of \
         failure, QS4xx network, latency and addressing, QS5xx capacity and bandwidth.\n\n\
         | code | name | severity |\n| --- | --- | --- |\n",
    );
    for rule in registry() {
        let d = rule.doc();
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            d.code,
            d.name,
            d.severity.as_str()
        ));
    }
    for rule in registry() {
        out.push('\n');
        out.push_str(&rule.doc().markdown());
    }
    out
}
