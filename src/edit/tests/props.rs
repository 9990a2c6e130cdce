//! Random scripts of commands, undos and redos: nothing panics, every layout
//! passes `io::validate`, refusals change nothing, and undoing everything
//! gives back the original layout exactly (redoing as much gives the last).

use proptest::prelude::*;

use super::random::layout;
use super::script::{Action, step};
use super::*;
use crate::edit::{ItemKind, item_kind};

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn random_scripts_keep_layouts_valid_and_undo_exactly(
        start in layout(),
        script in prop::collection::vec(step(), 0..40),
    ) {
        prop_assert!(io::validate(&start).is_empty(), "generator: {:?}", io::validate(&start));
        let mut e = Editor::new(start.clone());
        for s in &script {
            let before = e.layout().clone();
            let revision = e.revision();
            match s.action(&before) {
                Action::Undo => {
                    let undone = e.undo();
                    prop_assert_eq!(e.revision(), revision + u64::from(undone));
                }
                Action::Redo => {
                    let redone = e.redo();
                    prop_assert_eq!(e.revision(), revision + u64::from(redone));
                }
                Action::Apply(command) => {
                    let adds = matches!(
                        command,
                        Command::AddRegion
                            | Command::AddZone { .. }
                            | Command::AddRack { .. }
                            | Command::AddNode { .. }
                            | Command::AddComponent { .. }
                    );
                    match e.apply(command.clone()) {
                        Ok(applied) => {
                            prop_assert_eq!(adds, applied.created.is_some(), "{:?}", command);
                            if let Some(id) = &applied.created {
                                prop_assert!(item_kind(&before, id).is_none(), "{} was taken", id);
                                let kind = item_kind(e.layout(), id);
                                prop_assert!(kind.is_some());
                                if matches!(command, Command::AddNode { .. }) {
                                    prop_assert_eq!(kind, Some(ItemKind::Node));
                                }
                            }
                            let changed = e.layout() != &before;
                            prop_assert_eq!(e.revision(), revision + u64::from(changed));
                            prop_assert!(!changed || e.can_undo());
                        }
                        Err(message) => {
                            prop_assert!(!message.is_empty());
                            prop_assert_eq!(e.layout(), &before, "{:?} refused: {}", command, message);
                            prop_assert_eq!(e.revision(), revision);
                        }
                    }
                }
            }
            let errors = io::validate(e.layout());
            prop_assert!(errors.is_empty(), "{:?}", errors);
        }
        let last = e.layout().clone();
        let mut undone = 0;
        while e.undo() {
            undone += 1;
        }
        prop_assert_eq!(e.layout(), &start);
        for _ in 0..undone {
            prop_assert!(e.redo());
        }
        prop_assert_eq!(e.layout(), &last);
    }
}
