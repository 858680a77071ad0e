//! Fuzz `acta_pdf::extract_text` with tight limits: any panic, hang or runaway allocation is a bug.
#![no_main]

use std::time::{Duration, Instant};

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let limits = acta_pdf::PdfLimits {
        max_pages: 50,
        max_stream_bytes: 8 << 20,
        deadline: Some(Instant::now() + Duration::from_secs(2)),
    };
    let _ = acta_pdf::extract_text(data, &limits);
    let _ = acta_pdf::looks_like_pdf(data);
});
