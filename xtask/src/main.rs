//! Build helper, run as `cargo xtask <command>` (see `.cargo/config.toml`).
//!
//! `dist`: builds the widget for the web into `dist/`: release wasm → wasm-bindgen (as a library,
//! so its version always equals the `wasm-bindgen` crate's) → `wasm-opt -Oz` (npm `binaryen`) →
//! one classic script with the wasm inside it, and from that the demo page, the embed folder and
//! the single-file offline copy.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

mod bundle;
mod cache;
mod imports;
mod pages;
mod zip;

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
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_path_buf()
}

fn run(command: &mut Command) -> Result<()> {
    let status = command.status().map_err(|e| format!("cannot start {command:?}: {e}"))?;
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
    create_dir(&work)?;

    let (glue, wasm) = bundle::bindgen(&wasm_in)?;
    let (glue, wasm) = imports::shorten(&glue, &wasm)?;
    let bindgen_wasm = work.join("checklist_bindgen.wasm");
    write(&bindgen_wasm, wasm.as_slice())?;
    // Kept in target/xtask for the size figures; dist/ carries the wasm inside checklist.js.
    let optimised = work.join("checklist_bg.wasm");
    let wasm_opt = wasm_opt(&root)?;
    let wasm_opt_tag =
        format!("{} {} (binaryen {})", wasm_opt.display(), WASM_OPT_FLAGS.join(" "), npm_version(&root, "binaryen")?);
    let wasm = cache::cached(&work, "wasm-opt", &wasm_opt_tag, &wasm, || {
        run(Command::new(&wasm_opt).arg(&bindgen_wasm).args(WASM_OPT_FLAGS).arg("-o").arg(&optimised))?;
        std::fs::read(&optimised).map_err(|e| format!("read {}: {e}", optimised.display()))
    })?;
    write(&optimised, &wasm)?;
    let inflater = read(&root.join("node_modules/tiny-inflate/index.js"))
        .map_err(|e| format!("{e} (the npm package tiny-inflate: run `npm ci`; ./dev does this for you)"))?;
    let packed = cache::cached(&work, "zopfli", bundle::ZOPFLI_TAG, &wasm, || Ok(bundle::zopfli_gzip(&wasm)))?;
    let script = bundle::script(&root, &glue, &packed, &inflater)?;
    // For the size figures (tools/benchmark.mjs): the glue alone.
    write(&work.join("checklist_glue.js"), glue.as_bytes())?;

    let dist = root.join("dist");
    if dist.exists() {
        std::fs::remove_dir_all(&dist).map_err(|e| format!("clear {}: {e}", dist.display()))?;
    }
    create_dir(&dist.join("embed"))?;
    let source = |file: &str| read(&root.join(file));
    let demo = source("index.html")?;
    let demo_css = source("demo.css")?;
    // As the wasm carries it (build.rs): the CSP hashes exactly that text.
    let widget_css = checklist_core::css::compact(&source("style.css")?);
    let single = pages::single_file(&demo, &demo_css, &script, &widget_css)?;

    write(&dist.join("checklist.js"), script.as_bytes())?;
    write(&dist.join("index.html"), demo.as_bytes())?;
    write(&dist.join("demo.css"), demo_css.as_bytes())?;
    write(&dist.join("favicon.svg"), source("favicon.svg")?.as_bytes())?;
    write(&dist.join("checklist.html"), single.html.as_bytes())?;
    write(&dist.join("embed/checklist.js"), script.as_bytes())?;
    write(&dist.join("embed/checklist.html"), single.html.as_bytes())?;
    write(&dist.join("embed/snippet.html"), pages::SNIPPET_PAGE.as_bytes())?;
    write(&dist.join("embed/code-block.html"), pages::code_block(&script).as_bytes())?;
    create_dir(&dist.join("wordpress"))?;
    write(&dist.join("wordpress/checklist-widget.zip"), &wordpress_plugin(&root, &script, &single.html)?)?;
    write(&dist.join("csp.txt"), pages::csp_notes(&pages::hosted_policy(&widget_css), &single.policy).as_bytes())?;

    println!("dist/ written. wasm: {} bytes ({} gzipped)", wasm.len(), bundle::gzip_size(&wasm));
    for file in ["checklist.js", "checklist.html", "index.html", "demo.css"] {
        let bytes = std::fs::read(dist.join(file)).map_err(|e| format!("read {file}: {e}"))?;
        println!("  {file}: {} bytes ({} gzipped)", bytes.len(), bundle::gzip_size(&bytes));
    }
    Ok(())
}

/// The WordPress plugin as an installable zip: the PHP and readme from `wordpress/`, the widget
/// script and the offline copy from this build.
fn wordpress_plugin(root: &Path, script: &str, single_file: &str) -> Result<Vec<u8>> {
    const FOLDER: &str = "checklist-widget";
    let mut files = Vec::new();
    for name in ["checklist-widget.php", "block-editor.js", "uninstall.php", "readme.txt"] {
        let path = root.join("wordpress").join(FOLDER).join(name);
        let bytes = std::fs::read(&path).map_err(|e| format!("read {}: {e}", path.display()))?;
        files.push((format!("{FOLDER}/{name}"), bytes));
    }
    files.push((format!("{FOLDER}/checklist.js"), script.as_bytes().to_vec()));
    files.push((format!("{FOLDER}/checklist.html"), single_file.as_bytes().to_vec()));
    Ok(zip::zip(&files))
}

/// The version of an npm package in node_modules, from its package.json.
fn npm_version(root: &Path, package: &str) -> Result<String> {
    let manifest = read(&root.join("node_modules").join(package).join("package.json"))?;
    manifest
        .lines()
        .find_map(|line| line.trim().strip_prefix("\"version\": \"")?.split('"').next().map(str::to_string))
        .ok_or_else(|| format!("no version in node_modules/{package}/package.json"))
}

/// `--low-memory-unused`: Rust's wasm puts its stack below 1 MB and its data above, so nothing
/// lives in the first 1 KB of memory (only a null pointer would point there); wasm-opt may then
/// fold constant offsets into loads and stores. About 1 KB less gzipped wasm. Emscripten passes
/// the same flag for the same reason. Other flags tried (`--converge`, `-Oz` twice, `--gufa`)
/// saved under 100 bytes. The `producers` and `target_features` sections name the compilers
/// and features used; no browser reads them.
const WASM_OPT_FLAGS: [&str; 4] = ["-Oz", "--low-memory-unused", "--strip-producers", "--strip-target-features"];

/// The npm `binaryen` package's wasm-opt: Debian's is too old for current Rust output.
fn wasm_opt(root: &Path) -> Result<PathBuf> {
    let path = root.join("node_modules/.bin/wasm-opt");
    if path.exists() {
        Ok(path)
    } else {
        Err(format!("{} is missing: run `npm ci` (./dev does this for you)", path.display()))
    }
}

fn create_dir(path: &Path) -> Result<()> {
    std::fs::create_dir_all(path).map_err(|e| format!("create {}: {e}", path.display()))
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| format!("read {}: {e}", path.display()))
}

fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).map_err(|e| format!("write {}: {e}", path.display()))
}
