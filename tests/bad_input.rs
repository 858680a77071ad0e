//! Bad input on the real binary: every case gives a record (ok or a clear error), never a
//! panic, a hang or unbounded memory, and the batch goes on.

mod common;

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::Command;

use serde_json::Value;

fn extract_one(path: &Path, extra: &[&str]) -> (Value, std::process::Output) {
    let mut args = vec!["extract"];
    args.extend_from_slice(extra);
    let path = path.to_str().unwrap().to_string();
    args.push(&path);
    let output = common::run(&args);
    (common::only_record(&output), output)
}

fn assert_error(record: &Value, kind: &str) {
    assert_eq!(record["status"], "error", "{record}");
    assert_eq!(record["error"]["kind"], kind, "{record}");
    assert!(!record["error"]["message"].as_str().unwrap_or("").is_empty());
    common::assert_valid(&common::validator(), record);
}

#[test]
fn empty_file_is_an_empty_error_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("vacío.txt");
    fs::write(&path, b"").unwrap();
    let (record, output) = extract_one(&path, &[]);
    assert_error(&record, "empty");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("vacío.txt") && stderr.contains("empty"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one line per failed document: {stderr}");

    fs::write(&path, b" \n\n\t \r\n").unwrap();
    assert_error(&extract_one(&path, &[]).0, "empty");
}

#[test]
fn binary_garbage_is_unsupported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garbage.txt");
    let bytes: Vec<u8> = (0..40_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    fs::write(&path, &bytes).unwrap();
    assert_error(&extract_one(&path, &[]).0, "unsupported_format");

    let png = dir.path().join("image.pdf");
    fs::write(&png, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10").unwrap();
    let (record, _) = extract_one(&png, &[]);
    assert_error(&record, "unsupported_format");
    assert!(record["error"]["message"].as_str().unwrap().contains("PNG"));
}

#[test]
fn invalid_utf8_is_decoded_as_the_legacy_encoding_or_lossy_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let legacy = dir.path().join("latin1.txt");
    fs::write(
        &legacy,
        b"Lima, 5 de abril de 2021\n\nLa reuni\xf3n en Panam\xe1 concluy\xf3 con la firma del acuerdo.",
    )
    .unwrap();
    let (record, output) = extract_one(&legacy, &["--include-text"]);
    assert!(output.status.success());
    assert_eq!(record["source"]["encoding"], "windows-1252");
    assert!(record["text"].as_str().unwrap().contains("La reunión en Panamá concluyó"));
    assert!(record["warnings"].as_array().unwrap().is_empty());

    let broken = dir.path().join("broken.txt");
    let mut bytes = "La niñez migrante en México, Perú y Panamá requiere atención: ".as_bytes().to_vec();
    bytes.extend_from_slice(b"\xff\xfe\xfd");
    bytes.extend_from_slice("la reunión concluyó.".as_bytes());
    fs::write(&broken, &bytes).unwrap();
    let (record, output) = extract_one(&broken, &["--include-text"]);
    assert!(output.status.success());
    assert_eq!(record["source"]["encoding"], "UTF-8");
    let text = record["text"].as_str().unwrap();
    assert!(text.contains("niñez") && text.contains('\u{FFFD}'), "{text}");
    let codes: Vec<&str> =
        record["warnings"].as_array().unwrap().iter().filter_map(|w| w["code"].as_str()).collect();
    assert!(codes.contains(&"decode_lossy"), "{codes:?}");
}

/// A 200 MB text file: refused under the default --max-bytes without being read whole, and
/// processed with a raised limit under a 3 GiB address-space limit (`ulimit -v`), which is
/// the measurement: the process dies if its memory is not bounded by a small multiple of the
/// input.
#[test]
fn a_200_mb_file_is_refused_by_default_and_processed_with_a_raised_limit_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("enorme.txt");
    {
        let mut file = std::io::BufWriter::new(fs::File::create(&path).unwrap());
        let paragraph = "Las delegaciones dialogaron sobre la situación migratoria en la región y \
                         propusieron acciones coordinadas para la atención del fenómeno.\n\n";
        let mut written = 0usize;
        while written < 200_000_000 {
            file.write_all(paragraph.as_bytes()).unwrap();
            written += paragraph.len();
        }
    }
    let (record, output) = extract_one(&path, &[]);
    assert_error(&record, "limit_exceeded");
    assert_eq!(output.status.code(), Some(1));
    assert!(record["error"]["message"].as_str().unwrap().contains("--max-bytes"));

    let command = format!(
        "ulimit -v 3000000 && exec '{}' extract --max-bytes 300000000 --timeout-secs 900 '{}'",
        env!("CARGO_BIN_EXE_acta"),
        path.display()
    );
    let output = Command::new("sh").arg("-c").arg(&command).output().expect("sh runs");
    assert!(
        output.status.success(),
        "exit {:?}; stderr: {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    let record = common::only_record(&output);
    assert_eq!(record["status"], "ok");
    assert_eq!(
        record["source"]["bytes"].as_u64().unwrap() as usize,
        fs::metadata(&path).unwrap().len() as usize
    );
}

#[test]
fn ten_thousand_small_files_in_one_directory() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..10_000 {
        let sub = dir.path().join(format!("{:02}", i % 100));
        if i < 100 {
            fs::create_dir_all(&sub).unwrap();
        }
        fs::write(
            sub.join(format!("nota-{i:05}.txt")),
            format!("Nota {i}: la reunión número {i} concluyó en Lima."),
        )
        .unwrap();
    }
    let output = common::run(&["extract", "--quiet", dir.path().to_str().unwrap()]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let records = common::records(&output);
    assert_eq!(records.len(), 10_000);
    assert_eq!(records[0]["id"], "00/nota-00000.txt");
    assert_eq!(records[9_999]["id"], "99/nota-09999.txt");
    assert!(records.iter().all(|r| r["status"] == "ok"));
}

#[cfg(unix)]
#[test]
fn fifo_dangling_symlink_and_symlink_loop_inside_a_directory() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a-bueno.txt"), "Lima, 5 de abril de 2021\n\nSe firmó un acuerdo con Chile.")
        .unwrap();
    let fifo = dir.path().join("b-tuberia.txt");
    let status = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
    assert!(status.success());
    std::os::unix::fs::symlink(dir.path().join("no-existe.txt"), dir.path().join("c-roto.txt")).unwrap();
    fs::create_dir(dir.path().join("d-sub")).unwrap();
    std::os::unix::fs::symlink(dir.path(), dir.path().join("d-sub/bucle")).unwrap();
    fs::write(dir.path().join("d-sub/e-otro.md"), "## Comunicado\n\nTexto del comunicado.").unwrap();

    let output = common::run(&["extract", dir.path().to_str().unwrap()]);
    let records = common::records(&output);
    let ids: Vec<&str> = records.iter().map(|r| r["id"].as_str().unwrap()).collect();
    // The FIFO is reported without being opened (opening it would block); symlinks are not
    // followed, so the dangling one and the loop add nothing.
    assert_eq!(ids, ["a-bueno.txt", "b-tuberia.txt", "d-sub/e-otro.md"]);
    assert_eq!(records[0]["status"], "ok");
    assert_error(&records[1], "io");
    assert!(records[1]["error"]["message"].as_str().unwrap().contains("FIFO"));
    assert_eq!(records[2]["status"], "ok");
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn a_missing_path_is_an_io_record_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("bueno.txt");
    fs::write(&good, "Quito, 2 de marzo de 2022\n\nEcuador y Perú firmaron un memorándum.").unwrap();
    let missing = dir.path().join("no-existe.pdf");
    let output = common::run(&["extract", missing.to_str().unwrap(), good.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let records = common::records(&output);
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["id"], "no-existe.pdf");
    assert_error(&records[0], "io");
    assert_eq!(records[1]["status"], "ok");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no-existe.pdf") && stderr.contains("io"), "{stderr}");
}

#[test]
fn nul_and_control_characters_are_cleaned() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("control.txt");
    fs::write(&path, b"Lima,\x00 5 de abril de 2021\x07\r\n\r\nLa reuni\xc3\xb3n\x1b concluy\xc3\xb3.")
        .unwrap();
    let (record, output) = extract_one(&path, &["--include-text"]);
    assert!(output.status.success());
    assert_eq!(record["text"], "Lima, 5 de abril de 2021\n\nLa reunión concluyó.");
    assert_eq!(record["dateline"]["date"], "2021-04-05");
}

/// UTF-8 text holding C1 controls (Windows-1252 quotes and dashes once read as Latin-1, as in
/// many web archives) gets the characters those bytes stand for, not nothing.
#[test]
fn c1_controls_from_a_mislabelled_windows_1252_page_become_their_characters() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("c1.txt");
    fs::write(
        &path,
        "Lima, 5 de abril de 2021\n\nEl ministro dijo: \u{93}Es un paso\u{94} \u{96} y firm\u{f3}.",
    )
    .unwrap();
    let (record, output) = extract_one(&path, &["--include-text"]);
    assert!(output.status.success());
    assert_eq!(record["text"], "Lima, 5 de abril de 2021\n\nEl ministro dijo: “Es un paso” – y firmó.");
}

#[test]
fn html_or_text_named_pdf_is_refused_but_a_pdf_named_txt_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("pagina.pdf");
    fs::write(
        &html,
        "<!DOCTYPE html><html><body><p>Ciudad de México, 3 de diciembre de 2021</p></body></html>",
    )
    .unwrap();
    let (record, output) = extract_one(&html, &[]);
    assert_error(&record, "unsupported_format");
    assert!(record["error"]["message"].as_str().unwrap().contains("HTML"), "{record}");
    assert_eq!(output.status.code(), Some(1));

    let empty = dir.path().join("vacio.pdf");
    fs::write(&empty, b"").unwrap();
    assert_error(&extract_one(&empty, &[]).0, "empty");

    // The same HTML under an .html name is read.
    let named_html = dir.path().join("pagina.html");
    fs::copy(&html, &named_html).unwrap();
    let (record, _) = extract_one(&named_html, &[]);
    assert_eq!(record["status"], "ok");
    assert_eq!(record["source"]["format"], "html");
    assert_eq!(record["dateline"]["date"], "2021-12-03");
}

/// A minimal one-page PDF with no cross-reference table (readers must rebuild it by scanning
/// for objects) and `extra` added to the page dictionary.
fn handmade_pdf(text: &str, extra: &str) -> Vec<u8> {
    let content = format!("BT /F1 12 Tf 72 700 Td ({text}) Tj ET");
    format!(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n\
         2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n\
         3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R \
         /Resources << /Font << /F1 5 0 R >> >> {extra} >> endobj\n\
         4 0 obj << /Length {} >> stream\n{content}\nendstream endobj\n\
         5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> endobj\n\
         trailer << /Root 1 0 R >>\n%%EOF\n",
        content.len()
    )
    .into_bytes()
}

#[test]
fn a_batch_mixing_good_and_hostile_pdfs_gives_one_record_per_file_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let seed = fs::read(common::fixture("pdf/crm-xxvi-reunion-viceministerial-2021.pdf")).unwrap();
    fs::write(dir.path().join("a-good.pdf"), &seed).unwrap();
    fs::write(dir.path().join("b-truncated.pdf"), &seed[..seed.len() / 2]).unwrap();
    fs::write(dir.path().join("c-no-xref.pdf"), handmade_pdf("Lima, 5 de abril de 2021", "")).unwrap();
    let deep = format!("/PieceInfo {}{}", "[".repeat(100_000), "]".repeat(100_000));
    fs::write(dir.path().join("d-deep-nesting.pdf"), handmade_pdf("Quito, 2 de marzo de 2022", &deep))
        .unwrap();
    let cycle = String::from_utf8(handmade_pdf("Texto", ""))
        .unwrap()
        .replace("/Kids [3 0 R] /Count 1", "/Kids [3 0 R 2 0 R] /Count 2147483647");
    fs::write(dir.path().join("e-page-cycle.pdf"), cycle).unwrap();
    fs::write(dir.path().join("f-zero.pdf"), b"").unwrap();
    fs::write(
        dir.path().join("g-page.pdf"),
        "<html><body><p>Error 404</p><p>No encontrado</p><p>x</p></body></html>",
    )
    .unwrap();
    fs::write(dir.path().join("h-image.pdf"), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR").unwrap();

    let output = common::run(&["extract", "--timeout-secs", "20", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let records = common::records(&output);
    let summary: Vec<(String, String)> = records
        .iter()
        .map(|r| {
            let outcome = if r["status"] == "ok" {
                "ok".to_string()
            } else {
                r["error"]["kind"].as_str().unwrap().to_string()
            };
            (r["id"].as_str().unwrap().to_string(), outcome)
        })
        .collect();
    let ids: Vec<&str> = summary.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "a-good.pdf",
            "b-truncated.pdf",
            "c-no-xref.pdf",
            "d-deep-nesting.pdf",
            "e-page-cycle.pdf",
            "f-zero.pdf",
            "g-page.pdf",
            "h-image.pdf"
        ]
    );
    let outcome = |id: &str| summary.iter().find(|(i, _)| i == id).map(|(_, o)| o.as_str()).unwrap();
    assert_eq!(outcome("a-good.pdf"), "ok");
    assert!(["ok", "malformed"].contains(&outcome("b-truncated.pdf")), "{summary:?}");
    assert_eq!(outcome("c-no-xref.pdf"), "ok", "{summary:?}");
    assert!(["ok", "malformed"].contains(&outcome("d-deep-nesting.pdf")), "{summary:?}");
    assert!(["ok", "malformed"].contains(&outcome("e-page-cycle.pdf")), "{summary:?}");
    assert_eq!(outcome("f-zero.pdf"), "empty");
    assert_eq!(outcome("g-page.pdf"), "unsupported_format");
    assert_eq!(outcome("h-image.pdf"), "unsupported_format");
    let validator = common::validator();
    for record in &records {
        common::assert_valid(&validator, record);
    }
    let recovered = records.iter().find(|r| r["id"] == "c-no-xref.pdf").unwrap();
    assert_eq!(recovered["dateline"]["date"], "2021-04-05");
    assert_eq!(recovered["source"]["pages"], 1);
}
