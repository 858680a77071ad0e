//! Table-driven tests of the country rules: sentence -> expected mentions (text, code, rule).

use super::gazetteer::{fold, Kind, GAZETTEER};
use super::*;

/// (sentence, expected mentions as (text, alpha-2, rule)).
type Case = (&'static str, &'static [(&'static str, &'static str, &'static str)]);

fn check(cases: &[Case]) {
    for (sentence, expected) in cases {
        let doc = Doc::new(sentence);
        let found = find(&doc);
        for mention in &found {
            assert_eq!(doc.text.get(mention.span.start..mention.span.end), Some(mention.text.as_str()));
        }
        let got: Vec<(&str, &str, &str)> =
            found.iter().map(|m| (m.text.as_str(), m.code.as_str(), m.rule.as_str())).collect();
        assert_eq!(&got, expected, "in {sentence:?}");
    }
}

const N: &str = "country.name";
const OFF: &str = "country.official_name";
const ABBR: &str = "country.abbreviation";
const DEM: &str = "country.demonym";
const CUE: &str = "country.name_after_cue";
const LIST: &str = "country.name_in_list";

#[test]
fn names_in_every_writing() {
    check(&[
        ("La canciller viajó a México la semana pasada.", &[("México", "MX", N)]),
        ("El acuerdo con Mexico se firmó ayer.", &[("Mexico", "MX", N)]),
        ("MÉXICO Y PERÚ FIRMAN UN MEMORÁNDUM", &[("MÉXICO", "MX", N), ("PERÚ", "PE", N)]),
        (
            "Delegaciones de Perú, Peru y Haití asistieron.",
            &[("Perú", "PE", N), ("Peru", "PE", N), ("Haití", "HT", N)],
        ),
        ("Belice y Guatemala acordaron una hoja de ruta.", &[("Belice", "BZ", N), ("Guatemala", "GT", N)]),
        (
            "Holanda y los Países Bajos son el mismo Estado.",
            &[("Holanda", "NL", N), ("Países Bajos", "NL", N)],
        ),
        ("Corea del Sur donó equipo médico.", &[("Corea del Sur", "KR", N)]),
        // "Corea" alone is the Republic; the North is always named so.
        (
            "Costa Rica y Corea firmaron; Corea del Norte no asistió.",
            &[("Costa Rica", "CR", N), ("Corea", "KR", N), ("Corea del Norte", "KP", N)],
        ),
        ("Se reunió con su homólogo de Costa de Marfil.", &[("Costa de Marfil", "CI", N)]),
        (
            "La relación México-Estados Unidos es prioritaria.",
            &[("México", "MX", N), ("Estados Unidos", "US", N)],
        ),
        ("Visitó Irlanda del Norte e Irlanda.", &[("Irlanda del Norte", "GB", N), ("Irlanda", "IE", N)]),
        ("Migrantes de (Honduras) llegaron.", &[("Honduras", "HN", N)]),
    ]);
}

#[test]
fn longest_form_wins() {
    check(&[
        ("Guinea Ecuatorial y Guinea firmaron.", &[("Guinea Ecuatorial", "GQ", N), ("Guinea", "GN", N)]),
        (
            "Llegaron desde Guinea-Bisáu y Papúa Nueva Guinea.",
            &[("Guinea-Bisáu", "GW", N), ("Papúa Nueva Guinea", "PG", N)],
        ),
        ("Observadores de Guinea Bissau.", &[("Guinea Bissau", "GW", N)]),
        (
            "La República Dominicana y Dominica cooperan.",
            &[("República Dominicana", "DO", N), ("Dominica", "DM", N)],
        ),
        ("Nigeria y Níger comparten frontera.", &[("Nigeria", "NG", N), ("Níger", "NE", N)]),
        (
            "Los Estados Unidos Mexicanos y los Estados Unidos de América.",
            &[("Estados Unidos Mexicanos", "MX", OFF), ("Estados Unidos de América", "US", OFF)],
        ),
        ("Sudán del Sur pidió apoyo a Sudán.", &[("Sudán del Sur", "SS", N), ("Sudán", "SD", N)]),
        ("Samoa Americana no es Samoa.", &[("Samoa Americana", "AS", N), ("Samoa", "WS", N)]),
    ]);
}

#[test]
fn official_names() {
    check(&[
        (
            "Gobierno de la República Bolivariana de Venezuela",
            &[("República Bolivariana de Venezuela", "VE", OFF)],
        ),
        ("el Estado Plurinacional de Bolivia", &[("Estado Plurinacional de Bolivia", "BO", OFF)]),
        (
            "El Reino de España y la República Federativa del Brasil",
            &[("Reino de España", "ES", OFF), ("República Federativa del Brasil", "BR", OFF)],
        ),
        ("con la República Oriental del Uruguay", &[("República Oriental del Uruguay", "UY", OFF)]),
        ("la República de El Salvador", &[("República de El Salvador", "SV", OFF)]),
        // Lower-case "república" is not the official name; the short name inside still counts.
        ("la república de Guatemala", &[("Guatemala", "GT", N)]),
    ]);
}

#[test]
fn abbreviations() {
    check(&[
        ("Viajó a EE.UU. en marzo.", &[("EE.UU.", "US", ABBR)]),
        ("Viajó a EE. UU. en marzo.", &[("EE. UU.", "US", ABBR)]),
        ("Deportados desde EEUU y EUA.", &[("EEUU", "US", ABBR), ("EUA", "US", ABBR)]),
        ("Frontera entre México y E.U.A.", &[("México", "MX", N), ("E.U.A.", "US", ABBR)]),
        ("Establecen México y EU mecanismos de cooperación.", &[("México", "MX", N), ("EU", "US", ABBR)]),
        ("La UE y la eu-ropa.", &[]),
        // "RD" is the Dominican Republic only beside other countries, not a Real Decreto or a peso.
        ("RD y Venezuela firman acuerdo", &[("RD", "DO", "country.name_in_list"), ("Venezuela", "VE", N)]),
        ("El RD 1155/2024 fija tarifas de RD$ 500.", &[]),
        // A lower-case "usa" is the verb.
        ("La red usa datos abiertos.", &[]),
    ]);
}

#[test]
fn demonyms() {
    check(&[
        ("La delegación salvadoreña presentó su informe.", &[("salvadoreña", "SV", DEM)]),
        ("Los empresarios coreanos aprendieron el idioma coreano.", &[("coreanos", "KR", DEM)]),
        (
            "Los mexicanos y las mexicanas en el exterior.",
            &[("mexicanos", "MX", DEM), ("mexicanas", "MX", DEM)],
        ),
        (
            "Ciudadanos estadounidenses y costarricenses.",
            &[("estadounidenses", "US", DEM), ("costarricenses", "CR", DEM)],
        ),
        (
            "Migrantes hondureños, guatemaltecos y nicaragüenses.",
            &[("hondureños", "HN", DEM), ("guatemaltecos", "GT", DEM), ("nicaragüenses", "NI", DEM)],
        ),
        (
            "Empresarios marroquíes y un diplomático marroquí.",
            &[("marroquíes", "MA", DEM), ("marroquí", "MA", DEM)],
        ),
        ("Mexicanos en el exterior votaron.", &[("Mexicanos", "MX", DEM)]),
        ("La Agencia Mexicana de Cooperación Internacional.", &[("Mexicana", "MX", DEM)]),
        ("El Gobierno Salvadoreño lo anunció.", &[("Salvadoreño", "SV", DEM)]),
        ("LA DELEGACIÓN PANAMEÑA", &[("PANAMEÑA", "PA", DEM)]),
        // A capitalised demonym mid-sentence after a first name is a surname.
        ("El expresidente Arnoldo Alemán declaró.", &[]),
        // Inside a proper name, feminine and plural forms count after any capitalised word.
        ("El Consejo Consultivo de la Diáspora Salvadoreña sesionó.", &[("Salvadoreña", "SV", DEM)]),
        ("La Guía para Ciudadanos Venezolanos se actualizará.", &[("Venezolanos", "VE", DEM)]),
        ("La Cátedra de Estudios Mexicanos abrió.", &[("Mexicanos", "MX", DEM)]),
        ("El Instituto Guatemalteco de Migración.", &[("Guatemalteco", "GT", DEM)]),
        // The masculine singular counts after an institution's name of up to three words.
        ("El Consejo Empresarial Mexicano de Comercio Exterior.", &[("Mexicano", "MX", DEM)]),
        ("La Cámara de Comercio Peruano Boliviana.", &[("Peruano", "PE", DEM), ("Boliviana", "BO", DEM)]),
        ("El doctor Ernesto Ramírez Alemán declaró.", &[]),
        // Forums and programmes are named like institutions; "de ... y" links demonyms to one.
        ("Se celebrará el Foro Dominicano sobre Migración Laboral.", &[("Dominicano", "DO", DEM)]),
        (
            "En la Tercera Reunión de Alto Nivel Hispano-Marroquí.",
            &[("Hispano", "ES", DEM), ("Marroquí", "MA", DEM)],
        ),
        (
            "El Instituto de Dominicanos y Dominicanas en el Exterior.",
            &[("Dominicanos", "DO", DEM), ("Dominicanas", "DO", DEM)],
        ),
        ("La Dirección General de Protección al Hondureño Migrante informó.", &[("Hondureño", "HN", DEM)]),
        ("La Secretaría recibió a Pedro Alemán.", &[]),
        // Same folded form: capital for the country, lower case for the demonym.
        ("China y la delegación china.", &[("China", "CN", N), ("china", "CN", DEM)]),
    ]);
}

#[test]
fn compound_adjectives_name_both_countries() {
    check(&[
        (
            "La comisión hispano-marroquí y el consejo franco–alemán sesionaron.",
            &[("hispano", "ES", DEM), ("marroquí", "MA", DEM), ("franco", "FR", DEM), ("alemán", "DE", DEM)],
        ),
        ("La cumbre hispano-lusa concluyó.", &[("hispano", "ES", DEM), ("lusa", "PT", DEM)]),
        ("Sesionó la Comisión Mixta Hispano-Hondureña.", &[("Hispano", "ES", DEM), ("Hondureña", "HN", DEM)]),
        ("Sesionó la Comisión Mixta Hispano Marroquí.", &[("Hispano", "ES", DEM), ("Marroquí", "MA", DEM)]),
        ("El diálogo sino-japonés avanza.", &[("sino", "CN", DEM), ("japonés", "JP", DEM)]),
        ("Recorrieron la frontera colombo-venezolana.", &[("colombo", "CO", DEM), ("venezolana", "VE", DEM)]),
        (
            "Sesionó la Comisión de Vecindad Colombo-Panameña.",
            &[("Colombo", "CO", DEM), ("Panameña", "PA", DEM)],
        ),
        // Colombo, the city, alone.
        ("La delegación viajó a Colombo.", &[]),
        ("El primer ministro nipón y el presidente galo.", &[("nipón", "JP", DEM), ("galo", "FR", DEM)]),
        // A prefix form alone, or before a demonym without a hyphen in lower case, is not a
        // country: Hispanics, a currency, a news agency, a gala, a man named Galo.
        ("Los hispanos votaron; el franco suizo subió.", &[("suizo", "CH", DEM)]),
        ("Según la agencia Lusa, la cena de gala con Galo Plaza fue un éxito.", &[]),
        ("Lo dijo sin rodeos: franco y directo.", &[]),
    ]);
}

#[test]
fn languages_are_not_demonyms() {
    check(&[
        ("El documento está disponible en español.", &[]),
        ("Fue traducido al inglés y al francés.", &[]),
        ("Señaló la nota, en traducción del portugués.", &[]),
        // Coordinated languages after "idiomas".
        ("Publicado en los idiomas español y portugués.", &[]),
        ("Se publicará en español, inglés y francés.", &[]),
        ("El idioma portugués se habla en Brasil.", &[("Brasil", "BR", N)]),
        ("Un curso de japonés para funcionarios.", &[]),
        ("El Congreso Internacional de la Lengua Española.", &[]),
        ("Recién llegados de habla francesa y la lengua inglesa.", &[]),
        ("El mercado estadunidense creció.", &[("estadunidense", "US", DEM)]),
        ("Enseña español como lengua extranjera.", &[]),
        ("Revisaron la enseñanza del español y del japonés como lenguas extranjeras.", &[]),
        // The demonym itself still counts.
        ("El ministro español y la ministra francesa.", &[("español", "ES", DEM), ("francesa", "FR", DEM)]),
        ("Un ciudadano francés fue detenido.", &[("francés", "FR", DEM)]),
    ]);
}

#[test]
fn georgia_state_or_country() {
    check(&[
        ("La oficina consular en Atlanta, Georgia, atiende a la comunidad.", &[]),
        ("Los connacionales en el estado de Georgia.", &[]),
        ("Trabajadores agrícolas en Georgia, Estados Unidos.", &[("Estados Unidos", "US", N)]),
        ("Georgia y Armenia firmaron un tratado.", &[("Georgia", "GE", N), ("Armenia", "AM", N)]),
        ("El canciller de Georgia visitó Tiflis.", &[("Georgia", "GE", N)]),
    ]);
}

#[test]
fn given_names_are_not_countries() {
    check(&[
        ("El secretario interino Chad Wolf se reunió con el canciller.", &[]),
        ("Chad y Níger reforzarán su frontera.", &[("Chad", "TD", N), ("Níger", "NE", N)]),
        ("La vicepresidenta Francia Márquez habló en Bogotá.", &[]),
        ("Francia y Alemania apoyan la iniciativa.", &[("Francia", "FR", N), ("Alemania", "DE", N)]),
        ("El director Israel Vargas inauguró el foro.", &[]),
        ("Israel anunció ayuda humanitaria.", &[("Israel", "IL", N)]),
        ("El diputado Mauricio Funes votó.", &[]),
        ("Se reunió en Washington con Lisa Monaco, asesora de seguridad.", &[]),
        ("Mónaco y Andorra firmaron.", &[("Mónaco", "MC", N), ("Andorra", "AD", N)]),
        // Any country name between a given name and a surname is a surname.
        ("Habló la ministra Mariana Cuba Rentería.", &[]),
        ("El portavoz Israel Montenegro Paz lo confirmó.", &[]),
        (
            "Firmó la ministra de Trabajo, Marta Julia España Morales, en Guatemala.",
            &[("Guatemala", "GT", N)],
        ),
        ("Visitó Cuba y Montenegro.", &[("Cuba", "CU", N), ("Montenegro", "ME", N)]),
        // A country name right after a given name after a noun or verb is a surname ...
        ("El analista Ricardo Portugal consideró que el acuerdo es útil.", &[]),
        // ... not after a name's capitalised word or in a compound.
        (
            "Habló el director de Migración Colombia y de Pro Ecuador sobre el Plan de Acción México-CARICOM.",
            &[("Colombia", "CO", N), ("Ecuador", "EC", N), ("México", "MX", N)],
        ),
        ("El presidente de Chile Gabriel Boric llegó.", &[("Chile", "CL", N)]),
        // Bolivia's former official name is still written in treaties.
        (
            "el Convenio entre la República Argentina y la República de Bolivia",
            &[
                ("República Argentina", "AR", "country.official_name"),
                ("República de Bolivia", "BO", "country.official_name"),
            ],
        ),
        // Streets, squares, buildings and border bridges named after a country.
        ("El consulado está en la Plaza de España, frente a la avenida Brasil.", &[]),
        ("Cruzan por el puente internacional de Colombia, en Nuevo León.", &[]),
        ("La oficina está en el distrito de Villa El Salvador, en Lima.", &[]),
        ("El senador, oriundo de Puerto Colombia, votó; el puerto de Chile no.", &[("Chile", "CL", N)]),
        ("El Gobierno de España y el de Brasil firmaron.", &[("España", "ES", N), ("Brasil", "BR", N)]),
    ]);
}

#[test]
fn granada_santa_lucia_and_other_ambiguous_names() {
    check(&[
        ("El congreso se celebró en la Universidad de Granada.", &[]),
        ("Turistas visitaron Granada y Sevilla.", &[]),
        ("La isla de Granada sufrió un huracán.", &[("Granada", "GD", CUE)]),
        ("El Gobierno de Santa Lucía lo confirmó.", &[("Santa Lucía", "LC", CUE)]),
        (
            "Granada y San Vicente firmaron el acuerdo.",
            &[("Granada", "GD", LIST), ("San Vicente", "VC", LIST)],
        ),
        (
            "Participaron Jamaica, Granada, Santa Lucía y Barbados.",
            &[
                ("Jamaica", "JM", N),
                ("Granada", "GD", LIST),
                ("Santa Lucía", "LC", LIST),
                ("Barbados", "BB", N),
            ],
        ),
        ("Llegaron a Granada, Nicaragua, por la tarde.", &[("Nicaragua", "NI", N)]),
        ("El municipio de Santa Lucía celebra su feria.", &[]),
        ("La fiesta de Santa Lucía es el 13 de diciembre.", &[]),
        ("La Virgen de Guadalupe y la avenida San Martín.", &[]),
        (
            "Martinica, Guadalupe y Haití coordinan.",
            &[("Martinica", "MQ", N), ("Guadalupe", "GP", LIST), ("Haití", "HT", N)],
        ),
        ("La isla de la Reunión pertenece a Francia.", &[("Reunión", "RE", CUE), ("Francia", "FR", N)]),
        ("La Reunión Viceministerial y la reunión técnica.", &[]),
        ("México y Reunión de Expertos.", &[("México", "MX", N)]),
        ("La isla Mauricio y Seychelles.", &[("Mauricio", "MU", CUE), ("Seychelles", "SC", N)]),
    ]);
}

#[test]
fn el_salvador_needs_its_capital() {
    check(&[
        ("El Salvador asumirá la Presidencia.", &[("El Salvador", "SV", N)]),
        ("el Gobierno de El Salvador", &[("El Salvador", "SV", N)]),
        ("Viajó a EL SALVADOR.", &[("EL SALVADOR", "SV", N)]),
        ("Los fieles rezaron a Cristo, el salvador del mundo.", &[]),
        ("Chile y el chile en nogada.", &[("Chile", "CL", N)]),
    ]);
}

#[test]
fn regions_and_organisations_are_not_countries() {
    check(&[
        ("La Conferencia Suramericana sobre Migraciones.", &[]),
        ("La Unión Europea y América Latina.", &[]),
        ("Centroamérica, Norteamérica y Sudamérica.", &[]),
        ("Los países de Latinoamérica y el Caribe.", &[]),
    ]);
}

#[test]
fn cities_do_not_add_their_country() {
    check(&[
        ("Ciudad de México, 3 de diciembre de 2021", &[]),
        ("La reunión fue en la Ciudad de Panamá.", &[]),
        ("Ciudad de Guatemala y Santiago de Chile.", &[]),
        ("Santiago de Cuba y Ciudad de Luxemburgo.", &[]),
        ("Se celebró en Antigua Guatemala.", &[]),
        ("Se celebró en Antigua, Guatemala, en mayo.", &[]),
        ("El gobernador del Estado de México.", &[]),
        ("Huracanes en el Golfo de México.", &[]),
        ("Albuquerque, Nuevo México.", &[]),
        // A named country inside an organisation's name counts.
        ("El Gobierno de México y la Embajada de México.", &[("México", "MX", N), ("México", "MX", N)]),
        ("La Presidencia Pro-Témpore de México.", &[("México", "MX", N)]),
        ("La Secretaría de Relaciones Exteriores de México.", &[("México", "MX", N)]),
        ("Antigua y Barbuda firmó.", &[("Antigua y Barbuda", "AG", N)]),
        ("Puerto España, 29 de marzo de 2019", &[]),
        ("Se firmó la Declaración de Panamá sobre migración.", &[]),
        ("Dado en Panamá, a 14 de marzo de 2019.", &[]),
        ("Dado en la Ciudad de Guatemala.", &[]),
        ("Cumbre climática\n\nPanamá. Delegados de 194 países llegaron a Panamá.", &[("Panamá", "PA", N)]),
        (
            "Panamá, 14 de marzo de 2019\n\nPanamá, Costa Rica y Honduras firmaron.",
            &[("Panamá", "PA", N), ("Costa Rica", "CR", N), ("Honduras", "HN", N)],
        ),
        ("La Declaración de Lima y Panamá.", &[("Panamá", "PA", N)]),
        ("Avances de la Hidrovía Paraguay-Paraná con Paraguay.", &[("Paraguay", "PY", N)]),
    ]);
}

#[test]
fn whole_words_only() {
    check(&[
        ("Los perulianos y la indianidad.", &[]),
        ("Omán y romance.", &[("Omán", "OM", N)]),
        ("Malta, la maltería.", &[("Malta", "MT", N)]),
    ]);
}

#[test]
fn the_gazetteer_covers_every_iso_entry() {
    let gazetteer = &*GAZETTEER;
    assert!(gazetteer.errors.is_empty(), "{:?}", gazetteer.errors);
    assert_eq!(gazetteer.countries.len(), 249);
    let mut alpha2: Vec<&str> = gazetteer.countries.iter().map(|c| c.alpha2).collect();
    alpha2.sort_unstable();
    alpha2.dedup();
    assert_eq!(alpha2.len(), 249);
    for country in &gazetteer.countries {
        assert!(
            country.alpha2.len() == 2 && country.alpha2.chars().all(|c| c.is_ascii_uppercase()),
            "{country:?}"
        );
        assert!(
            country.alpha3.len() == 3 && country.alpha3.chars().all(|c| c.is_ascii_uppercase()),
            "{country:?}"
        );
        assert!(
            country.numeric.len() == 3 && country.numeric.chars().all(|c| c.is_ascii_digit()),
            "{country:?}"
        );
        assert!(!country.name.is_empty(), "{country:?}");
    }
}

#[test]
fn every_short_name_finds_its_country() {
    let gazetteer = &*GAZETTEER;
    for (index, country) in gazetteer.countries.iter().enumerate() {
        let guarded = gazetteer
            .entries
            .iter()
            .any(|e| e.country == Some(index) && fold(e.form) == fold(country.name) && e.guards != 0);
        if guarded {
            continue;
        }
        let sentence = format!("Hoy, {} firmó el acuerdo.", country.name);
        let doc = Doc::new(&sentence);
        let codes: Vec<String> = find(&doc).into_iter().map(|m| m.code).collect();
        assert_eq!(codes, vec![country.alpha2.to_string()], "{sentence}");
    }
}

#[test]
fn the_automaton_stays_small() {
    let bytes = GAZETTEER.automaton.memory_usage();
    assert!(bytes < 8 << 20, "{bytes} bytes");
}

#[test]
fn no_folded_form_names_two_countries() {
    let gazetteer = &*GAZETTEER;
    for entries in &gazetteer.patterns {
        let mut codes: Vec<usize> = entries
            .iter()
            .filter_map(|&i| gazetteer.entries.get(i))
            .filter(|e| e.kind != Kind::Block)
            .filter_map(|e| e.country)
            .collect();
        codes.dedup();
        assert!(
            codes.len() <= 1,
            "{:?}",
            entries.iter().filter_map(|&i| gazetteer.entries.get(i)).collect::<Vec<_>>()
        );
    }
}

/// The search is anchored at word starts: the first letter or digit after a non-word
/// character, with accented letters read as letters.
#[test]
fn word_starts_are_first_letters() {
    let text = "¿perú, y españa-chile? 2x éxito";
    let starts: Vec<&str> = word_starts(text).map(|at| &text[at..]).collect();
    let firsts: Vec<char> = starts.iter().filter_map(|s| s.chars().next()).collect();
    assert_eq!(firsts, vec!['p', 'y', 'e', 'c', '2', 'é']);
    assert_eq!(starts.len(), 6);
}
