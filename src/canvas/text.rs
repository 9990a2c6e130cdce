//! Text for SVG: escaping, truncation, numbers.

use std::fmt::Write;

/// Whether XML 1.0 allows the character in a document.
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Append `s` escaped for XML text or a quoted attribute value; characters
/// XML does not allow (control characters) become U+FFFD, so the drawing
/// stays well-formed whatever the label holds.
pub fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if xml_char(c) => out.push(c),
            _ => out.push('\u{FFFD}'),
        }
    }
}

/// `s` escaped for XML text or a quoted attribute value (see [`escape_into`]).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

/// Append `s` escaped so that [`unescape`] gives it back exactly: like
/// [`escape_into`], but carriage returns and characters XML does not allow
/// become numeric character references instead of being replaced.
pub fn escape_exact_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' => out.push(c),
            c if c == '\r' || !xml_char(c) => {
                let _ = write!(out, "&#x{:X};", u32::from(c));
            }
            c => out.push(c),
        }
    }
}

/// XML text with its references and CDATA sections resolved; `None` when
/// a reference is malformed or unknown.
pub fn unescape(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    loop {
        let Some(at) = rest.find(['&', '<']) else {
            out.push_str(rest);
            return Some(out);
        };
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(cdata) = rest.strip_prefix("<![CDATA[") {
            let end = cdata.find("]]>")?;
            out.push_str(&cdata[..end]);
            rest = &cdata[end + 3..];
            continue;
        }
        if rest.starts_with('<') {
            return None;
        }
        let end = rest.find(';')?;
        let name = &rest[1..end];
        let c = match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => {
                let code = if let Some(hex) = name.strip_prefix("#x").or(name.strip_prefix("#X")) {
                    u32::from_str_radix(hex, 16).ok()?
                } else {
                    name.strip_prefix('#')?.parse().ok()?
                };
                char::from_u32(code)?
            }
        };
        out.push(c);
        rest = &rest[end + 1..];
    }
}

/// `s` cut to at most `max` characters, the last one an ellipsis when cut.
pub fn truncate(s: &str, max: usize) -> std::borrow::Cow<'_, str> {
    match s.char_indices().nth(max) {
        None => s.into(),
        Some(_) => {
            let keep = max.saturating_sub(1);
            let end = s.char_indices().nth(keep).map_or(s.len(), |(i, _)| i);
            format!("{}…", s[..end].trim_end()).into()
        }
    }
}

/// A coordinate as written in attributes: at most two decimals, no trailing zeros.
pub fn num(out: &mut String, v: f64) {
    let hundredths = (v * 100.0).round();
    if hundredths.abs() < 1e15 {
        // Integer formatting is much faster than float formatting.
        let h = hundredths as i64;
        if h < 0 {
            out.push('-');
        }
        let h = h.unsigned_abs();
        let _ = write!(out, "{}", h / 100);
        match h % 100 {
            0 => {}
            f if f % 10 == 0 => {
                let _ = write!(out, ".{}", f / 10);
            }
            f => {
                let _ = write!(out, ".{f:02}");
            }
        }
    } else {
        let _ = write!(out, "{v}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_truncates() {
        assert_eq!(
            escape("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
        assert_eq!(escape("a\u{0}b"), "a\u{FFFD}b");
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abcd", 4), "abcd");
        assert_eq!(truncate("ééééé", 3), "éé…");
        assert_eq!(truncate("ab cd", 4), "ab…");
        let mut s = String::new();
        num(&mut s, 10.0);
        s.push(' ');
        num(&mut s, 1.234);
        s.push(' ');
        num(&mut s, -0.0);
        for v in [-2.5, 0.05, 1e20, -0.001] {
            s.push(' ');
            num(&mut s, v);
        }
        assert_eq!(s, "10 1.23 0 -2.5 0.05 100000000000000000000 0");
    }

    #[test]
    fn exact_escape_round_trips() {
        for s in ["", "]]>", "a\r\nb", "\u{0}\u{1F}\u{FFFE}", "<&>\"'é😀"] {
            let mut e = String::new();
            escape_exact_into(&mut e, s);
            assert!(!e.contains(['<', '>', '\r', '\u{0}']));
            assert_eq!(unescape(&e).as_deref(), Some(s));
        }
        assert_eq!(unescape("a<![CDATA[<&]]>b&#65;").as_deref(), Some("a<&bA"));
        assert_eq!(unescape("&bogus;"), None);
    }
}
