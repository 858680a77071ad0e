//! Property test: whatever the input, every span of every value is a valid character range of
//! the emitted text and slices it back to the value's text. Checked through the real binary
//! (`--include-text`), independently of the extractors' own slicing.

mod common;

use proptest::prelude::*;

/// Spanish-looking fragments, so the extractors actually fire, mixed with arbitrary text.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Ciudad de México, 3 de diciembre de 2021\n".to_string()),
        Just("## **Comunicado de la CRM**\n\n".to_string()),
        Just("la XXVI Reunión Viceministerial de la Conferencia Regional sobre Migración (CRM) ".to_string()),
        Just("se aprobaron por consenso dos documentos:\n\n- La guía operativa.\n- El plan.\n".to_string()),
        Just("el canciller de Perú, Ana María Pérez Soto, ".to_string()),
        Just("del 1 al 3 de diciembre; ayer; los próximos dos años; migra-\nción ".to_string()),
        Just("“Guatemala” — El Salvador, EE.UU.; ﬁnanciamiento\u{00AD}\n".to_string()),
        Just("\u{000C}Página 2 de 3\n\n".to_string()),
        "\\PC{0,40}",
        "[a-zA-ZáéíóúñÑ ,.\\n-]{0,60}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, .. ProptestConfig::default() })]

    #[test]
    fn spans_slice_the_emitted_text(parts in prop::collection::vec(fragment(), 1..12)) {
        let input: String = parts.concat();
        let output = common::run_with_stdin(&["extract", "--include-text", "-"], input.as_bytes());
        let code = output.status.code();
        prop_assert!(code == Some(0) || code == Some(1), "exit {:?}", code);
        let record = common::only_record(&output);
        if record["status"] == "ok" {
            common::assert_spans_slice_text(&record);
        } else {
            prop_assert!(record["error"]["kind"].is_string());
        }
    }
}
