//! The committed schema and the record types agree, and the schema accepts and refuses what it
//! should.

mod common;

use acta_record::{
    Action, CountryMention, CountryVia, DateKind, DateMention, Dateline, ErrorKind, Event, EventType, Format,
    Instrument, InstrumentType, Issuer, Mode, Organization, Person, Record, Source, Span, Status, Warning,
    WarningCode,
};
use serde_json::Value;

fn schema() -> Value {
    serde_json::from_str(acta_record::schema_text()).expect("schema is JSON")
}

/// A record with every optional field filled.
fn full_record() -> Record {
    let span = Span { start: 0, end: 4, page: Some(1) };
    let mut record = Record::new(
        "2021/seed.pdf",
        Source {
            format: Some(Format::Pdf),
            bytes: 10,
            sha256: Some("a".repeat(64)),
            encoding: Some("UTF-8".to_string()),
            pages: Some(2),
        },
    );
    record.title = Some("Comunicado".to_string());
    record.dateline = Some(Dateline {
        text: "Lima".to_string(),
        span,
        place: Some("Lima".to_string()),
        date: Some("2021-12-03".to_string()),
        rule: "dateline.place_date".to_string(),
    });
    record.issuer = Some(Issuer {
        text: "SRE".to_string(),
        span,
        name: "SRE".to_string(),
        rule: "issuer.communique_of".to_string(),
    });
    record.dates.push(DateMention {
        text: "hoy".to_string(),
        span,
        value: Some("2021-12-03".to_string()),
        kind: DateKind::Date,
        relative: true,
        rule: "date.today".to_string(),
    });
    record.countries.push(CountryMention {
        text: "Perú".to_string(),
        span,
        code: "PE".to_string(),
        alpha3: "PER".to_string(),
        name: "Perú".to_string(),
        via: CountryVia::Name,
        rule: "country.name".to_string(),
    });
    record.organizations.push(Organization {
        text: "OEA".to_string(),
        span,
        mentions: vec![span],
        name: "Organización de los Estados Americanos".to_string(),
        acronym: Some("OEA".to_string()),
        rule: "org.gazetteer".to_string(),
    });
    record.people.push(Person {
        text: "Ana".to_string(),
        span,
        mentions: vec![span],
        name: "Ana Pérez".to_string(),
        role: Some("canciller".to_string()),
        rule: "person.role_name".to_string(),
    });
    record.events.push(Event {
        text: "XXVI Reunión".to_string(),
        span,
        mentions: vec![span],
        event_type: EventType::Meeting,
        name: "XXVI Reunión".to_string(),
        ordinal: Some(26),
        organizations: vec!["CRM".to_string()],
        date: Some("2021-12-02/2021-12-03".to_string()),
        place: Some("Puebla".to_string()),
        rule: "event.head_noun".to_string(),
    });
    record.instruments.push(Instrument {
        text: "Declaración".to_string(),
        span,
        mentions: vec![span],
        instrument_type: InstrumentType::Declaration,
        title: "XXVI Declaración".to_string(),
        action: Action::Approved,
        mode: Some(Mode::Consensus),
        ordinal: Some(26),
        date: Some("2021-12-03".to_string()),
        rule: "instrument.approved_list".to_string(),
    });
    record.warnings.push(Warning {
        code: WarningCode::CountMismatch,
        message: "dos anunciados, tres encontrados".to_string(),
        span: Some(span),
    });
    record.text = Some("Lima".to_string());
    record
}

fn errors(value: &Value) -> Vec<String> {
    acta_record::validate_value(value).into_iter().map(|v| v.to_string()).collect()
}

#[test]
fn a_record_with_every_field_filled_validates() {
    let value = serde_json::to_value(full_record()).unwrap();
    assert_eq!(errors(&value), Vec::<String>::new());
    let failed = Record::failed("x.txt", full_record().source, ErrorKind::Empty, "the input has no bytes");
    assert_eq!(errors(&serde_json::to_value(failed).unwrap()), Vec::<String>::new());
}

#[test]
fn the_schema_refuses_what_the_contract_forbids() {
    let good = serde_json::to_value(full_record()).unwrap();
    type Mutation = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(&str, Mutation)> = vec![
        ("unknown enum value", Box::new(|r| r["events"][0]["type"] = Value::from("party"))),
        ("unknown field", Box::new(|r| r["dates"][0]["confidence"] = Value::from(0.9))),
        ("unknown top-level field", Box::new(|r| r["extra"] = Value::from(true))),
        (
            "missing required field",
            Box::new(|r| {
                r.as_object_mut().unwrap().remove("countries");
            }),
        ),
        ("span of the wrong type", Box::new(|r| r["dates"][0]["span"]["start"] = Value::from("0"))),
        ("negative span", Box::new(|r| r["countries"][0]["span"]["end"] = Value::from(-1))),
        ("lower-case country code", Box::new(|r| r["countries"][0]["code"] = Value::from("pe"))),
        ("absolute id", Box::new(|r| r["id"] = Value::from("/home/ana/seed.txt"))),
        (
            "error on an ok record",
            Box::new(|r| r["error"] = serde_json::json!({"kind": "io", "message": "x"})),
        ),
        ("error record without error", Box::new(|r| r["status"] = Value::from("error"))),
        ("dateline date not a day", Box::new(|r| r["dateline"]["date"] = Value::from("2021-12"))),
    ];
    for (name, mutate) in cases {
        let mut value = good.clone();
        mutate(&mut value);
        assert!(!errors(&value).is_empty(), "schema accepted a record with {name}");
    }
}

/// The enumerations of the types are exactly those of the schema, so neither can change alone.
#[test]
fn enumerations_agree_with_the_types() {
    let schema = schema();
    let defs = &schema["$defs"];
    let schema_enum = |value: &Value| -> Vec<String> {
        let value = value.get("anyOf").and_then(|a| a.get(0)).unwrap_or(value);
        value["enum"]
            .as_array()
            .unwrap_or_else(|| panic!("no enum in {value}"))
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect()
    };
    let words = |all: Vec<&'static str>| all.into_iter().map(str::to_string).collect::<Vec<_>>();
    assert_eq!(
        schema_enum(&defs["source"]["properties"]["format"]),
        words(Format::ALL.iter().map(|v| v.as_str()).collect())
    );
    assert_eq!(
        schema_enum(&schema["properties"]["status"]),
        words(Status::ALL.iter().map(|v| v.as_str()).collect())
    );
    assert_eq!(
        schema_enum(&defs["error"]["properties"]["kind"]),
        words(ErrorKind::ALL.iter().map(|v| v.as_str()).collect())
    );
    assert_eq!(
        schema_enum(&defs["date"]["properties"]["kind"]),
        words(DateKind::ALL.iter().map(|v| v.as_str()).collect())
    );
    assert_eq!(
        schema_enum(&defs["country"]["properties"]["via"]),
        words(CountryVia::ALL.iter().map(|v| v.as_str()).collect())
    );
    assert_eq!(
        schema_enum(&defs["event"]["properties"]["type"]),
        words(EventType::ALL.iter().map(|v| v.as_str()).collect())
    );
    assert_eq!(
        schema_enum(&defs["instrument"]["properties"]["type"]),
        words(InstrumentType::ALL.iter().map(|v| v.as_str()).collect())
    );
    assert_eq!(
        schema_enum(&defs["instrument"]["properties"]["action"]),
        words(Action::ALL.iter().map(|v| v.as_str()).collect())
    );
    assert_eq!(
        schema_enum(&defs["instrument"]["properties"]["mode"]),
        words(Mode::ALL.iter().map(|v| v.as_str()).collect())
    );
    assert_eq!(
        schema_enum(&defs["warning"]["properties"]["code"]),
        words(WarningCode::ALL.iter().map(|v| v.as_str()).collect())
    );
}

/// Every object the types serialise has exactly the properties the schema declares, and the
/// schema requires every property the types always write.
#[test]
fn properties_agree_with_the_types() {
    let schema = schema();
    let record = serde_json::to_value(full_record()).unwrap();
    let check = |name: &str, schema_object: &Value, value: &Value| {
        let declared: Vec<&String> = schema_object["properties"].as_object().unwrap().keys().collect();
        let written: Vec<&String> = value.as_object().unwrap().keys().collect();
        let mut declared_sorted = declared.clone();
        declared_sorted.sort();
        let mut written_sorted = written.clone();
        written_sorted.sort();
        assert_eq!(declared_sorted, written_sorted, "{name}: schema properties vs serialised fields");
        assert_eq!(schema_object["additionalProperties"], Value::Bool(false), "{name} must be closed");
        for property in schema_object["properties"].as_object().unwrap().values() {
            assert!(property.get("description").is_some(), "{name}: every field is described");
        }
    };
    let defs = &schema["$defs"];
    check("record", &schema, &record);
    check("source", &defs["source"], &record["source"]);
    check("dateline", &defs["dateline"], &record["dateline"]);
    check("issuer", &defs["issuer"], &record["issuer"]);
    check("date", &defs["date"], &record["dates"][0]);
    check("country", &defs["country"], &record["countries"][0]);
    check("organization", &defs["organization"], &record["organizations"][0]);
    check("person", &defs["person"], &record["people"][0]);
    check("event", &defs["event"], &record["events"][0]);
    check("instrument", &defs["instrument"], &record["instruments"][0]);
    check("warning", &defs["warning"], &record["warnings"][0]);
    check("span", &defs["span"], &record["dates"][0]["span"]);
    let failed = serde_json::to_value(Record::failed("x", full_record().source, ErrorKind::Io, "m")).unwrap();
    check("error", &defs["error"], &failed["error"]);
}

/// Every record the fixtures produce validates, through `acta validate` as a user runs it.
#[test]
fn every_fixture_record_validates() {
    let output =
        common::run(&["extract", "--include-text", common::root().join("fixtures").to_str().unwrap()]);
    let validator = common::validator();
    let records = common::records(&output);
    assert!(records.len() >= 40);
    for record in &records {
        common::assert_valid(&validator, record);
    }
}
