//! Pointer, wheel and key gestures of the canvas: select, drag, pan (empty
//! background, Space+drag, middle button, two fingers), zoom (wheel, pinch),
//! context menu. The keyboard path is in `canvas_keys.rs`.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MouseEvent, PointerEvent, WheelEvent};

use super::canvas_view::{click_item, draggable, item_of};
use super::context_menu::Menu;
use super::drag::DragCtx;
use super::state::{AppState, View};

/// A pan in progress: the pointer, where it started, the view then.
#[derive(Debug, Clone, Copy)]
struct Pan {
    pointer: i32,
    start: (f64, f64),
    view: View,
}

/// The canvas's gesture handlers (copyable into each event closure).
#[derive(Clone, Copy)]
pub struct Gestures {
    pub(super) state: AppState,
    pub(super) drag: DragCtx,
    pub(super) menu: RwSignal<Option<Menu>>,
    pan: StoredValue<Option<Pan>>,
    touches: StoredValue<Vec<(i32, f64, f64)>>,
}

fn capture(ev: &PointerEvent) {
    if let Some(el) = ev
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        let _ = el.set_pointer_capture(ev.pointer_id());
    }
}

impl Gestures {
    /// Handlers for the canvas.
    pub fn new(state: AppState, drag: DragCtx, menu: RwSignal<Option<Menu>>) -> Self {
        Gestures {
            state,
            drag,
            menu,
            pan: StoredValue::new(None),
            touches: StoredValue::new(Vec::new()),
        }
    }

    /// Pointer down: start a drag, a pan or a pinch.
    pub fn down(&self, ev: PointerEvent) {
        self.menu.set(None);
        let (cx, cy) = (ev.client_x() as f64, ev.client_y() as f64);
        if ev.pointer_type() == "touch" {
            self.touches
                .update_value(|t| t.push((ev.pointer_id(), cx, cy)));
            if self.touches.with_value(Vec::len) >= 2 {
                // A second finger: pinch and pan instead of dragging.
                self.drag.drag.set(None);
                self.pan.set_value(None);
                capture(&ev);
                return;
            }
        }
        let button = ev.button();
        if button == 2 {
            return;
        }
        capture(&ev);
        let item = item_of(&ev);
        let pan_wanted = button == 1 || self.drag.space.get_untracked() || item.is_none();
        if let (false, Some((id, kind))) = (pan_wanted, &item) {
            if ev.alt_key() {
                ev.prevent_default();
                click_item(&self.state, id, kind, ev.shift_key(), true);
                return;
            }
            match draggable(id, kind) {
                Some(what) => self.drag.start(&self.state, what, ev.pointer_id(), cx, cy),
                None => click_item(&self.state, id, kind, ev.shift_key(), false),
            }
            return;
        }
        if item.as_ref().is_some_and(|(_, k)| k == "tray") && !pan_wanted {
            return;
        }
        ev.prevent_default();
        self.pan.set_value(Some(Pan {
            pointer: ev.pointer_id(),
            start: (cx, cy),
            view: self.state.view.get_untracked(),
        }));
    }

    /// Pointer move: follow the drag, the pan or the pinch.
    pub fn moved(&self, ev: PointerEvent) {
        let (cx, cy) = (ev.client_x() as f64, ev.client_y() as f64);
        if ev.pointer_type() == "touch" && self.touches.with_value(Vec::len) >= 2 {
            self.pinch(ev.pointer_id(), cx, cy);
            return;
        }
        if let Some(p) = self
            .pan
            .get_value()
            .filter(|p| p.pointer == ev.pointer_id())
        {
            self.state.view.set(View {
                tx: p.view.tx + cx - p.start.0,
                ty: p.view.ty + cy - p.start.1,
                ..p.view
            });
            return;
        }
        self.drag.follow(&self.state, ev.pointer_id(), cx, cy);
    }

    /// Two fingers: zoom by their spread and pan by their midpoint.
    fn pinch(&self, pointer: i32, cx: f64, cy: f64) {
        let before = self.touches.get_value();
        let mut after = before.clone();
        if let Some(t) = after.iter_mut().find(|t| t.0 == pointer) {
            t.1 = cx;
            t.2 = cy;
        }
        self.touches.set_value(after.clone());
        let (Some(a0), Some(b0), Some(a1), Some(b1)) =
            (before.first(), before.get(1), after.first(), after.get(1))
        else {
            return;
        };
        let d0 = (a0.1 - b0.1).hypot(a0.2 - b0.2).max(1.0);
        let d1 = (a1.1 - b1.1).hypot(a1.2 - b1.2).max(1.0);
        let mid0 = ((a0.1 + b0.1) / 2.0, (a0.2 + b0.2) / 2.0);
        let mid1 = ((a1.1 + b1.1) / 2.0, (a1.2 + b1.2) / 2.0);
        let Some((lx, ly, _)) = self.drag.local(mid1.0, mid1.1) else {
            return;
        };
        self.state.view.update(|v| {
            let z = v.zoom_at(d1 / d0, lx, ly);
            *v = View {
                tx: z.tx + mid1.0 - mid0.0,
                ty: z.ty + mid1.1 - mid0.1,
                scale: z.scale,
            };
        });
    }

    /// Pointer up (drop) or cancel.
    pub fn up(&self, ev: PointerEvent, drop: bool) {
        self.touches
            .update_value(|t| t.retain(|(id, _, _)| *id != ev.pointer_id()));
        if self
            .pan
            .get_value()
            .is_some_and(|p| p.pointer == ev.pointer_id())
        {
            let p = self.pan.get_value().unwrap_or(Pan {
                pointer: 0,
                start: (0.0, 0.0),
                view: View::default(),
            });
            self.pan.set_value(None);
            let still =
                (ev.client_x() as f64 - p.start.0).hypot(ev.client_y() as f64 - p.start.1) < 4.0;
            if still && drop && !ev.shift_key() && item_of(&ev).is_none() {
                self.state.selection.set(Vec::new());
            }
            return;
        }
        if self
            .drag
            .drag
            .with_untracked(|d| d.as_ref().is_some_and(|d| d.pointer == ev.pointer_id()))
        {
            // A drag that never moved is a click: select.
            if let Some(d) = self.drag.finish(&self.state, drop)
                && drop
            {
                let (id, kind) = match d.what {
                    super::drag::Dragged::Node(id) => (id, "node"),
                    super::drag::Dragged::Zone(id) => (id, "zone"),
                    super::drag::Dragged::Rack(id) => (id, "rack"),
                    super::drag::Dragged::Template(_) => return,
                };
                click_item(&self.state, &id, kind, ev.shift_key(), false);
            }
        }
    }

    /// Wheel: Ctrl+wheel (pinch on a trackpad) and a mouse wheel zoom; a
    /// trackpad's two-finger scroll pans.
    pub fn wheel(&self, ev: WheelEvent) {
        ev.prevent_default();
        let (dx, dy) = (ev.delta_x(), ev.delta_y());
        let Some((lx, ly, _)) = self.drag.local(ev.client_x() as f64, ev.client_y() as f64) else {
            return;
        };
        let mouse_wheel =
            ev.delta_mode() != 0 || (dx == 0.0 && dy.abs() >= 50.0 && dy.fract() == 0.0);
        if ev.ctrl_key() || ev.meta_key() || mouse_wheel {
            // A wheel notch (about 100) zooms by about 20%; a trackpad pinch
            // sends many small steps and gets a finer rate.
            let step = if ev.delta_mode() == 1 { dy * 33.0 } else { dy };
            let rate = if step.abs() < 20.0 { 0.01 } else { 0.002 };
            let factor = (-step.clamp(-150.0, 150.0) * rate).exp();
            self.state.view.update(|v| *v = v.zoom_at(factor, lx, ly));
        } else {
            self.state.view.update(|v| {
                v.tx -= dx;
                v.ty -= dy;
            });
        }
    }

    /// Right click on an item: its context menu.
    pub fn context(&self, ev: MouseEvent) {
        ev.prevent_default();
        let Some((id, kind)) = item_of(&ev) else {
            self.menu.set(None);
            return;
        };
        let Some((x, y, _)) = self.drag.local(ev.client_x() as f64, ev.client_y() as f64) else {
            return;
        };
        if !self.state.selection.with_untracked(|s| s.contains(&id)) && kind != "tray" {
            self.state.selection.set(vec![id.clone()]);
        }
        self.menu.set(Some(Menu { id, kind, x, y }));
    }
}

/// Focus the element with this id, if present.
pub fn focus(id: &str) {
    if let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
