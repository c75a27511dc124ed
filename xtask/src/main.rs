//! Build helper, run as `cargo xtask <command>` (see `.cargo/config.toml`).
//!
//! `dist`: builds the widget for the web into `dist/`: release wasm → wasm-bindgen (as a library,
//! so its version always equals the `wasm-bindgen` crate's) → `wasm-opt -Oz` (npm `binaryen`) →
//! one classic script that loads the wasm next to it, plus the demo page and the stylesheet.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

mod bundle;

type Result<T> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let outcome = match args.first().map(String::as_str) {
        Some("dist") => dist(),
        _ => Err("usage: cargo xtask dist".to_string()),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

fn run(command: &mut Command) -> Result<()> {
    let status = command
        .status()
        .map_err(|e| format!("cannot start {command:?}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{command:?} failed ({status})"))
    }
}

fn dist() -> Result<()> {
    let root = workspace_root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string());
    run(Command::new(cargo).current_dir(&root).args([
        "build",
        "--release",
        "--package",
        "checklist-widget",
        "--target",
        "wasm32-unknown-unknown",
    ]))?;
    let wasm_in = root.join("target/wasm32-unknown-unknown/release/checklist_widget.wasm");
    let work = root.join("target/xtask");
    std::fs::create_dir_all(&work).map_err(|e| format!("create {}: {e}", work.display()))?;

    let (glue, wasm) = bundle::bindgen(&wasm_in)?;
    let bindgen_wasm = work.join("checklist_bindgen.wasm");
    write(&bindgen_wasm, &wasm)?;
    let optimised = work.join("checklist_bg.wasm");
    run(Command::new(wasm_opt(&root)?)
        .arg(&bindgen_wasm)
        .args(["-Oz", "-o"])
        .arg(&optimised))?;
    let wasm =
        std::fs::read(&optimised).map_err(|e| format!("read {}: {e}", optimised.display()))?;

    let dist = root.join("dist");
    if dist.exists() {
        std::fs::remove_dir_all(&dist).map_err(|e| format!("clear {}: {e}", dist.display()))?;
    }
    std::fs::create_dir_all(&dist).map_err(|e| format!("create {}: {e}", dist.display()))?;
    write(&dist.join("checklist_bg.wasm"), &wasm)?;
    write(&dist.join("checklist.js"), bundle::script(&glue).as_bytes())?;
    for file in ["index.html", "style.css", "favicon.svg"] {
        copy(&root.join(file), &dist.join(file))?;
    }
    println!(
        "dist/: checklist_bg.wasm {} bytes, checklist.js {} bytes",
        wasm.len(),
        bundle::script(&glue).len()
    );
    Ok(())
}

/// The npm `binaryen` package's wasm-opt: Debian's is too old for current Rust output.
fn wasm_opt(root: &Path) -> Result<PathBuf> {
    let path = root.join("node_modules/.bin/wasm-opt");
    if path.exists() {
        Ok(path)
    } else {
        Err(format!(
            "{} is missing: run `npm ci` (./dev does this for you)",
            path.display()
        ))
    }
}

fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).map_err(|e| format!("write {}: {e}", path.display()))
}

fn copy(from: &Path, to: &Path) -> Result<()> {
    std::fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| format!("copy {} to {}: {e}", from.display(), to.display()))
}
