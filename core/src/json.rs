//! A small JSON reader and writer for the widget's own files and storage.
//!
//! Hand-written because `serde_json` would add more to the wasm than the rest of the storage and
//! import code together. It reads all of JSON except numbers with a non-zero fraction or an
//! exponent (the widget writes only whole numbers; `4.0` is read as 4), never panics on any input, and refuses nesting deeper than
//! [`MAX_DEPTH`] so that a hostile file cannot exhaust the stack.

use std::fmt::Write;

pub const MAX_DEPTH: usize = 16;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Null,
    Bool(bool),
    Int(i64),
    String(String),
    Array(Vec<Value>),
    /// Keys in file order; a repeated key keeps its first value (see [`Value::get`]).
    Object(Vec<(String, Value)>),
}

impl Value {
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_int(&self) -> Option<i64> {
        match self {
            Value::Int(n) => Some(*n),
            _ => None,
        }
    }

    /// Compact JSON text.
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Int(n) => {
                let _ = write!(out, "{n}");
            }
            Value::String(s) => write_string(out, s),
            Value::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Value::Object(entries) => {
                out.push('{');
                for (i, (key, value)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(out, key);
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }
}

fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // `<` too, so that JSON placed in HTML can never close an element.
            c if (c as u32) < 0x20 || c == '<' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Why a text is not JSON the widget can read; `at` is a byte offset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub at: usize,
    pub reason: &'static str,
}

pub fn parse(text: &str) -> Result<Value, JsonError> {
    let mut parser = Parser { bytes: text.as_bytes(), pos: 0 };
    let value = parser.value(0)?;
    parser.skip_space();
    if parser.pos != parser.bytes.len() {
        return Err(parser.error("text after the end of the JSON"));
    }
    Ok(value)
}

struct Parser<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn error(&self, reason: &'static str) -> JsonError {
        JsonError { at: self.pos, reason }
    }

    fn skip_space(&mut self) {
        while matches!(self.bytes.get(self.pos), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        if self.bytes.get(self.pos) == Some(&byte) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn literal(&mut self, word: &[u8], value: Value) -> Result<Value, JsonError> {
        if self.bytes[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.error("unknown word"))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, JsonError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        self.skip_space();
        match self.bytes.get(self.pos) {
            None => Err(self.error("unexpected end")),
            Some(b'n') => self.literal(b"null", Value::Null),
            Some(b't') => self.literal(b"true", Value::Bool(true)),
            Some(b'f') => self.literal(b"false", Value::Bool(false)),
            Some(b'"') => self.string().map(Value::String),
            Some(b'-' | b'0'..=b'9') => self.int(),
            Some(b'[') => {
                self.pos += 1;
                let mut items = Vec::new();
                self.skip_space();
                if self.eat(b']') {
                    return Ok(Value::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.skip_space();
                    if self.eat(b']') {
                        return Ok(Value::Array(items));
                    }
                    if !self.eat(b',') {
                        return Err(self.error("expected , or ]"));
                    }
                }
            }
            Some(b'{') => {
                self.pos += 1;
                let mut entries = Vec::new();
                self.skip_space();
                if self.eat(b'}') {
                    return Ok(Value::Object(entries));
                }
                loop {
                    self.skip_space();
                    if self.bytes.get(self.pos) != Some(&b'"') {
                        return Err(self.error("expected a key"));
                    }
                    let key = self.string()?;
                    self.skip_space();
                    if !self.eat(b':') {
                        return Err(self.error("expected :"));
                    }
                    let value = self.value(depth + 1)?;
                    entries.push((key, value));
                    self.skip_space();
                    if self.eat(b'}') {
                        return Ok(Value::Object(entries));
                    }
                    if !self.eat(b',') {
                        return Err(self.error("expected , or }"));
                    }
                }
            }
            Some(_) => Err(self.error("unexpected character")),
        }
    }

    fn int(&mut self) -> Result<Value, JsonError> {
        let negative = self.eat(b'-');
        let start = self.pos;
        let mut n: i64 = 0;
        while let Some(&digit @ b'0'..=b'9') = self.bytes.get(self.pos) {
            n = n
                .checked_mul(10)
                .and_then(|n| n.checked_add(i64::from(digit - b'0')))
                .ok_or(self.error("number too large"))?;
            self.pos += 1;
        }
        if self.pos == start {
            return Err(self.error("expected a digit"));
        }
        // A whole number written with a zero fraction ("4.0", as a hand-edited file or a
        // spreadsheet may write it) is that whole number.
        if self.eat(b'.') {
            let fraction = self.pos;
            while let Some(b'0') = self.bytes.get(self.pos) {
                self.pos += 1;
            }
            if self.pos == fraction || matches!(self.bytes.get(self.pos), Some(b'1'..=b'9')) {
                return Err(self.error("only whole numbers are expected"));
            }
        }
        if matches!(self.bytes.get(self.pos), Some(b'e' | b'E')) {
            return Err(self.error("only whole numbers are expected"));
        }
        Ok(Value::Int(if negative { -n } else { n }))
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self.bytes.get(self.pos..self.pos + 4).ok_or(self.error("short \\u escape"))?;
        let text = std::str::from_utf8(digits).map_err(|_| self.error("bad \\u escape"))?;
        let code = u32::from_str_radix(text, 16).map_err(|_| self.error("bad \\u escape"))?;
        self.pos += 4;
        Ok(code)
    }

    fn string(&mut self) -> Result<String, JsonError> {
        self.pos += 1; // the opening quote
        let mut out = String::new();
        loop {
            // Copy the run of plain characters at once; the input is valid UTF-8 (it is a &str),
            // and the run ends only at ASCII bytes, so it is too.
            let start = self.pos;
            while let Some(&b) = self.bytes.get(self.pos) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            out.push_str(std::str::from_utf8(&self.bytes[start..self.pos]).map_err(|_| self.error("bad text"))?);
            match self.bytes.get(self.pos) {
                None => return Err(self.error("unterminated string")),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let escape = *self.bytes.get(self.pos).ok_or(self.error("unterminated string"))?;
                    self.pos += 1;
                    match escape {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let first = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&first) {
                                if !(self.eat(b'\\') && self.eat(b'u')) {
                                    return Err(self.error("lone surrogate"));
                                }
                                let second = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&second) {
                                    return Err(self.error("lone surrogate"));
                                }
                                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                            } else {
                                first
                            };
                            out.push(char::from_u32(code).ok_or(self.error("lone surrogate"))?);
                        }
                        _ => return Err(self.error("unknown escape")),
                    }
                }
                Some(_) => return Err(self.error("control character in a string")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_it_writes() {
        let value = Value::Object(vec![
            ("a".into(), Value::Array(vec![Value::Int(-3), Value::Null, Value::Bool(true)])),
            ("tekst".into(), Value::String("Eén \"quote\" </script> \\ \n 😀".into())),
        ]);
        let json = value.to_json();
        assert!(!json.contains('<'), "no markup can appear in written JSON");
        assert_eq!(parse(&json), Ok(value));
    }

    #[test]
    fn reads_standard_json_with_spaces_and_escapes() {
        let value = parse(" { \"x\" : [ 1 , 2 ] , \"s\" : \"\\u00e9\\ud83d\\ude00\\/\" } ").unwrap();
        assert_eq!(value.get("x"), Some(&Value::Array(vec![Value::Int(1), Value::Int(2)])));
        assert_eq!(parse("[4.0, 3.00, -2.0]"), Ok(Value::Array(vec![Value::Int(4), Value::Int(3), Value::Int(-2)])));
        assert!(parse("4.5").is_err() && parse("4.").is_err() && parse("4.01").is_err() && parse("4e0").is_err());
        assert_eq!(value.get("s").and_then(Value::as_str), Some("é😀/"));
    }

    #[test]
    fn refuses_what_it_cannot_read_with_a_reason() {
        for (text, reason) in [
            ("", "unexpected end"),
            ("{", "expected a key"),
            ("[1,]", "unexpected character"),
            ("1.5", "only whole numbers are expected"),
            ("99999999999999999999", "number too large"),
            ("\"\\ud800\"", "lone surrogate"),
            ("\"a\nb\"", "control character in a string"),
            ("{} x", "text after the end of the JSON"),
            (&"[".repeat(100), "nested too deeply"),
        ] {
            assert_eq!(parse(text).map_err(|e| e.reason), Err(reason), "{text:?}");
        }
    }
}
