//! Skips the slow, deterministic steps of `dist` (wasm-opt, zopfli) when their input is the same
//! as last time. The previous input is kept whole and compared byte for byte, with a tag that
//! names the tool and its options: any change to the widget's code or to the tool runs the step
//! again.

use std::path::Path;

use crate::Result;

/// `compute(input)`, or the output kept in `work` from a previous call with the same `name`,
/// `input` bytes and `tag`.
pub fn cached(
    work: &Path,
    name: &str,
    tag: &str,
    input: &[u8],
    compute: impl FnOnce() -> Result<Vec<u8>>,
) -> Result<Vec<u8>> {
    let [input_path, output_path, tag_path] = ["in", "out", "tag"].map(|ext| work.join(format!("{name}.cache.{ext}")));
    let same = |path: &Path, bytes: &[u8]| std::fs::read(path).is_ok_and(|kept| kept == bytes);
    if same(&tag_path, tag.as_bytes()) && same(&input_path, input) {
        if let Ok(output) = std::fs::read(&output_path) {
            println!("xtask: {name}: input unchanged, output kept from the previous build");
            return Ok(output);
        }
    }
    // The tag is written last: an interrupted step leaves no entry that looks complete.
    let _ = std::fs::remove_file(&tag_path);
    let output = compute()?;
    let write =
        |path: &Path, bytes: &[u8]| std::fs::write(path, bytes).map_err(|e| format!("write {}: {e}", path.display()));
    write(&input_path, input)?;
    write(&output_path, &output)?;
    write(&tag_path, tag.as_bytes())?;
    Ok(output)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn computes_again_when_the_input_or_the_tag_changes() {
        let work = std::env::temp_dir().join(format!("xtask-cache-test-{}", std::process::id()));
        std::fs::create_dir_all(&work).unwrap();
        let runs = Cell::new(0);
        let step = |tag: &str, input: &[u8]| {
            cached(&work, "step", tag, input, || {
                runs.set(runs.get() + 1);
                Ok([input, tag.as_bytes()].concat())
            })
            .unwrap()
        };
        assert_eq!(step("a", b"x"), b"xa");
        assert_eq!(step("a", b"x"), b"xa");
        assert_eq!(runs.get(), 1, "same input, same tag: kept");
        assert_eq!(step("a", b"y"), b"ya");
        assert_eq!(step("b", b"y"), b"yb");
        assert_eq!(runs.get(), 3, "a changed input or tag runs the step");
        std::fs::remove_file(work.join("step.cache.out")).unwrap();
        assert_eq!(step("b", b"y"), b"yb");
        assert_eq!(runs.get(), 4, "a missing output runs the step");
        std::fs::remove_dir_all(&work).unwrap();
    }
}
