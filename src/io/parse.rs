//! Text to JSON value: syntax errors with line and column, exact numbers and
//! duplicate keys reported, huge integers kept as written for messages.
//!
//! A leading UTF-8 byte-order mark is skipped (editors hide it, so lines and
//! columns count from after it); a file of only white space is "empty".
//!
//! serde_json (as built here, without its `float_roundtrip` feature) may be
//! off by one unit in the last place when parsing some decimal numbers, which
//! would break `load(save(l)) == l`. So the text is first checked by serde_json
//! (its syntax errors carry line and column), then converted by a small reader
//! that parses numbers with the standard library's correctly rounded parser
//! and notices keys given twice in one object.

use std::collections::HashMap;

use serde_json::{Map, Number, Value};

use super::error::{LoadError, field, index, quote};

/// The byte-order mark some editors write at the start of UTF-8 files.
const BOM: char = '\u{FEFF}';

/// serde_json's messages for a `\u` escape of half a surrogate pair.
const SURROGATE_MESSAGES: [&str; 2] = [
    "unexpected end of hex escape",
    "lone leading surrogate in hex escape",
];

/// Integer literals too large for 64 bits, as written, by JSON path: their
/// values hold only the nearest `f64` (`1e23` for `99999999999999999999999`).
pub(crate) type Literals = HashMap<String, String>;

/// A parsed document.
pub(crate) struct Parsed {
    /// The root value.
    pub root: Value,
    /// Huge integer literals, to quote them as written.
    pub literals: Literals,
}

/// Parse layout text into a JSON value, or report why it is not JSON.
pub(crate) fn parse(text: &str) -> Result<Parsed, Vec<LoadError>> {
    let text = text.strip_prefix(BOM).unwrap_or(text);
    if text
        .bytes()
        .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
    {
        return Err(vec![LoadError::syntax(1, 1, "the file is empty")]);
    }
    // Into a full value, not `IgnoredAny`: only this enforces the nesting limit.
    if let Err(e) = serde_json::from_str::<Value>(text) {
        return Err(vec![syntax_error(&e)]);
    }
    let mut reader = Reader {
        text,
        pos: 0,
        duplicates: Vec::new(),
        literals: Literals::new(),
    };
    match reader.value("$") {
        Some(root) if reader.duplicates.is_empty() => Ok(Parsed {
            root,
            literals: reader.literals,
        }),
        Some(_) => Err(reader.duplicates),
        // Unreachable for text serde_json accepted; fall back to serde_json.
        None => match serde_json::from_str(text) {
            Ok(root) => Ok(Parsed {
                root,
                literals: Literals::new(),
            }),
            Err(e) => Err(vec![syntax_error(&e)]),
        },
    }
}

/// A serde_json error at its line and column, both at least 1 (serde_json
/// says column 0 for an error found just after a line break).
fn syntax_error(error: &serde_json::Error) -> LoadError {
    LoadError::syntax(
        error.line().max(1),
        error.column().max(1),
        syntax_message(error),
    )
}

/// serde_json's message without its own " at line L column C" suffix, in
/// plainer words where serde_json's are obscure.
fn syntax_message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    let message = match text.rfind(" at line ") {
        Some(cut) => text.get(..cut).unwrap_or(&text),
        None => &text,
    };
    if SURROGATE_MESSAGES.contains(&message) {
        "invalid \\u escape (a lone UTF-16 surrogate)".to_string()
    } else {
        message.to_string()
    }
}

/// A reader of text already known to be valid JSON (nesting at most 128 deep).
struct Reader<'t> {
    text: &'t str,
    pos: usize,
    duplicates: Vec<LoadError>,
    literals: Literals,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    /// Consume `byte` (after white space) or fail.
    fn expect(&mut self, byte: u8) -> Option<()> {
        self.skip_space();
        (self.peek() == Some(byte)).then(|| self.pos += 1)
    }

    fn value(&mut self, path: &str) -> Option<Value> {
        self.skip_space();
        match self.peek()? {
            b'{' => self.object(path),
            b'[' => self.array(path),
            b'"' => self.string().map(Value::String),
            b't' => self.word("true", Value::Bool(true)),
            b'f' => self.word("false", Value::Bool(false)),
            b'n' => self.word("null", Value::Null),
            _ => self.number(path),
        }
    }

    fn word(&mut self, word: &str, value: Value) -> Option<Value> {
        let end = self.pos + word.len();
        (self.text.get(self.pos..end)? == word).then(|| {
            self.pos = end;
            value
        })
    }

    fn object(&mut self, path: &str) -> Option<Value> {
        self.expect(b'{')?;
        let mut map = Map::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Some(Value::Object(map));
        }
        loop {
            self.skip_space();
            let key = self.string()?;
            self.expect(b':')?;
            let here = field(path, &key);
            let value = self.value(&here)?;
            if map.insert(key.clone(), value).is_some() {
                self.duplicates.push(LoadError::at(
                    here,
                    format!("key {} is given twice in the same object", quote(&key)),
                ));
            }
            self.skip_space();
            match self.peek()? {
                b',' => self.pos += 1,
                b'}' => {
                    self.pos += 1;
                    return Some(Value::Object(map));
                }
                _ => return None,
            }
        }
    }

    fn array(&mut self, path: &str) -> Option<Value> {
        self.expect(b'[')?;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Some(Value::Array(items));
        }
        loop {
            items.push(self.value(&index(path, items.len()))?);
            self.skip_space();
            match self.peek()? {
                b',' => self.pos += 1,
                b']' => {
                    self.pos += 1;
                    return Some(Value::Array(items));
                }
                _ => return None,
            }
        }
    }

    /// A string literal, unescaped by serde_json.
    fn string(&mut self) -> Option<String> {
        let start = self.pos;
        self.expect(b'"')?;
        loop {
            match self.peek()? {
                b'\\' => self.pos += 2,
                b'"' => break,
                _ => self.pos += 1,
            }
        }
        self.pos += 1;
        serde_json::from_str(self.text.get(start..self.pos)?).ok()
    }

    /// A number: integers stay integers, others are parsed correctly rounded;
    /// integers beyond 64 bits are also kept as written, under `path`.
    fn number(&mut self, path: &str) -> Option<Value> {
        let start = self.pos;
        while matches!(
            self.peek(),
            Some(b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')
        ) {
            self.pos += 1;
        }
        let raw = self.text.get(start..self.pos)?;
        if let Ok(n) = raw.parse::<u64>() {
            return Some(Value::Number(n.into()));
        }
        if let Ok(n) = raw.parse::<i64>() {
            return Some(Value::Number(n.into()));
        }
        let x: f64 = raw.parse().ok()?;
        let digits = raw.strip_prefix('-').unwrap_or(raw);
        if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
            self.literals.insert(path.to_string(), raw.to_string());
        }
        Number::from_f64(x).map(Value::Number)
    }
}
