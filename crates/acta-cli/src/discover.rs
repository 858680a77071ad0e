//! Which documents a command line names, and their portable ids.

use std::fs;
use std::path::{Path, PathBuf};

/// File extensions picked when walking a directory (compared case-insensitively).
pub const DOCUMENT_EXTENSIONS: &[&str] = &["pdf", "txt", "text", "md", "markdown", "html", "htm"];

/// One document to process.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    /// Portable id: a file argument's file name, a path relative to the directory argument it
    /// was found under ("/" separators), or "-" for stdin.
    pub id: String,
    /// Where to read it.
    pub source: InputSource,
}

/// Where a document's bytes come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputSource {
    /// Standard input.
    Stdin,
    /// A path to read.
    Path(PathBuf),
    /// Found while walking a directory but not readable as a regular file (a FIFO, a socket,
    /// a device, an unreadable directory): reported as an `io` error without opening it.
    Unreadable(PathBuf, String),
}

/// Whether a file name has a document extension.
pub fn has_document_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| DOCUMENT_EXTENSIONS.iter().any(|d| d.eq_ignore_ascii_case(e)))
}

/// Expands the command line's paths into documents, in argument order; directories are walked
/// recursively in sorted path order. Symbolic links found inside directories are not followed
/// (so loops cannot happen); a symbolic link given as an argument is.
pub fn inputs(arguments: &[PathBuf]) -> Vec<Input> {
    let mut found = Vec::new();
    for argument in arguments {
        if argument.as_os_str() == "-" {
            found.push(Input { id: "-".to_string(), source: InputSource::Stdin });
            continue;
        }
        match fs::metadata(argument) {
            Ok(meta) if meta.is_dir() => walk(argument, argument, &mut found),
            _ => {
                found.push(Input { id: file_name_id(argument), source: InputSource::Path(argument.clone()) })
            }
        }
    }
    found
}

fn file_name_id(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string_lossy().into_owned())
}

fn relative_id(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("/")
}

fn walk(root: &Path, dir: &Path, found: &mut Vec<Input>) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(error) => {
            found.push(Input {
                id: relative_id(root, dir),
                source: InputSource::Unreadable(dir.to_path_buf(), format!("cannot list directory: {error}")),
            });
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        // symlink_metadata: a link is reported as a link, never followed.
        let Ok(meta) = fs::symlink_metadata(&path) else { continue };
        let file_type = meta.file_type();
        if file_type.is_symlink() {
            continue;
        }
        if file_type.is_dir() {
            walk(root, &path, found);
            continue;
        }
        if !has_document_extension(&path) {
            continue;
        }
        let id = relative_id(root, &path);
        if file_type.is_file() {
            found.push(Input { id, source: InputSource::Path(path) });
        } else {
            let what = special_file_kind(&meta);
            found.push(Input {
                id,
                source: InputSource::Unreadable(path, format!("not a regular file ({what}); not read")),
            });
        }
    }
}

#[cfg(unix)]
fn special_file_kind(meta: &fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_fifo() {
        "a FIFO"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_block_device() || t.is_char_device() {
        "a device"
    } else {
        "a special file"
    }
}

#[cfg(not(unix))]
fn special_file_kind(_meta: &fs::Metadata) -> &'static str {
    "a special file"
}
