//! Load errors of the text itself: byte-order mark, empty files, 1-based
//! positions, `\u` escapes, and integers too large for 64 bits quoted as
//! written. Each asserts the path (or line and column) and the message.

use quorumscope::io::{self, LoadError};

/// A small valid layout, compact, with `VERSION` and `MIN` to replace.
const TEMPLATE: &str = r#"{"format":"quorumscope-layout","version":VERSION,
"unplaced":[{"id":"a1"},{"id":"a2"}],
"components":[{"id":"web","kind":"replicated","members":["a1","a2"],"min_available":MIN}]}"#;

fn layout(version: &str, min: &str) -> String {
    TEMPLATE.replace("VERSION", version).replace("MIN", min)
}

fn errors(text: &str) -> Vec<LoadError> {
    io::load(text).expect_err("the layout should be refused")
}

/// Exactly one error, as displayed.
fn only(text: &str, shown: &str) -> LoadError {
    let errors = errors(text);
    let all: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(all, [shown]);
    errors[0].clone()
}

#[test]
fn template_is_valid() {
    assert!(io::load(&layout("1", "1")).is_ok());
}

#[test]
fn leading_byte_order_mark_is_skipped() {
    let plain = layout("1", "2");
    let with_bom = format!("\u{FEFF}{plain}");
    assert_eq!(io::load(&with_bom), io::load(&plain));
    assert!(io::load(&with_bom).is_ok());
    // Later errors are where an editor (which hides the mark) shows them.
    for broken in ["{\"format\" 1}", "{\"format\":\n  \"x\",}", "[1,\n2,\n3"] {
        let bom = format!("\u{FEFF}{broken}");
        assert_eq!(errors(&bom), errors(broken), "{broken:?}");
    }
    let e = only(
        "\u{FEFF}{\"format\" 1}",
        "at line 1, column 11: expected `:`",
    );
    assert_eq!((e.line, e.column), (Some(1), Some(11)));
}

#[test]
fn byte_order_mark_elsewhere_is_not_skipped() {
    let e = &errors(&format!("\n\u{FEFF}{}", layout("1", "1")))[0];
    assert_eq!((e.path.as_str(), e.line, e.column), ("$", Some(2), Some(1)));
    // Inside a string it is text like any other.
    let named = layout("1", "1").replacen('{', "{\"name\":\"\u{FEFF}x\",", 1);
    let loaded = io::load(&format!("\u{FEFF}{named}")).expect("loads");
    assert_eq!(loaded.name, "\u{FEFF}x");
}

#[test]
fn empty_file_says_so() {
    for text in ["", " ", "\n", " \t\r\n \n", "\u{FEFF}", "\u{FEFF}\n  "] {
        let e = only(text, "at line 1, column 1: the file is empty");
        assert_eq!(
            (e.path.as_str(), e.line, e.column),
            ("$", Some(1), Some(1)),
            "{text:?}"
        );
    }
}

#[test]
fn columns_are_one_based() {
    // serde_json reports column 0 for errors found just after a line break.
    for (text, line) in [
        ("{\n", 2),
        ("{\"format\":\n", 2),
        ("[1,\n\n", 3),
        ("{\"a\": 1\n\n\n", 4),
        ("\"abc\n", 2),
    ] {
        let errors = errors(text);
        assert_eq!(errors.len(), 1, "{text:?}");
        let e = &errors[0];
        assert_eq!(e.line, Some(line), "{text:?}: {e}");
        assert!(e.column.is_some_and(|c| c >= 1), "{text:?}: {e}");
    }
    only("{\n", "at line 2, column 1: EOF while parsing an object");
}

#[test]
fn lone_surrogate_escape_is_named() {
    let message = "invalid \\u escape (a lone UTF-16 surrogate)";
    for name in [
        r"\ud800",
        r"\ud800x",
        r"\udc00",
        r"\ud800\u0041",
        r"\udbff\n",
    ] {
        let text = format!("{{\"format\":\"quorumscope-layout\",\n\"name\":\"{name}\"}}");
        let e = &errors(&text)[0];
        assert_eq!(e.message, message, "{name}");
        assert_eq!(e.line, Some(2), "{name}");
        // Within the string (column 9 starts it), where serde_json finds it.
        let string = 9..=(9 + name.len());
        assert!(e.column.is_some_and(|c| string.contains(&c)), "{e}");
    }
    only(
        "{\"name\": \"\\ud800\"}",
        "at line 1, column 17: invalid \\u escape (a lone UTF-16 surrogate)",
    );
    // A proper pair is fine; other bad escapes keep serde_json's words.
    let pair = layout("1", "1").replacen('{', "{\"name\":\"\\ud83d\\ude00\",", 1);
    assert_eq!(io::load(&pair).expect("loads").name, "\u{1F600}");
    assert_eq!(errors("[\"\\u12g4\"]")[0].message, "invalid escape");
}

#[test]
fn huge_version_is_too_new_as_written() {
    for written in [
        "99999999999999999999999",
        "18446744073709551616",
        "18446744073709551615",
        "4294967296",
    ] {
        only(
            &layout(written, "1"),
            &format!(
                "at $.version: this file is layout format version {written}; \
                 this build of Quorumscope reads versions up to 1: update Quorumscope"
            ),
        );
    }
    only(
        &layout("-99999999999999999999999", "1"),
        "at $.version: version must be a whole number from 1 to 1, found -99999999999999999999999",
    );
    only(
        &layout("1e23", "1"),
        "at $.version: version must be a whole number from 1 to 1, found 1e+23",
    );
}

#[test]
fn huge_count_is_too_large_as_written() {
    for written in [
        "18446744073709551616",
        "99999999999999999999999999999999",
        "18446744073709551615",
    ] {
        only(
            &layout("1", written),
            &format!(
                "at $.components[0].min_available: {written} is too large: \
                 larger than any possible count (at most 4294967295)"
            ),
        );
    }
    only(
        &layout("1", "-18446744073709551616"),
        "at $.components[0].min_available: expected a non-negative integer, \
         found -18446744073709551616",
    );
}
