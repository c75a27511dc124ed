//! Short names for the wasm's imports from the glue.
//!
//! wasm-bindgen names each import `__wbg_<method>_<16 hex digits>` and spells every name twice:
//! in the wasm's import section and as a key of the glue's import object. The hex digits are
//! random to gzip, so ~200 imports cost about 3 KB of what a visitor downloads; numbered names
//! (`a`, `b`, … `aa`, …) cost a few hundred bytes. Names are only changed where the glue spells
//! them exactly once, as an object key: anything else is left as wasm-bindgen wrote it.

use crate::Result;

/// The module the glue's import object is given to the wasm under.
const MODULE: &str = "./checklist_bg.js";
/// Its shorter name.
const SHORT_MODULE: &str = "w";

/// The wasm and the glue with the imports renamed; both or neither change.
pub fn shorten(glue: &str, wasm: &[u8]) -> Result<(String, Vec<u8>)> {
    let module_key = format!("\"{MODULE}\": import0,");
    if glue.matches(&module_key).count() != 1 {
        return Err(format!("imports: expected `{module_key}` once in the glue; has wasm-bindgen changed?"));
    }
    let mut glue = glue.replace(&module_key, &format!("\"{SHORT_MODULE}\": import0,"));
    let mut out = wasm[..8].to_vec();
    let mut at = 8;
    let mut renamed = 0;
    while at < wasm.len() {
        let id = wasm[at];
        let (size, body) = leb(wasm, at + 1)?;
        let end = body + size as usize;
        let section = wasm.get(body..end).ok_or("imports: a section runs past the end of the wasm")?;
        if id == 2 {
            let new = imports(section, &mut glue, &mut renamed)?;
            out.push(2);
            push_leb(&mut out, new.len() as u32);
            out.extend_from_slice(&new);
        } else {
            out.extend_from_slice(&wasm[at..end]);
        }
        at = end;
    }
    if renamed == 0 {
        return Err("imports: no import renamed; has wasm-bindgen changed its names?".to_string());
    }
    Ok((glue, out))
}

/// The import section with the glue's imports renamed (and their keys in `glue`).
fn imports(section: &[u8], glue: &mut String, renamed: &mut usize) -> Result<Vec<u8>> {
    let (count, mut at) = leb(section, 0)?;
    let mut out = Vec::new();
    push_leb(&mut out, count);
    for _ in 0..count {
        let (module, next) = name(section, at)?;
        let (field, next) = name(section, next)?;
        let kind_end = import_desc_end(section, next)?;
        let key = if module == MODULE { only_as_key(glue, field) } else { None };
        let (module, field) = if let Some(key) = key {
            let short = short_name(*renamed);
            *renamed += 1;
            glue.replace_range(key..key + field.len(), &short);
            (SHORT_MODULE.to_string(), short)
        } else if module == MODULE {
            (SHORT_MODULE.to_string(), field.to_string())
        } else {
            (module.to_string(), field.to_string())
        };
        push_name(&mut out, &module);
        push_name(&mut out, &field);
        out.extend_from_slice(&section[next..kind_end]);
        at = kind_end;
    }
    Ok(out)
}

/// Where `field` starts in the glue, if that is its only appearance and it is an object key there
/// (`␣field: function`).
fn only_as_key(glue: &str, field: &str) -> Option<usize> {
    let mut found = glue.match_indices(field);
    let (at, _) = found.next()?;
    let after_space = glue[..at].ends_with(char::is_whitespace);
    (found.next().is_none() && after_space && glue[at + field.len()..].starts_with(": function")).then_some(at)
}

/// `a`…`z`, `A`…`Z`, then two letters and so on: valid property names, none of them `__proto__`.
fn short_name(mut n: usize) -> String {
    const LETTERS: &[u8; 52] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = Vec::new();
    loop {
        name.push(LETTERS[n % 52]);
        n /= 52;
        if n == 0 {
            break;
        }
        n -= 1;
    }
    name.reverse();
    String::from_utf8(name).expect("ASCII letters")
}

/// Where an import's description (after its two names) ends.
fn import_desc_end(section: &[u8], at: usize) -> Result<usize> {
    let kind = *section.get(at).ok_or("imports: truncated import")?;
    let limits = |at: usize| -> Result<usize> {
        let flags = *section.get(at).ok_or("imports: truncated limits")?;
        let (_, mut next) = leb(section, at + 1)?;
        if flags & 1 != 0 {
            next = leb(section, next)?.1;
        }
        Ok(next)
    };
    match kind {
        0 => Ok(leb(section, at + 1)?.1), // function: its type index
        1 => limits(at + 2),              // table: element type, limits
        2 => limits(at + 1),              // memory: limits
        3 => Ok(at + 3),                  // global: value type, mutability
        4 => Ok(leb(section, at + 2)?.1), // tag: attribute, type index
        _ => Err(format!("imports: unknown import kind {kind}")),
    }
}

fn name(bytes: &[u8], at: usize) -> Result<(&str, usize)> {
    let (length, start) = leb(bytes, at)?;
    let end = start + length as usize;
    let text = bytes.get(start..end).ok_or("imports: a name runs past its section")?;
    Ok((std::str::from_utf8(text).map_err(|_| "imports: a name that is not UTF-8")?, end))
}

fn push_name(out: &mut Vec<u8>, name: &str) {
    push_leb(out, name.len() as u32);
    out.extend_from_slice(name.as_bytes());
}

/// An unsigned LEB128 number and the position after it.
fn leb(bytes: &[u8], mut at: usize) -> Result<(u32, usize)> {
    let mut value = 0u32;
    for shift in (0..35).step_by(7) {
        let byte = *bytes.get(at).ok_or("imports: truncated number")?;
        at += 1;
        value |= u32::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok((value, at));
        }
    }
    Err("imports: a number longer than 5 bytes".to_string())
}

fn push_leb(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_count_through_the_letters_without_repeating() {
        let names: Vec<String> = (0..3000).map(short_name).collect();
        assert_eq!(&names[..3], ["a", "b", "c"]);
        assert_eq!(names[51], "Z");
        assert_eq!(names[52], "aa");
        assert_eq!(names[53], "ab");
        let unique: std::collections::HashSet<&String> = names.iter().collect();
        assert_eq!(unique.len(), names.len());
    }

    #[test]
    fn numbers_round_trip_through_leb128() {
        for value in [0, 1, 127, 128, 300, 16_384, u32::MAX] {
            let mut bytes = Vec::new();
            push_leb(&mut bytes, value);
            assert_eq!(leb(&bytes, 0).unwrap(), (value, bytes.len()));
        }
    }

    /// A module with a type section and two imports: `function` from the glue's `module`, and a
    /// memory from elsewhere.
    fn module_with_imports(module: &str, function: &str) -> Vec<u8> {
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend_from_slice(&[1, 4, 1, 0x60, 0, 0]);
        let mut section = vec![2];
        push_name(&mut section, module);
        push_name(&mut section, function);
        section.extend_from_slice(&[0, 0]);
        push_name(&mut section, "env");
        push_name(&mut section, "memory");
        section.extend_from_slice(&[2, 1, 1, 2]);
        wasm.push(2);
        push_leb(&mut wasm, section.len() as u32);
        wasm.extend_from_slice(&section);
        wasm
    }

    #[test]
    fn imports_are_renamed_in_the_wasm_and_the_glue_alike() {
        let wasm = module_with_imports(MODULE, "__wbg_alert_0123456789abcdef");
        let glue = "const import0 = {\n__wbg_alert_0123456789abcdef: function(arg0) {\nalert(arg0);\n},\n};\n\
                    return { \"./checklist_bg.js\": import0, };";

        let (glue, renamed) = shorten(glue, &wasm).unwrap();
        assert_eq!(glue, "const import0 = {\na: function(arg0) {\nalert(arg0);\n},\n};\nreturn { \"w\": import0, };");
        let expected = module_with_imports("w", "a");
        assert_eq!(renamed, expected);
    }
}
