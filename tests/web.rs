//! In-browser component tests (wasm-bindgen-test in headless Chromium).
//! Run by `scripts/test` as tier 2; natively this file holds no test.
#![cfg(target_arch = "wasm32")]

use quorumscope::ui::{App, KEPT_ASIDE, STORAGE_KEY, sample_layout};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Mounts the app into a fresh element (after the previous test's host is
/// removed) and returns it.
fn mount_app() -> web_sys::HtmlElement {
    if let Ok(Some(old)) = document().query_selector("#host") {
        old.remove();
    }
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    host.set_id("host");
    document().body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone(), App);
    handle.forget();
    host
}

/// Lets the reactive system run its effects.
async fn tick() {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

fn count(host: &web_sys::HtmlElement, selector: &str) -> usize {
    host.query_selector_all(selector)
        .map(|l| l.length())
        .unwrap_or(0) as usize
}

fn el(host: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    host.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("{selector} is on the page"))
        .unchecked_into()
}

fn text(host: &web_sys::HtmlElement, selector: &str) -> String {
    el(host, selector).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn canvas_draws_every_region_zone_rack_and_node_of_the_sample() {
    storage().clear().unwrap();
    let layout = sample_layout();
    let host = mount_app();
    tick().await;
    assert_eq!(count(&host, "[data-kind=region]"), layout.regions.len());
    assert_eq!(count(&host, "[data-kind=zone]"), layout.zones().count());
    assert_eq!(count(&host, "[data-kind=rack]"), layout.racks().count());
    assert_eq!(count(&host, "[data-kind=node]"), layout.nodes().count());
    assert_eq!(
        count(&host, "[data-kind=tray]"),
        1,
        "the unplaced tray is always there"
    );
    let name = el(&host, "#design-name")
        .unchecked_into::<web_sys::HtmlInputElement>()
        .value();
    assert_eq!(name, layout.name);
}

#[wasm_bindgen_test]
async fn components_panel_lists_every_component() {
    storage().clear().unwrap();
    let layout = sample_layout();
    let host = mount_app();
    el(&host, "[data-testid=tab-components]").click();
    tick().await;
    assert_eq!(
        count(&host, "[data-testid=component]"),
        layout.components.len()
    );
    for c in &layout.components {
        assert!(
            host.text_content().unwrap().contains(&c.id),
            "component {} shown",
            c.id
        );
    }
}

#[wasm_bindgen_test]
async fn analysis_shows_the_engine_headline_goals_and_findings() {
    use quorumscope::engine::analyze;
    storage().clear().unwrap();
    let layout = sample_layout();
    let opts = quorumscope::engine::Options {
        depth: 2,
        max_listed: 2_000,
    };
    let analysis = analyze(&layout, &opts);
    let findings = quorumscope::rules::check_all(&layout);
    let host = mount_app();
    tick().await;
    let headline = analysis.headline();
    let shown = text(&host, "[data-testid=headline]").trim().to_string();
    assert_eq!(shown.to_lowercase(), headline.to_lowercase());
    assert!(
        shown.chars().next().is_some_and(char::is_uppercase),
        "{shown}"
    );
    assert_eq!(count(&host, "[data-testid=goal]"), analysis.goals.len());
    assert_eq!(
        count(&host, ".goal-failed"),
        analysis.goals.iter().filter(|g| !g.survived).count()
    );
    assert_eq!(count(&host, "[data-testid=finding]"), findings.len());
    // Opening a finding shows its rule's why and fix.
    el(&host, ".finding-head").click();
    tick().await;
    let doc = text(&host, "[data-testid=finding-doc]");
    let rule = quorumscope::rules::find(findings[0].rule).unwrap().doc();
    assert!(doc.contains(rule.why) && doc.contains(rule.fix), "{doc}");
}

#[wasm_bindgen_test]
async fn palette_click_adds_a_master_to_the_selected_zone_and_undo_removes_it() {
    storage().clear().unwrap();
    let layout = sample_layout();
    let host = mount_app();
    tick().await;
    let nodes = layout.nodes().count();
    // Select the first zone with a click on its label band.
    let zone = layout.zones().next().unwrap().id.clone();
    let target = el(
        &host,
        &format!("[data-kind=zone][data-id='{zone}'] > .label"),
    );
    let init = web_sys::PointerEventInit::new();
    init.set_bubbles(true);
    init.set_pointer_id(1);
    init.set_button(0);
    for kind in ["pointerdown", "pointerup"] {
        let ev = web_sys::PointerEvent::new_with_event_init_dict(kind, &init).unwrap();
        target.dispatch_event(&ev).unwrap();
    }
    tick().await;
    assert_eq!(text(&host, "[data-testid=inspector-kind]"), "Zone");
    el(&host, "[data-template=master]").click();
    tick().await;
    assert_eq!(count(&host, "[data-kind=node]"), nodes + 1);
    assert_eq!(
        text(&host, "[data-testid=inspector-kind]"),
        "Node",
        "the new node is selected"
    );
    el(&host, "[data-testid=undo]").click();
    tick().await;
    assert_eq!(count(&host, "[data-kind=node]"), nodes);
    el(&host, "[data-testid=redo]").click();
    tick().await;
    assert_eq!(count(&host, "[data-kind=node]"), nodes + 1);
}

#[wasm_bindgen_test]
async fn a_negative_cpu_count_is_refused_at_the_field() {
    storage().clear().unwrap();
    let layout = sample_layout();
    let host = mount_app();
    tick().await;
    let node = layout.nodes().next().unwrap().id.clone();
    let chip = el(&host, &format!("[data-kind=node][data-id='{node}'] .chip"));
    let init = web_sys::PointerEventInit::new();
    init.set_bubbles(true);
    init.set_pointer_id(2);
    for kind in ["pointerdown", "pointerup"] {
        chip.dispatch_event(&web_sys::PointerEvent::new_with_event_init_dict(kind, &init).unwrap())
            .unwrap();
    }
    tick().await;
    let cpus: web_sys::HtmlInputElement = el(&host, "#field-cpus").unchecked_into();
    cpus.set_value("-4");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    cpus.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap())
        .unwrap();
    tick().await;
    let error = text(&host, ".field-error");
    assert!(error.contains("cpus"), "{error}");
    assert!(host.query_selector(".field.invalid").unwrap().is_some());
}

#[wasm_bindgen_test]
async fn a_corrupt_saved_state_is_kept_aside_and_reported() {
    storage().clear().unwrap();
    storage()
        .set_item(
            STORAGE_KEY,
            "{\"format\": \"quorumscope-layout\", \"version\": 1, \"regions\": [",
        )
        .unwrap();
    let host = mount_app();
    tick().await;
    let notice = text(&host, "[data-testid=notice]");
    assert!(notice.contains("kept aside"), "{notice}");
    let s = storage();
    let kept: Vec<String> = (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with(KEPT_ASIDE))
        .collect();
    assert_eq!(kept.len(), 1);
    assert!(
        s.get_item(&kept[0])
            .unwrap()
            .unwrap()
            .ends_with("\"regions\": ["),
        "the text is kept as it was"
    );
    assert_eq!(
        count(&host, "[data-kind=region]"),
        sample_layout().regions.len(),
        "the sample opens instead"
    );
    storage().clear().unwrap();
}

#[wasm_bindgen_test]
async fn scenarios_tab_lists_the_analysis_and_a_row_shows_its_statuses() {
    storage().clear().unwrap();
    let layout = sample_layout();
    let opts = quorumscope::engine::Options {
        depth: 2,
        max_listed: 2_000,
    };
    let analysis = quorumscope::engine::analyze(&layout, &opts);
    let host = mount_app();
    el(&host, "[data-testid=tab-scenarios]").click();
    tick().await;
    assert_eq!(
        count(&host, "[data-testid=scenario-row]"),
        analysis.scenarios.len().min(200),
        "one row per listed scenario (the list shows 200 at a time)"
    );
    // The zone failure row: every component's status as the engine says.
    let zone = layout.zones().next().unwrap().id.clone();
    let id = format!("zone:{zone}");
    el(
        &host,
        &format!("[data-testid=scenario-row][data-scenario='{id}']"),
    )
    .click();
    tick().await;
    let result = analysis.scenarios.iter().find(|s| s.id == id).unwrap();
    for (i, component) in analysis.components.iter().enumerate() {
        let shown = el(
            &host,
            &format!("[data-testid=scenario-status][data-component='{component}']"),
        )
        .get_attribute("data-status")
        .unwrap_or_default();
        assert_eq!(shown, result.status_of(i).as_str(), "{component} in {id}");
    }
    // The canvas is in scenario mode: the zone is drawn failed.
    assert_eq!(
        count(&host, &format!("[data-kind=zone][data-id='{zone}'].failed")),
        1
    );
}

#[wasm_bindgen_test]
async fn heatmap_tab_draws_symbols_and_a_legend_without_inline_style() {
    storage().clear().unwrap();
    let host = mount_app();
    el(&host, "[data-testid=tab-heatmap]").click();
    tick().await;
    let svg = el(&host, "[data-testid=heatmap] svg");
    let markup = svg.outer_html();
    assert!(
        !markup.contains("style="),
        "no inline style (the page's CSP blocks it)"
    );
    assert!(
        markup.contains('✓') && markup.contains("degraded"),
        "symbols and a legend"
    );
}

#[wasm_bindgen_test]
fn share_links_and_exported_pictures_round_trip_in_the_browser() {
    use quorumscope::{canvas, export, io};
    let layout = sample_layout();
    let link = export::encode(&layout);
    assert!(link.starts_with(export::LINK_PREFIX) && export::link_fits(&link));
    assert_eq!(export::decode(&link), Ok(layout.clone()));
    let text = io::save(&layout);
    let scene = canvas::scene(&layout);
    let svg = canvas::render_document(&layout, &scene, None, Some(&text));
    assert_eq!(export::open(&svg).ok(), Some(layout));
}
