//! The app's state: the editor (the model, with undo), what is selected, the
//! view, and memos deriving the analysis, findings and scene from the model.
//! Every gesture goes through [`AppState::apply`]; nothing derived is stored.

use std::sync::Arc;

use leptos::prelude::*;

use crate::canvas::{self, Scene};
use crate::edit::{Applied, Command, Editor};
use crate::engine::{self, Analysis, Options, ScenarioResult};
use crate::model::Layout;
use crate::rules::{self, Finding};

/// A shared, immutable derived value; equal only to itself, so memos
/// holding one notify on every recomputation without a deep comparison.
#[derive(Debug)]
pub struct Shared<T>(pub Arc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// How serious a notice is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Something happened as asked.
    Info,
    /// Something was refused or went wrong.
    Error,
}

/// A message shown to the user, with optional details (one per line).
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// Info or error.
    pub tone: Tone,
    /// The message.
    pub text: String,
    /// Further lines (for example every error of a refused file).
    pub details: Vec<String>,
    /// A text the user can download from the message: file name and content.
    pub keep: Option<(String, String)>,
}

/// A question the user must answer before a command runs.
#[derive(Debug, Clone, PartialEq)]
pub struct Confirm {
    /// The question.
    pub text: String,
    /// The label of the confirming button.
    pub yes: String,
    /// The command run on yes.
    pub command: Command,
}

/// Pan and zoom of the canvas: screen = svg * scale + (tx, ty).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    /// Horizontal translation in CSS pixels.
    pub tx: f64,
    /// Vertical translation in CSS pixels.
    pub ty: f64,
    /// Zoom factor.
    pub scale: f64,
}

impl Default for View {
    fn default() -> Self {
        View {
            tx: 16.0,
            ty: 16.0,
            scale: 1.0,
        }
    }
}

impl View {
    /// Smallest and largest zoom.
    pub const SCALE: (f64, f64) = (0.05, 4.0);

    /// Zoom by `factor` keeping the screen point (px, py) still.
    pub fn zoom_at(self, factor: f64, px: f64, py: f64) -> View {
        let scale = (self.scale * factor).clamp(Self::SCALE.0, Self::SCALE.1);
        let k = scale / self.scale;
        View {
            tx: px - (px - self.tx) * k,
            ty: py - (py - self.ty) * k,
            scale,
        }
    }

    /// The view showing a `w` x `h` drawing whole in a `cw` x `ch` screen area.
    pub fn fit(w: f64, h: f64, cw: f64, ch: f64) -> View {
        let pad = 16.0;
        let scale = ((cw - 2.0 * pad) / w.max(1.0))
            .min((ch - 2.0 * pad) / h.max(1.0))
            .clamp(Self::SCALE.0, 1.5);
        View {
            tx: (cw - w * scale) / 2.0,
            ty: pad.max((ch - h * scale) / 2.0),
            scale,
        }
    }

    /// The drawing's point under screen point (px, py) (relative to the canvas).
    pub fn to_svg(self, px: f64, py: f64) -> (f64, f64) {
        ((px - self.tx) / self.scale, (py - self.ty) / self.scale)
    }
}

/// Everything the views share, provided as context.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The model with its history.
    pub editor: RwSignal<Editor>,
    /// The current layout (derived from the editor).
    pub layout: Memo<Layout>,
    /// The engine's analysis of the layout.
    pub analysis: Memo<Shared<Analysis>>,
    /// How long the last analysis took, in milliseconds (read with `analysis`).
    pub analysis_ms: StoredValue<f64>,
    /// The rules' findings on the layout.
    pub findings: Memo<Shared<Vec<Finding>>>,
    /// The canvas geometry of the layout.
    pub scene: Memo<Shared<Scene>>,
    /// Selected item ids (regions, zones, racks, nodes, components).
    pub selection: RwSignal<Vec<String>>,
    /// Ids outlined because a finding names them.
    pub highlight: RwSignal<Vec<String>>,
    /// The scenario shown on the canvas (scenario mode), by id.
    pub scenario: RwSignal<Option<String>>,
    /// That scenario evaluated on its own (every status, reason and fact,
    /// pairs too); `None` outside scenario mode or for an unknown id.
    pub shown: Memo<Option<Shared<ScenarioResult>>>,
    /// The message bar.
    pub notice: RwSignal<Option<Notice>>,
    /// A pending question.
    pub confirm: RwSignal<Option<Confirm>>,
    /// Pan and zoom.
    pub view: RwSignal<View>,
    /// The side panel's open tab.
    pub tab: RwSignal<&'static str>,
    /// Whether the layout changed since it was opened or last exported.
    pub dirty: RwSignal<bool>,
}

impl AppState {
    /// State on an initial layout, with its memos.
    pub fn new(layout: Layout) -> Self {
        let editor = RwSignal::new(Editor::new(layout));
        let layout = Memo::new(move |_| editor.with(|e| e.layout().clone()));
        let analysis_ms = StoredValue::new(0.0);
        let analysis = Memo::new(move |_| {
            let t0 = now();
            let a = layout.with(|l| engine::analyze(l, &Options::live(l)));
            analysis_ms.set_value(now() - t0);
            Shared(Arc::new(a))
        });
        let findings = Memo::new(move |_| Shared(Arc::new(layout.with(rules::check_all))));
        let scene = Memo::new(move |_| Shared(Arc::new(layout.with(canvas::scene))));
        let scenario = RwSignal::new(None::<String>);
        let shown = Memo::new(move |_| {
            let id = scenario.get()?;
            let result = layout.with(|l| engine::status_in(l, &id)).ok()?;
            Some(Shared(Arc::new(result)))
        });
        AppState {
            editor,
            layout,
            analysis,
            analysis_ms,
            findings,
            scene,
            selection: RwSignal::new(Vec::new()),
            highlight: RwSignal::new(Vec::new()),
            scenario,
            shown,
            notice: RwSignal::new(None),
            confirm: RwSignal::new(None),
            view: RwSignal::new(View::default()),
            tab: RwSignal::new("analysis"),
            dirty: RwSignal::new(false),
        }
    }

    /// Apply a command; a refusal is shown in the message bar and returned.
    pub fn apply(&self, command: Command) -> Result<Applied, String> {
        let result = self.try_apply(command);
        if let Err(message) = &result {
            self.error(message.clone(), Vec::new());
        }
        result
    }

    /// Apply a command; a refusal is only returned (a field shows it).
    pub fn try_apply(&self, command: Command) -> Result<Applied, String> {
        let replacing = matches!(command, Command::Replace(_));
        let mut result = Err(String::new());
        self.editor.update(|e| result = e.apply(command));
        if let Ok(applied) = &result {
            if !applied.notes.is_empty() {
                self.info(applied.notes.join("; "));
            }
            self.dirty.set(true);
            if replacing {
                self.after_replace();
            } else {
                self.prune_selection();
            }
        }
        result
    }

    /// Undo the last edit, if any.
    pub fn undo(&self) {
        let mut done = false;
        self.editor.update(|e| done = e.undo());
        if done {
            self.prune_selection();
        }
    }

    /// Redo the last undone edit, if any.
    pub fn redo(&self) {
        let mut done = false;
        self.editor.update(|e| done = e.redo());
        if done {
            self.prune_selection();
        }
    }

    /// Forget selection, highlights and scenario mode after the whole layout changed.
    fn after_replace(&self) {
        self.selection.set(Vec::new());
        self.highlight.set(Vec::new());
        self.scenario.set(None);
    }

    /// Drop selected ids that no longer exist, and a scenario that no longer does.
    fn prune_selection(&self) {
        let layout = self.editor.read_untracked();
        let layout = layout.layout();
        let keep = |ids: &mut Vec<String>| {
            ids.retain(|id| crate::edit::item_kind(layout, id).is_some());
        };
        self.selection.update(keep);
        self.highlight.update(keep);
        if self.scenario.with_untracked(Option::is_some) && self.shown.get_untracked().is_none() {
            self.scenario.set(None);
        }
    }

    /// The selected items that are nodes (tracked: a view reading it follows
    /// the selection and the layout).
    pub fn selected_nodes(&self) -> Vec<String> {
        let sel = self.selection.get();
        self.layout.with(|l| {
            sel.into_iter()
                .filter(|id| crate::edit::item_kind(l, id) == Some(crate::edit::ItemKind::Node))
                .collect()
        })
    }

    /// Show an informative message.
    pub fn info(&self, text: impl Into<String>) {
        self.notice.set(Some(Notice {
            tone: Tone::Info,
            text: text.into(),
            details: Vec::new(),
            keep: None,
        }));
    }

    /// Show an error with its details.
    pub fn error(&self, text: impl Into<String>, details: Vec<String>) {
        self.notice.set(Some(Notice {
            tone: Tone::Error,
            text: text.into(),
            details,
            keep: None,
        }));
    }
}

/// Milliseconds since the page started (`performance.now()`).
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// The app state from context (panics only if used outside the app).
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}
