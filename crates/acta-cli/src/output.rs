//! Output files and the progress bar.

use std::io::{IsTerminal, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use acta_record::Record;
use anyhow::{bail, Context};

/// Writes `DIR/ID.json` atomically: a temporary file in the same directory, then a rename, so a
/// reader never sees a half-written record and a re-run replaces files whole.
pub fn write_atomically(dir: &Path, record: &Record) -> anyhow::Result<()> {
    let target = output_path(dir, &record.id)?;
    let parent = target.parent().unwrap_or(dir);
    std::fs::create_dir_all(parent)
        .with_context(|| format!("cannot create directory {}", parent.display()))?;
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let file_name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = parent.join(format!(
        ".{file_name}.{}.{}.tmp",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let write = || -> std::io::Result<()> {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(acta_record::to_json_pretty(record).as_bytes())?;
        file.sync_all()?;
        std::fs::rename(&temp, &target)
    };
    write().map_err(|error| {
        let _ = std::fs::remove_file(&temp);
        anyhow::Error::new(error).context(format!("cannot write {}", target.display()))
    })
}

/// `DIR/ID.json`; stdin's id "-" becomes `stdin.json`. Ids are relative paths by construction;
/// anything that would escape DIR is refused.
fn output_path(dir: &Path, id: &str) -> anyhow::Result<PathBuf> {
    let id = if id == "-" { "stdin" } else { id };
    let relative = PathBuf::from(format!("{id}.json"));
    if relative.components().any(|c| !matches!(c, Component::Normal(_))) {
        bail!("document id {id:?} cannot be used as an output path");
    }
    Ok(dir.join(relative))
}

/// A progress bar on stderr, only when stderr is a terminal and there is more than one document.
pub struct Progress {
    bar: Option<indicatif::ProgressBar>,
}

impl Progress {
    /// A bar for `total` documents, or nothing.
    pub fn new(total: usize, quiet: bool) -> Self {
        let show = !quiet && total > 1 && std::io::stderr().is_terminal();
        let bar = show.then(|| {
            let bar = indicatif::ProgressBar::new(total as u64);
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{elapsed_precise} [{bar:40}] {pos}/{len} documents ({per_sec}, {eta} left)",
            ) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar
        });
        Progress { bar }
    }

    /// One document done.
    pub fn inc(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    /// A line on stderr that does not break the bar.
    pub fn println(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.println(line),
            None => eprintln!("{line}"),
        }
    }

    /// Removes the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
