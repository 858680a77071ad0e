//! Encrypted files made with lopdf's writer: owner-password-only files open with the empty user
//! password; a real user password is reported as "encrypted".

mod common;

use std::collections::BTreeMap;
use std::sync::Arc;

use common::{doc, helvetica, lines_at, text};
use lopdf::encryption::crypt_filters::{Aes256CryptFilter, CryptFilter};
use lopdf::{EncryptionState, EncryptionVersion, Permissions};

fn encrypted(user_password: &str, aes256: bool) -> Vec<u8> {
    let plain = doc(&[lines_at(&[(72.0, 700.0, "Texto cifrado del comunicado.")])], &[helvetica()]);
    let mut d = lopdf::Document::load_mem(&plain).unwrap();
    d.trailer.set(
        "ID",
        lopdf::Object::Array(vec![
            lopdf::Object::string_literal(b"0123456789abcdef".to_vec()),
            lopdf::Object::string_literal(b"0123456789abcdef".to_vec()),
        ]),
    );
    let key = [0x5Au8; 32];
    let aes: Arc<dyn CryptFilter> = Arc::new(Aes256CryptFilter);
    let version = if aes256 {
        EncryptionVersion::V5 {
            encrypt_metadata: true,
            crypt_filters: BTreeMap::from([(b"StdCF".to_vec(), aes)]),
            file_encryption_key: &key,
            stream_filter: b"StdCF".to_vec(),
            string_filter: b"StdCF".to_vec(),
            owner_password: "propietario",
            user_password,
            permissions: Permissions::empty(),
        }
    } else {
        EncryptionVersion::V2 {
            document: &d,
            owner_password: "propietario",
            user_password,
            key_length: 128,
            permissions: Permissions::empty(),
        }
    };
    let state = EncryptionState::try_from(version).unwrap();
    d.encrypt(&state).unwrap();
    let mut out = Vec::new();
    d.save_to(&mut out).unwrap();
    out
}

#[test]
fn owner_password_only_opens() {
    for aes in [false, true] {
        let bytes = encrypted("", aes);
        assert!(bytes.windows(8).any(|w| w == b"/Encrypt"), "not encrypted");
        assert_eq!(text(&bytes), "Texto cifrado del comunicado.", "aes256={aes}");
    }
}

#[test]
fn user_password_is_encrypted_error() {
    for aes in [false, true] {
        let e =
            acta_pdf::extract_text(&encrypted("secreto", aes), &acta_pdf::PdfLimits::default()).unwrap_err();
        assert_eq!(e.kind(), "encrypted", "aes256={aes}: {e}");
    }
}
