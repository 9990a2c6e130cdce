//! The domain tree: regions containing zones, racks and node chips.

use leptos::prelude::*;

use crate::model::{Node, Rack, Region, Zone};

/// A node as a chip showing its id, kind and address.
#[component]
pub fn NodeChip(node: Node) -> impl IntoView {
    let kind = node.kind.map(|k| k.as_str()).unwrap_or("generic");
    let title = node.label.clone().unwrap_or_else(|| node.id.clone());
    view! {
        <li class=format!("node node-{kind}") data-testid="node" title=title>
            <span class="node-id">{node.id.clone()}</span>
            <span class="node-kind">{kind}</span>
            {node.ip.clone().map(|ip| view! { <span class="node-ip">{ip}</span> })}
        </li>
    }
}

fn node_list(nodes: Vec<Node>) -> impl IntoView {
    view! {
        <ul class="nodes">
            {nodes.into_iter().map(|node| view! { <NodeChip node /> }).collect_view()}
        </ul>
    }
}

/// A rack and its nodes.
#[component]
pub fn RackView(rack: Rack) -> impl IntoView {
    view! {
        <section class="rack" data-testid="rack">
            <h4>{rack.label.clone().unwrap_or_else(|| rack.id.clone())}</h4>
            {node_list(rack.nodes)}
        </section>
    }
}

/// A zone with its racks and rackless nodes.
#[component]
pub fn ZoneView(zone: Zone) -> impl IntoView {
    view! {
        <section class="zone" data-testid="zone">
            <h3>{zone.label.clone().unwrap_or_else(|| zone.id.clone())}</h3>
            {zone.racks.into_iter().map(|rack| view! { <RackView rack /> }).collect_view()}
            {(!zone.nodes.is_empty()).then(|| node_list(zone.nodes))}
        </section>
    }
}

/// A region with its zones.
#[component]
pub fn RegionView(region: Region) -> impl IntoView {
    view! {
        <section class="region" data-testid="region">
            <h2>{region.label.clone().unwrap_or_else(|| region.id.clone())}</h2>
            <div class="zones">
                {region.zones.into_iter().map(|zone| view! { <ZoneView zone /> }).collect_view()}
            </div>
        </section>
    }
}
