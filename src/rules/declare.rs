//! `declare_rule!`: one source of text for a rule's rustdoc and its `RuleDoc`.

/// Declares a rule: a unit struct documented with the rule's text, its
/// `static DOC: RuleDoc` and its `Rule` impl.
///
/// The calling module must define `fn check(layout: &Layout) -> Vec<Finding>`;
/// the impl forwards to it. The struct's rustdoc is
/// `what`, then `**Why:** why (guidance)`, then `**Fix:** fix`, exactly the
/// text `RuleDoc::markdown` prints under the rule's heading.
macro_rules! declare_rule {
    (
        pub struct $name:ident;
        code: $code:literal,
        name: $rule_name:literal,
        severity: $severity:ident,
        what: $what:literal,
        why: $why:literal,
        guidance: $guidance:literal,
        fix: $fix:literal $(,)?
    ) => {
        #[doc = concat!($what, "\n\n**Why:** ", $why, " (", $guidance, ")\n\n**Fix:** ", $fix)]
        #[derive(Debug, Clone, Copy, Default)]
        pub struct $name;

        /// The rule's documentation, shared with its rustdoc.
        static DOC: $crate::rules::RuleDoc = $crate::rules::RuleDoc {
            code: $code,
            name: $rule_name,
            severity: $crate::rules::Severity::$severity,
            what: $what,
            why: $why,
            guidance: $guidance,
            fix: $fix,
        };

        impl $crate::rules::Rule for $name {
            fn doc(&self) -> &'static $crate::rules::RuleDoc {
                &DOC
            }

            fn check(&self, layout: &$crate::model::Layout) -> Vec<$crate::rules::Finding> {
                check(layout)
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use crate::model::Layout;
    use crate::rules::{Finding, Rule, Severity};

    declare_rule! {
        pub struct Dummy;
        code: "QS999",
        name: "dummy-rule",
        severity: Info,
        what: "What.",
        why: "Why.",
        guidance: "file.md, Section",
        fix: "Fix.",
    }

    fn check(_layout: &Layout) -> Vec<Finding> {
        vec![DOC.finding("Dummy fired.".into(), vec!["x".into()])]
    }

    #[test]
    fn the_macro_wires_doc_and_check() {
        let doc = Dummy.doc();
        assert_eq!(
            (doc.code, doc.name, doc.severity),
            ("QS999", "dummy-rule", Severity::Info)
        );
        assert_eq!(
            (doc.what, doc.why, doc.guidance, doc.fix),
            ("What.", "Why.", "file.md, Section", "Fix.")
        );
        let findings = Dummy.check(&Layout::default());
        assert_eq!(findings.len(), 1);
        assert_eq!(
            (findings[0].rule, findings[0].severity),
            ("QS999", Severity::Info)
        );
        assert!(
            doc.markdown()
                .contains("What.\n\n**Why:** Why. (file.md, Section)\n\n**Fix:** Fix.")
        );
    }
}
