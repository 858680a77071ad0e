//! Extract the text of PDFs into a folder: `pdftext OUT_DIR FILE.pdf...` writes `NAME.txt`
//! (pages joined by a blank line) or `NAME.err` (error kind and message) per input.

use std::path::Path;
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((out, files)) = args.split_first() else {
        eprintln!("usage: pdftext OUT_DIR FILE.pdf...");
        std::process::exit(2);
    };
    let out = Path::new(out);
    if let Err(e) = std::fs::create_dir_all(out) {
        eprintln!("{}: {e}", out.display());
        std::process::exit(2);
    }
    let timeout: u64 = std::env::var("PDFTEXT_TIMEOUT_SECS").ok().and_then(|v| v.parse().ok()).unwrap_or(30);
    let mut pages = 0usize;
    let t0 = Instant::now();
    for f in files {
        let path = Path::new(f);
        let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{f}: {e}");
                continue;
            }
        };
        let limits = acta_pdf::PdfLimits {
            deadline: Some(Instant::now() + Duration::from_secs(timeout)),
            ..Default::default()
        };
        let (name, body) = match acta_pdf::extract_text(&bytes, &limits) {
            Ok(t) => {
                pages += t.pages.len();
                (format!("{stem}.txt"), t.pages.join("\n\n"))
            }
            Err(e) => (format!("{stem}.err"), format!("{}: {e}", e.kind())),
        };
        if let Err(e) = std::fs::write(out.join(name), body) {
            eprintln!("{f}: {e}");
        }
    }
    let secs = t0.elapsed().as_secs_f64();
    eprintln!(
        "{} files, {pages} pages in {secs:.3} s ({:.1} pages/s)",
        files.len(),
        pages as f64 / secs.max(1e-9)
    );
}
