//! Table-driven tests: sentence → expected mentions (text, value, rule id), anchored on the
//! dateline 2021-12-03 (a Friday) unless a table says otherwise. Sentences are our own.

use super::*;

type Expected<'a> = &'a [(&'a str, Option<&'a str>, &'a str)];

fn anchor() -> Option<CivilDate> {
    CivilDate::new(2021, 12, 3)
}

fn run_at(sentence: &str, at: Option<CivilDate>) -> Vec<(String, Option<String>, String)> {
    let doc = Doc::new(sentence);
    let findings = find(&doc, at);
    for m in &findings.mentions {
        assert_eq!(doc.slice(m.span.start, m.span.end), m.text, "span of {m:?}");
    }
    findings.mentions.into_iter().map(|m| (m.text, m.value, m.rule)).collect()
}

fn check_table_at(table: &[(&str, Expected<'_>)], at: Option<CivilDate>) {
    let mut failures = Vec::new();
    for (sentence, expected) in table {
        let got = run_at(sentence, at);
        let want: Vec<(String, Option<String>, String)> =
            expected.iter().map(|(t, v, r)| (t.to_string(), v.map(str::to_string), r.to_string())).collect();
        if got != want {
            failures.push(format!("{sentence}\n   want {want:?}\n   got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

fn check_table(table: &[(&str, Expected<'_>)]) {
    check_table_at(table, anchor());
}

const DMY: &str = "date.day_month_year";
const DM: &str = "date.day_month";

#[test]
fn day_month_year() {
    check_table(&[
        (
            "El día 3 de diciembre de 2021 concluyó la reunión.",
            &[("3 de diciembre de 2021", Some("2021-12-03"), DMY)],
        ),
        ("Firmado el 3 diciembre 2021 en Lima.", &[("3 diciembre 2021", Some("2021-12-03"), DMY)]),
        ("Se publicó el 3 dic. 2021.", &[("3 dic. 2021", Some("2021-12-03"), DMY)]),
        ("Desde el 14 de sept. de 2020 rige la norma.", &[("14 de sept. de 2020", Some("2020-09-14"), DMY)]),
        ("El 9 de set. de 2019 se instaló la mesa.", &[("9 de set. de 2019", Some("2019-09-09"), DMY)]),
        ("SAN JOSÉ, 3 DE DICIEMBRE DE 2021", &[("3 DE DICIEMBRE DE 2021", Some("2021-12-03"), DMY)]),
        ("Entró en vigor el 1.º de enero de 2020.", &[("1.º de enero de 2020", Some("2020-01-01"), DMY)]),
        (
            "A partir del 1o. de julio de 2019 se aplica.",
            &[("1o. de julio de 2019", Some("2019-07-01"), DMY)],
        ),
        ("El 1° de marzo de 2022 abrió la sede.", &[("1° de marzo de 2022", Some("2022-03-01"), DMY)]),
        ("El primero de mayo de 2021 marcharon.", &[("primero de mayo de 2021", Some("2021-05-01"), DMY)]),
        ("Se reunieron el 12 de octubre del 2020.", &[("12 de octubre del 2020", Some("2020-10-12"), DMY)]),
        ("Llegó el 5 de agosto del año 2018.", &[("5 de agosto del año 2018", Some("2018-08-05"), DMY)]),
        ("Nació el 07 de febrero de 1990.", &[("07 de febrero de 1990", Some("1990-02-07"), DMY)]),
        ("Publicado el 29 de febrero de 2024.", &[("29 de febrero de 2024", Some("2024-02-29"), DMY)]),
        ("el 2 de noviembre, 2021 se firmó", &[("2 de noviembre, 2021", Some("2021-11-02"), DMY)]),
        (
            "Hecho en Quito el 30 de junio de 2023, en dos ejemplares.",
            &[("30 de junio de 2023", Some("2023-06-30"), DMY)],
        ),
        ("El 1ro de abril de 2017 se creó el fondo.", &[("1ro de abril de 2017", Some("2017-04-01"), DMY)]),
        ("Lima, 4 de jul. de 2016", &[("4 de jul. de 2016", Some("2016-07-04"), DMY)]),
        (
            "el tres de marzo de dos mil dieciocho",
            &[("tres de marzo de dos mil dieciocho", Some("2018-03-03"), DMY)],
        ),
        ("el veintiuno de junio de 2019", &[("veintiuno de junio de 2019", Some("2019-06-21"), DMY)]),
    ]);
}

#[test]
fn weekday_dates() {
    check_table(&[
        // An ordinal day after the weekday ("1.º") is still the weekday's date.
        (
            "La clausura será el viernes 1.º de noviembre.",
            &[("viernes 1.º de noviembre", Some("2021-11-01"), "date.weekday_date")],
        ),
        (
            "El lunes 5 de abril de 2021 inició la campaña.",
            &[("lunes 5 de abril de 2021", Some("2021-04-05"), "date.weekday_date")],
        ),
        (
            "Este martes, 7 de septiembre de 2021, hubo sesión.",
            &[("Este martes, 7 de septiembre de 2021", Some("2021-09-07"), "date.weekday_date")],
        ),
        (
            "El miércoles 1 de diciembre se inauguró.",
            &[("miércoles 1 de diciembre", Some("2021-12-01"), "date.weekday_date")],
        ),
        (
            "VIERNES 3 DE DICIEMBRE DE 2021",
            &[("VIERNES 3 DE DICIEMBRE DE 2021", Some("2021-12-03"), "date.weekday_date")],
        ),
        (
            "el sábado, el 4 de diciembre de 2021",
            &[("sábado, el 4 de diciembre de 2021", Some("2021-12-04"), "date.weekday_date")],
        ),
        // Without a year, the weekday picks it: the anchor's (3 Dec 2021) when it agrees, else
        // the next or the previous year's where it does.
        ("Reabrirá el lunes 3 de enero.", &[("lunes 3 de enero", Some("2022-01-03"), "date.weekday_date")]),
        (
            "Abrirá el sábado 25 de diciembre.",
            &[("sábado 25 de diciembre", Some("2021-12-25"), "date.weekday_date")],
        ),
        // A weekday no nearby year agrees with keeps the anchor's year; so does one that agrees
        // only with a day more than half a year away (a wrong weekday is likelier).
        (
            "Abrirá el martes 25 de diciembre.",
            &[("martes 25 de diciembre", Some("2021-12-25"), "date.weekday_date")],
        ),
        (
            "Se reunió el jueves 3 de junio.",
            &[("jueves 3 de junio", Some("2021-06-03"), "date.weekday_date")],
        ),
        (
            "Se reunirá el viernes 10 de junio.",
            &[("viernes 10 de junio", Some("2021-06-10"), "date.weekday_date")],
        ),
    ]);
}

/// Early in a year, a weekday can point back to the December before.
#[test]
fn weekday_dates_of_the_previous_year() {
    check_table_at(
        &[(
            "Cerró el viernes 24 de diciembre.",
            &[("viernes 24 de diciembre", Some("2021-12-24"), "date.weekday_date")],
        )],
        CivilDate::new(2022, 1, 10),
    );
}

#[test]
fn day_month_takes_the_anchor_year() {
    check_table(&[
        ("La cumbre empezó el 15 de marzo con una sesión.", &[("15 de marzo", Some("2021-03-15"), DM)]),
        (
            "El 3 de diciembre a las 10:00 horas abrió.",
            &[("3 de diciembre a las 10:00 horas", Some("2021-12-03T10:00"), "date.datetime")],
        ),
        ("Se celebrará el 20 de diciembre.", &[("20 de diciembre", Some("2021-12-20"), DM)]),
        // A date inside Spain's law citation is part of the law's identifier, not reported.
        ("Según la Ley 1/2019, de 20 de febrero, de Secretos Empresariales.", &[]),
        // An agenda's clock after a comma, with its minutes or a.m./p.m.
        (
            "lunes 6 de diciembre, 9:00 a. m.: inauguración",
            &[("lunes 6 de diciembre, 9:00 a. m.", Some("2021-12-06T09:00"), "date.datetime")],
        ),
        (
            "el 7 de diciembre, 4 p. m.",
            &[("7 de diciembre, 4 p. m.", Some("2021-12-07T16:00"), "date.datetime")],
        ),
        (
            "el 7 de diciembre 16:30 en la sede",
            &[("7 de diciembre 16:30", Some("2021-12-07T16:30"), "date.datetime")],
        ),
        // The part of the day says a.m. or p.m.
        (
            "el 14 de diciembre a las 10:00 de la mañana en Dajabón",
            &[("14 de diciembre a las 10:00 de la mañana", Some("2021-12-14T10:00"), "date.datetime")],
        ),
        (
            "el 15 de diciembre a las 5 de la tarde",
            &[("15 de diciembre a las 5 de la tarde", Some("2021-12-15T17:00"), "date.datetime")],
        ),
        (
            "el 16 de diciembre a las 8:30 de la noche",
            &[("16 de diciembre a las 8:30 de la noche", Some("2021-12-16T20:30"), "date.datetime")],
        ),
        // Not a clock: hours of work, a count.
        (
            "el 7 de diciembre, 10 horas de trabajo",
            &[("7 de diciembre", Some("2021-12-07"), DM), ("10 horas", Some("PT10H"), "date.duration")],
        ),
        ("el 7 de diciembre, 15 delegados", &[("7 de diciembre", Some("2021-12-07"), DM)]),
        ("el 1.º de octubre hubo elecciones", &[("1.º de octubre", Some("2021-10-01"), DM)]),
        ("El 25 de dic. se cierra.", &[("25 de dic.", Some("2021-12-25"), DM)]),
        (
            "El día 8 de marzo, Día Internacional de la Mujer, hubo actos.",
            &[("8 de marzo", Some("2021-03-08"), DM)],
        ),
    ]);
    check_table_at(&[("Se reunieron el 15 de marzo.", &[("15 de marzo", None, DM)])], None);
}

#[test]
fn numeric_dates() {
    check_table(&[
        ("Fecha: 03/12/2021.", &[("03/12/2021", Some("2021-12-03"), "date.numeric")]),
        ("Fecha: 3-12-2021", &[("3-12-2021", Some("2021-12-03"), "date.numeric")]),
        ("Interior - 24.1.2025", &[("24.1.2025", Some("2025-01-24"), "date.numeric")]),
        ("Recibido el 5/6/21 por la oficina.", &[("5/6/21", Some("2021-06-05"), "date.numeric")]),
        ("Caduca el 31-12-99.", &[("31-12-99", Some("1999-12-31"), "date.numeric")]),
        ("Registro del 3-IV-2018", &[("3-IV-2018", Some("2018-04-03"), "date.roman_month")]),
        ("Acta del 12.XI.2019", &[("12.XI.2019", Some("2019-11-12"), "date.roman_month")]),
        ("Versión 2021-12-03 del documento", &[("2021-12-03", Some("2021-12-03"), "date.iso")]),
        ("Actualizado 2020/01/15", &[("2020/01/15", Some("2020-01-15"), "date.iso")]),
        (
            "El 03/12/2021 a las 9:30 horas se abrió.",
            &[("03/12/2021 a las 9:30 horas", Some("2021-12-03T09:30"), "date.datetime")],
        ),
    ]);
}

#[test]
fn months_and_years() {
    check_table(&[
        (
            "En diciembre de 2021 se aprobó el plan.",
            &[("diciembre de 2021", Some("2021-12"), "date.month_year")],
        ),
        ("Boletín de dic. 2020", &[("dic. 2020", Some("2020-12"), "date.month_year")]),
        ("Quito, diciembre, 2021", &[("diciembre, 2021", Some("2021-12"), "date.month_year")]),
        (
            "durante el mes de junio de 2019",
            &[("el mes de junio de 2019", Some("2019-06"), "date.month_year")],
        ),
        ("Se reunieron en marzo.", &[("marzo", Some("2021-03"), "date.month")]),
        // After a future verb, an earlier month is next year's (date.future_year).
        ("Volverán a reunirse en marzo.", &[("marzo", Some("2022-03"), "date.future_year")]),
        ("Estará vigente hasta octubre.", &[("octubre", Some("2022-10"), "date.future_year")]),
        ("Aplazan a julio la aprobación del plan.", &[("julio", Some("2021-07"), "date.month")]),
        // A capitalised given name after "a" is no month.
        ("Entregaron el premio a Julio Cortázar.", &[]),
        ("Trabajó en 2022 con el equipo.", &[("2022", Some("2022"), "date.year")]),
        ("durante 2022", &[("2022", Some("2022"), "date.year")]),
        ("Este día se llevó a cabo el diálogo.", &[("Este día", Some("2021-12-03"), "date.day_relative")]),
        ("Celebran este Día Mundial del Refugiado.", &[]),
        ("a lo largo de 2025 llegaron", &[("2025", Some("2025"), "date.year")]),
        (
            "en el segundo semestre del año en curso",
            &[("el segundo semestre del año en curso", Some("2021-07-01/2021-12-31"), "date.half_year")],
        ),
        ("durante el año 2021", &[("el año 2021", Some("2021"), "date.year")]),
        ("El 2021 fue un año difícil.", &[("2021", Some("2021"), "date.year")]),
        ("en el 2019 se creó", &[("2019", Some("2019"), "date.year")]),
        ("los compromisos deberán cumplirse hasta el 2026", &[("2026", Some("2026"), "date.year")]),
        ("desde 2015 trabaja", &[("2015", Some("2015"), "date.year")]),
        ("hasta 2030 habrá metas", &[("2030", Some("2030"), "date.year")]),
        ("a partir de 2023 se aplicará", &[("2023", Some("2023"), "date.year")]),
        ("antes de 2010 no existía", &[("2010", Some("2010"), "date.year")]),
        ("las cifras del año 2020", &[("año 2020", Some("2020"), "date.year")]),
    ]);
}

#[test]
fn intervals() {
    check_table(&[
        (
            "del 1 al 3 de diciembre de 2021",
            &[("del 1 al 3 de diciembre de 2021", Some("2021-12-01/2021-12-03"), "date.range_days")],
        ),
        (
            "Los días 8 y 9 de mayo se reunieron.",
            &[("Los días 8 y 9 de mayo", Some("2021-05-08/2021-05-09"), "date.days_list")],
        ),
        (
            "los días 8, 9 y 10 de mayo de 2019",
            &[("los días 8, 9 y 10 de mayo de 2019", Some("2019-05-08/2019-05-10"), "date.days_list")],
        ),
        (
            "entre el 8 y el 10 de mayo",
            &[("entre el 8 y el 10 de mayo", Some("2021-05-08/2021-05-10"), "date.range_days")],
        ),
        (
            "del 28 de febrero al 2 de marzo de 2024",
            &[("del 28 de febrero al 2 de marzo de 2024", Some("2024-02-28/2024-03-02"), "date.range_days")],
        ),
        ("del 8 al 10 de mayo", &[("del 8 al 10 de mayo", Some("2021-05-08/2021-05-10"), "date.range_days")]),
        (
            "desde el 1 hasta el 15 de julio de 2020",
            &[("desde el 1 hasta el 15 de julio de 2020", Some("2020-07-01/2020-07-15"), "date.range_days")],
        ),
        (
            "el 8 y 9 de noviembre de 2022",
            &[("8 y 9 de noviembre de 2022", Some("2022-11-08/2022-11-09"), "date.range_days")],
        ),
        ("13 a 15 de julio", &[("13 a 15 de julio", Some("2021-07-13/2021-07-15"), "date.range_days")]),
        // Weekdays before the day numbers belong to the range.
        (
            "del martes 14 al jueves 16 de diciembre",
            &[("del martes 14 al jueves 16 de diciembre", Some("2021-12-14/2021-12-16"), "date.range_days")],
        ),
        (
            "el sábado 11 y domingo 12 de diciembre",
            &[("sábado 11 y domingo 12 de diciembre", Some("2021-12-11/2021-12-12"), "date.range_days")],
        ),
        (
            "los días martes 14 y miércoles 15 de diciembre",
            &[(
                "los días martes 14 y miércoles 15 de diciembre",
                Some("2021-12-14/2021-12-15"),
                "date.days_list",
            )],
        ),
        (
            "19 hasta 20 de noviembre",
            &[("19 hasta 20 de noviembre", Some("2021-11-19/2021-11-20"), "date.range_days")],
        ),
        ("enero-febrero de 2017", &[("enero-febrero de 2017", Some("2017-01/2017-02"), "date.range_months")]),
        (
            "de 26 a 28 de junio en 2020",
            &[("de 26 a 28 de junio en 2020", Some("2020-06-26/2020-06-28"), "date.range_days")],
        ),
        ("el 1º trimestre 2020", &[("el 1º trimestre 2020", Some("2020-01-01/2020-03-31"), "date.quarter")]),
        (
            "entre 30-jul y 30-sept",
            &[("entre 30-jul y 30-sept", Some("2021-07-30/2021-09-30"), "date.range")],
        ),
        (
            "la primera semana de enero de 2015",
            &[("la primera semana de enero de 2015", Some("2014-12-29/2015-01-04"), "date.week_of")],
        ),
        (
            "la última semana de diciembre de 2016",
            &[("la última semana de diciembre de 2016", Some("2016-12-26/2017-01-01"), "date.week_of")],
        ),
        (
            "1-3 de diciembre de 2021",
            &[("1-3 de diciembre de 2021", Some("2021-12-01/2021-12-03"), "date.range_days")],
        ),
        (
            "del 28 de diciembre al 3 de enero de 2022",
            &[(
                "del 28 de diciembre al 3 de enero de 2022",
                Some("2021-12-28/2022-01-03"),
                "date.range_days",
            )],
        ),
        (
            "del 15 de enero de 2020 al 31 de marzo de 2021",
            &[(
                "del 15 de enero de 2020 al 31 de marzo de 2021",
                Some("2020-01-15/2021-03-31"),
                "date.range_days",
            )],
        ),
        (
            "de abril a junio de 2017",
            &[("de abril a junio de 2017", Some("2017-04/2017-06"), "date.range_months")],
        ),
        (
            "entre enero y marzo de 2020",
            &[("entre enero y marzo de 2020", Some("2020-01/2020-03"), "date.range_months")],
        ),
        (
            "Entre los meses de junio y septiembre de 2024 cruzarán el Estrecho.",
            &[(
                "Entre los meses de junio y septiembre de 2024",
                Some("2024-06/2024-09"),
                "date.range_months",
            )],
        ),
        (
            "Durante los meses de julio y agosto de 2024 se reforzará.",
            &[("los meses de julio y agosto de 2024", Some("2024-07/2024-08"), "date.range_months")],
        ),
        (
            "desde el mes de marzo hasta mayo de 2023",
            &[("desde el mes de marzo hasta mayo de 2023", Some("2023-03/2023-05"), "date.range_months")],
        ),
        ("de 2014 a 2018", &[("de 2014 a 2018", Some("2014/2018"), "date.range_years")]),
        ("entre 2010 y 2015", &[("entre 2010 y 2015", Some("2010/2015"), "date.range_years")]),
        ("en el periodo 2022-2024", &[("el periodo 2022-2024", Some("2022/2024"), "date.range_years")]),
        // The notarial formula of closing lines.
        (
            "Dada en Lima, a los veinticuatro días del mes de enero de 2023.",
            &[("veinticuatro días del mes de enero de 2023", Some("2023-01-24"), DMY)],
        ),
        (
            "a los 3 días del mes de mayo del año 2021",
            &[("3 días del mes de mayo del año 2021", Some("2021-05-03"), DMY)],
        ),
        ("Trabajaron durante veinticuatro días.", &[("veinticuatro días", Some("P24D"), "date.duration")]),
        // A relative year closes a range of months.
        (
            "entre enero y septiembre de este año crecieron",
            &[("entre enero y septiembre de este año", Some("2021-01/2021-09"), "date.range_months")],
        ),
        ("metas para el bienio 2024-2025", &[("el bienio 2024-2025", Some("2024/2025"), "date.range_years")]),
        ("durante el sexenio 2018-2024", &[("el sexenio 2018-2024", Some("2018/2024"), "date.range_years")]),
        ("durante el período 2019-2021", &[("el período 2019-2021", Some("2019/2021"), "date.range_years")]),
        ("desde 2016 hasta 2020", &[("desde 2016 hasta 2020", Some("2016/2020"), "date.range_years")]),
    ]);
}

#[test]
fn coarse_periods() {
    check_table(&[
        // The last period of a named year (alone, "el último trimestre" is the previous one).
        (
            "iniciarán en el último trimestre del año",
            &[("el último trimestre del año", Some("2021-10-01/2021-12-31"), "date.quarter")],
        ),
        (
            "el último semestre de 2020",
            &[("el último semestre de 2020", Some("2020-07-01/2020-12-31"), "date.half_year")],
        ),
        ("a principios de marzo", &[("a principios de marzo", Some("2021-03"), "date.part_of_month")]),
        (
            "a mediados de marzo de 2020",
            &[("a mediados de marzo de 2020", Some("2020-03"), "date.part_of_month")],
        ),
        ("a finales de marzo", &[("a finales de marzo", Some("2021-03"), "date.part_of_month")]),
        ("a fines de abril", &[("a fines de abril", Some("2021-04"), "date.part_of_month")]),
        ("a finales de 2023", &[("a finales de 2023", Some("2023"), "date.part_of_year")]),
        ("hacia inicios de 2019", &[("inicios de 2019", Some("2019"), "date.part_of_year")]),
        ("a finales de este año", &[("a finales de este año", Some("2021"), "date.part_of_relative")]),
        ("a finales del año pasado", &[("a finales del año pasado", Some("2020"), "date.part_of_relative")]),
        ("a principios del año", &[("a principios del año", Some("2021"), "date.part_of_relative")]),
        (
            "el primer semestre de 2020",
            &[("el primer semestre de 2020", Some("2020-01-01/2020-06-30"), "date.half_year")],
        ),
        (
            "el segundo semestre de 2019",
            &[("el segundo semestre de 2019", Some("2019-07-01/2019-12-31"), "date.half_year")],
        ),
        ("el segundo trimestre", &[("el segundo trimestre", Some("2021-04-01/2021-06-30"), "date.quarter")]),
        (
            "el cuarto trimestre del año",
            &[("el cuarto trimestre del año", Some("2021-10-01/2021-12-31"), "date.quarter")],
        ),
        (
            "el tercer trimestre de 2022",
            &[("el tercer trimestre de 2022", Some("2022-07-01/2022-09-30"), "date.quarter")],
        ),
        (
            "la primera mitad de 2020",
            &[("la primera mitad de 2020", Some("2020-01-01/2020-06-30"), "date.half_year")],
        ),
        (
            "el primer cuatrimestre de 2018",
            &[("el primer cuatrimestre de 2018", Some("2018-01-01/2018-04-30"), "date.period_of_year")],
        ),
        ("los años noventa", &[("los años noventa", Some("1990/1999"), "date.decade")]),
        ("los años 80", &[("los años 80", Some("1980/1989"), "date.decade")]),
        ("la década de 1970", &[("la década de 1970", Some("1970/1979"), "date.decade")]),
        ("la década de los sesenta", &[("la década de los sesenta", Some("1960/1969"), "date.decade")]),
    ]);
}

#[test]
fn seasons_follow_the_spec() {
    let at = CivilDate::new(2024, 5, 10);
    check_table_at(
        &[
            ("este verano", &[("este verano", Some("2024-06/2024-09"), "date.season")]),
            ("el verano de 2020", &[("el verano de 2020", Some("2020-06/2020-09"), "date.season")]),
            ("el próximo invierno", &[("el próximo invierno", Some("2024-12/2025-03"), "date.season")]),
            ("el otoño pasado", &[("el otoño pasado", Some("2023-09/2023-12"), "date.season")]),
            ("la primavera de 2019", &[("la primavera de 2019", Some("2019-03/2019-06"), "date.season")]),
        ],
        at,
    );
}

#[test]
fn relative_expressions() {
    const Y: &str = "date.year_relative";
    check_table(&[
        ("hoy se firmó", &[("hoy", Some("2021-12-03"), "date.day_relative")]),
        ("Ayer llegaron", &[("Ayer", Some("2021-12-02"), "date.day_relative")]),
        ("anteayer se reunieron", &[("anteayer", Some("2021-12-01"), "date.day_relative")]),
        ("el atentado perpetrado anoche", &[("anoche", Some("2021-12-02"), "date.day_relative")]),
        ("Esta mañana, el ministro llamó", &[("Esta mañana", Some("2021-12-03"), "date.day_relative")]),
        ("durante toda la mañana", &[]),
        ("mañana se votará", &[("mañana", Some("2021-12-04"), "date.day_relative")]),
        ("pasado mañana cierran", &[("pasado mañana", Some("2021-12-05"), "date.day_relative")]),
        (
            "el pasado 15 de octubre",
            &[("el pasado 15 de octubre", Some("2021-10-15"), "date.day_month_relative")],
        ),
        (
            "el próximo 15 de octubre",
            &[("el próximo 15 de octubre", Some("2022-10-15"), "date.day_month_relative")],
        ),
        (
            "el 20 de noviembre pasado",
            &[("20 de noviembre pasado", Some("2021-11-20"), "date.day_month_relative")],
        ),
        ("el próximo lunes", &[("el próximo lunes", Some("2021-12-06"), "date.weekday_relative")]),
        ("el lunes pasado", &[("el lunes pasado", Some("2021-11-29"), "date.weekday_relative")]),
        ("el jueves último", &[("el jueves último", Some("2021-12-02"), "date.weekday_relative")]),
        ("el pasado viernes", &[("el pasado viernes", Some("2021-11-26"), "date.weekday_relative")]),
        ("este miércoles", &[("este miércoles", Some("2021-12-01"), "date.weekday_relative")]),
        ("el mes próximo", &[("el mes próximo", Some("2022-01"), "date.month_relative")]),
        ("el próximo mes", &[("el próximo mes", Some("2022-01"), "date.month_relative")]),
        ("el mes pasado", &[("el mes pasado", Some("2021-11"), "date.month_relative")]),
        ("este mes", &[("este mes", Some("2021-12"), "date.month_relative")]),
        (
            "el próximo mes de noviembre",
            &[("el próximo mes de noviembre", Some("2022-11"), "date.month_relative")],
        ),
        ("el pasado mes de octubre", &[("el pasado mes de octubre", Some("2021-10"), "date.month_relative")]),
        ("este año", &[("este año", Some("2021"), Y)]),
        ("el próximo año", &[("el próximo año", Some("2022"), Y)]),
        ("el año pasado", &[("el año pasado", Some("2020"), Y)]),
        ("el año que viene", &[("el año que viene", Some("2022"), Y)]),
        ("el presente año", &[("el presente año", Some("2021"), Y)]),
        ("el año en curso", &[("el año en curso", Some("2021"), Y)]),
        ("la semana pasada", &[("la semana pasada", Some("2021-11-22/2021-11-28"), "date.week_relative")]),
        ("esta semana", &[("esta semana", Some("2021-11-29/2021-12-05"), "date.week_relative")]),
        ("la próxima semana", &[("la próxima semana", Some("2021-12-06/2021-12-12"), "date.week_relative")]),
        ("hace un año", &[("hace un año", Some("2020"), "date.ago")]),
        ("hace diez años", &[("hace diez años", Some("2011"), "date.ago")]),
        ("hace dos semanas", &[("hace dos semanas", Some("2021-11-19"), "date.ago")]),
        ("hace 3 días", &[("hace 3 días", Some("2021-11-30"), "date.ago")]),
        // Months at month grain, as "el mes pasado" (three answer writers read them so).
        ("hace dos meses", &[("hace dos meses", Some("2021-10"), "date.ago")]),
        ("dos años atrás", &[("dos años atrás", Some("2019"), "date.ago")]),
        // "dentro de" names the point it reaches, at the grain of "hace".
        ("dentro de dos semanas", &[("dentro de dos semanas", Some("2021-12-17"), "date.in")]),
        ("dentro de tres meses", &[("dentro de tres meses", Some("2022-03"), "date.in")]),
        ("dentro de cinco años", &[("dentro de cinco años", Some("2026"), "date.in")]),
        (
            "los próximos tres días",
            &[("los próximos tres días", Some("2021-12-04/2021-12-06"), "date.next_period")],
        ),
        (
            "los últimos tres meses",
            &[("los últimos tres meses", Some("2021-09-03/2021-12-02"), "date.last_period")],
        ),
    ]);
    check_table_at(
        &[
            (
                "los próximos dos años",
                &[("los próximos dos años", Some("2016-09-08/2018-09-07"), "date.next_period")],
            ),
            (
                "el próximo mes de noviembre",
                &[("el próximo mes de noviembre", Some("2016-11"), "date.month_relative")],
            ),
        ],
        CivilDate::new(2016, 9, 7),
    );
}

/// `date.day_anaphoric`: the day before or after the day the text last named, else the
/// anchor's.
#[test]
fn day_before_and_after_count_from_the_last_named_day() {
    const A: &str = "date.day_anaphoric";
    const R: &str = "date.day_relative";
    check_table(&[
        (
            "El día anterior, los ministros inauguraron el foro.",
            &[("El día anterior", Some("2021-12-02"), A)],
        ),
        (
            "Hoy se firmó el acuerdo. El día anterior se inauguró el foro.",
            &[("Hoy", Some("2021-12-03"), R), ("El día anterior", Some("2021-12-02"), A)],
        ),
        (
            "El 3 de mayo de 2024 se inauguró el foro. Al día siguiente se firmó el acuerdo.",
            &[("3 de mayo de 2024", Some("2024-05-03"), DMY), ("día siguiente", Some("2024-05-04"), A)],
        ),
        (
            "La cumbre se celebró del 8 al 10 de mayo de 2024; el día siguiente hubo una rueda de prensa.",
            &[
                ("del 8 al 10 de mayo de 2024", Some("2024-05-08/2024-05-10"), "date.range_days"),
                ("el día siguiente", Some("2024-05-11"), A),
            ],
        ),
        ("La víspera, el canciller llegó a Lima.", &[("La víspera", Some("2021-12-02"), A)]),
        // The day counted from is named: not this rule.
        ("el día anterior a la votación", &[]),
        ("al día siguiente de su llegada", &[]),
        ("en vísperas de la cumbre", &[]),
    ]);
}

#[test]
fn relative_without_anchor_keeps_the_mention() {
    check_table_at(
        &[
            ("ayer", &[("ayer", None, "date.day_relative")]),
            ("este año", &[("este año", None, "date.year_relative")]),
            ("los próximos dos años", &[("los próximos dos años", None, "date.next_period")]),
            ("hace dos semanas", &[("hace dos semanas", None, "date.ago")]),
        ],
        None,
    );
}

#[test]
fn durations() {
    const D: &str = "date.duration";
    check_table(&[
        ("Durante dos días de trabajo", &[("dos días", Some("P2D"), D)]),
        ("tres semanas de trabajo", &[("tres semanas", Some("P3W"), D)]),
        ("por seis meses", &[("seis meses", Some("P6M"), D)]),
        ("por un año de vigencia", &[("un año", Some("P1Y"), D)]),
        ("un plazo de treinta y un días", &[("treinta y un días", Some("P31D"), D)]),
        ("cuarenta y cinco minutos", &[("cuarenta y cinco minutos", Some("PT45M"), D)]),
        ("durante año y medio", &[]),
        ("fue un año difícil", &[]),
        ("una semana intensa", &[]),
        // Every unit of a larger one is a frequency.
        ("los consulados trabajan los siete días de la semana", &[]),
        ("atiende las 24 horas del día", &[]),
        ("la central, disponible las 24 horas", &[]),
        // A window of whole days of hours after the anchor is those days (as "los próximos dos
        // días"), not a length.
        (
            "en las 24 horas siguientes",
            &[("las 24 horas siguientes", Some("2021-12-04/2021-12-04"), "date.next_period")],
        ),
        ("abierto los 365 días del año", &[]),
        ("durante los siete días del encuentro", &[("siete días", Some("P7D"), D)]),
        ("tras un año y medio", &[("un año y medio", Some("P1.5Y"), D)]),
        ("dos trimestres", &[("dos trimestres", Some("P6M"), D)]),
        ("durante una década", &[("una década", Some("P10Y"), D)]),
        ("quince días hábiles", &[("quince días", Some("P15D"), D)]),
        ("veinticuatro horas", &[("veinticuatro horas", Some("PT24H"), D)]),
        ("cien años", &[("cien años", Some("P100Y"), D)]),
    ]);
}

#[test]
fn not_dates() {
    check_table(&[
        ("la Agenda 2030 para el Desarrollo Sostenible", &[]),
        ("el Plan de Acción 2022-2024", &[]),
        ("el Decreto 216 de 2021", &[]),
        ("los Acuerdos de 1994", &[]),
        ("la OPE 2024 convoca plazas", &[]),
        ("la Resolución 2019/3", &[]),
        ("la Ley 1/2019", &[]),
        ("el Oficio No. 2021-12", &[]),
        ("Teléfono: (506) 2539-5300", &[]),
        ("Tel. 55 3686 5100", &[]),
        ("la pandemia de COVID-19", &[]),
        ("los 11 países miembros", &[]),
        ("la XXVI Reunión Viceministerial", &[]),
        ("la cumbre del G20", &[]),
        ("véase la página 12", &[]),
        ("hubo 2021 participantes", &[]),
        ("niños de 5 años", &[]),
        ("tiene 40 años", &[]),
        ("personas mayores de 60 años", &[]),
        ("jóvenes de 15 a 17 años", &[]),
        ("15 años de edad", &[]),
        ("cada 20 de junio se conmemora", &[]),
        ("presentarán informes de avance cada seis meses", &[]),
        ("se reúne cada 2 años", &[]),
        ("el Día Mundial del Refugiado", &[]),
        ("un informe semestral", &[]),
        ("durante meses", &[]),
        ("a las 10:00 horas", &[]),
        ("la Plaza de Mayo", &[]),
        ("hoy en día", &[]),
        ("por la mañana", &[]),
        ("el 1/3 de la población", &[]),
        ("una tasa de 3.12.45", &[]),
        ("el artículo 31 de la ley", &[]),
        ("el año anterior", &[]),
        ("la Declaración de Cartagena 1984", &[]),
        ("en 1.500 horas", &[]),
    ]);
}

#[test]
fn impossible_dates_warn_without_a_value() {
    let doc = Doc::new("Se firmó el 31 de febrero de 2021.");
    let findings = find(&doc, anchor());
    assert_eq!(findings.mentions.len(), 1);
    assert_eq!(findings.mentions[0].value, None);
    assert_eq!(findings.warnings.len(), 1);
    assert_eq!(findings.warnings[0].code, WarningCode::ImpossibleDate);
    let doc = Doc::new("Fecha 30/02/2021");
    assert_eq!(find(&doc, anchor()).warnings.len(), 1);
}

#[test]
fn the_seed_sentences() {
    let text = "Ciudad de México, 3 de diciembre de 2021\n\nEl día 3 de diciembre de 2021 concluyeron los trabajos de la XXVI Reunión. Durante dos días de trabajo, los jefes de los 11 países miembros dialogaron. Concluyeron los trabajos de este año. Acompañará al Gobierno de El Salvador durante 2022. Ostentó la Presidencia durante el año 2021.";
    let got = run_at(text, anchor());
    let want = [
        ("3 de diciembre de 2021", "2021-12-03"),
        ("3 de diciembre de 2021", "2021-12-03"),
        ("dos días", "P2D"),
        ("este año", "2021"),
        ("2022", "2022"),
        ("el año 2021", "2021"),
    ];
    let got: Vec<(String, Option<String>)> = got.into_iter().map(|(t, v, _)| (t, v)).collect();
    let want: Vec<(String, Option<String>)> =
        want.iter().map(|(t, v)| (t.to_string(), Some(v.to_string()))).collect();
    assert_eq!(got, want);
}

#[test]
fn char_spans_for_the_cli() {
    let mentions = find_in_text("Año clave: «México», 3 de diciembre de 2021", anchor());
    assert_eq!(mentions.len(), 1);
    let span = mentions[0].span;
    let text: String = "Año clave: «México», 3 de diciembre de 2021"
        .chars()
        .skip(span.start)
        .take(span.end - span.start)
        .collect();
    assert_eq!(text, "3 de diciembre de 2021");
}

#[test]
fn ranges_between_complete_dates() {
    const R: &str = "date.range";
    check_table(&[
        (
            "desde 2015 hasta el 5 de mayo de 2017",
            &[("desde 2015 hasta el 5 de mayo de 2017", Some("2015-01-01/2017-05-05"), R)],
        ),
        ("de 1-10-2018 a 7-10-2018", &[("de 1-10-2018 a 7-10-2018", Some("2018-10-01/2018-10-07"), R)]),
        (
            "desde hoy hasta el próximo lunes",
            &[("desde hoy hasta el próximo lunes", Some("2021-12-03/2021-12-06"), R)],
        ),
        ("de 2014 hasta mayo de 2018", &[("de 2014 hasta mayo de 2018", Some("2014-01/2018-05"), R)]),
        (
            "entre el 1 de enero de 2015 y febrero de 2018",
            &[("entre el 1 de enero de 2015 y febrero de 2018", Some("2015-01-01/2018-02-28"), R)],
        ),
        (
            "el 12 de enero de 2016 - 22/01/2016",
            &[("el 12 de enero de 2016 - 22/01/2016", Some("2016-01-12/2016-01-22"), R)],
        ),
        (
            "desde el 2 de octubre hasta el 22 de octubre",
            &[(
                "desde el 2 de octubre hasta el 22 de octubre",
                Some("2021-10-02/2021-10-22"),
                "date.range_days",
            )],
        ),
        (
            "entre el 20 de diciembre y el 6 de enero",
            &[("entre el 20 de diciembre y el 6 de enero", Some("2021-12-20/2022-01-06"), "date.range_days")],
        ),
        (
            "de noviembre a febrero",
            &[("de noviembre a febrero", Some("2021-11/2022-02"), "date.range_months")],
        ),
    ]);
}

#[test]
fn weekdays_weeks_and_deictic_parts() {
    check_table(&[
        ("el viernes se reunieron", &[("el viernes", Some("2021-12-03"), "date.weekday")]),
        ("el lunes firmarán", &[("el lunes", Some("2021-12-06"), "date.weekday")]),
        ("el miércoles hubo sesión", &[("el miércoles", Some("2021-12-01"), "date.weekday")]),
        ("los lunes hay reunión", &[]),
        // Rule `date.schedule`: timetables are no days.
        ("Lunes a jueves: de 8:30 a 14:00 horas, con cita previa.", &[]),
        ("Viernes: de 8:30 a 12:00 horas, solo entrega de documentos.", &[]),
        ("La oficina atiende de lunes a viernes.", &[]),
        ("Abrirá el primer sábado de cada mes, de 8:00 a 12:00 horas.", &[]),
        ("Sábado de 9 a 13 horas.", &[]),
        ("Atención entre 8 y 17 horas.", &[]),
        // A length of hours stays one.
        ("La reunión duró 13 horas.", &[("13 horas", Some("PT13H"), "date.duration")]),
        (
            "El consulado abrirá el sábado de 9 a 13 horas.",
            &[("el sábado", Some("2021-12-04"), "date.weekday")],
        ),
        (
            "En la sesión inaugural, el martes, el viceministro habló.",
            &[("el martes", Some("2021-11-30"), "date.weekday")],
        ),
        // The verb's tense picks the week: a future one the coming weekday, a past one the last.
        ("La ministra viajará el lunes a Montevideo.", &[("el lunes", Some("2021-12-06"), "date.weekday")]),
        (
            "La ministra viajará el miércoles a Montevideo.",
            &[("el miércoles", Some("2021-12-08"), "date.weekday_tense")],
        ),
        (
            "La delegación llegó el domingo a Lima.",
            &[("el domingo", Some("2021-11-28"), "date.weekday_tense")],
        ),
        // A fronted weekday takes the verb after it when none stands before.
        ("El lunes llegó la delegación.", &[("El lunes", Some("2021-11-29"), "date.weekday_tense")]),
        (
            "Durante el fin de semana el sistema presentó fallas.",
            &[("el fin de semana", Some("2021-11-27/2021-11-28"), "date.weekday_tense")],
        ),
        // Only up to the next date: "el martes" has its own.
        (
            "El lunes, y no el martes, viajaron.",
            &[
                ("El lunes", Some("2021-12-06"), "date.weekday"),
                ("el martes", Some("2021-11-30"), "date.weekday"),
            ],
        ),
        // Without its article, the weekday alone.
        (
            "Llegaron ayer y parten viernes temprano.",
            &[
                ("ayer", Some("2021-12-02"), "date.day_relative"),
                ("viernes", Some("2021-12-03"), "date.weekday"),
            ],
        ),
        (
            "mañana a las 10:30 horas",
            &[("mañana a las 10:30 horas", Some("2021-12-04T10:30"), "date.datetime")],
        ),
        (
            "el próximo lunes a las 9:00",
            &[("el próximo lunes a las 9:00", Some("2021-12-06T09:00"), "date.datetime")],
        ),
        (
            "el primer viernes de este mes",
            &[("el primer viernes de este mes", Some("2021-12-03"), "date.nth_weekday")],
        ),
        (
            "dos días después de hoy",
            &[("dos días después de hoy", Some("2021-12-05"), "date.offset_from_day")],
        ),
        (
            "tres semanas a partir de mañana",
            &[("tres semanas a partir de mañana", Some("2021-12-25"), "date.offset_from_day")],
        ),
        ("dos días antes de ayer", &[("dos días antes de ayer", Some("2021-11-30"), "date.offset_from_day")]),
        (
            "el martes de la próxima semana",
            &[("martes de la próxima semana", Some("2021-12-07"), "date.weekday_of_week")],
        ),
        (
            "el domingo de la semana pasada",
            &[("domingo de la semana pasada", Some("2021-11-28"), "date.weekday_of_week")],
        ),
        ("el lunes de esta semana", &[("lunes de esta semana", Some("2021-11-29"), "date.weekday_of_week")]),
        (
            "el primer viernes de julio",
            &[("el primer viernes de julio", Some("2021-07-02"), "date.nth_weekday")],
        ),
        (
            "el último lunes de mayo de 2019",
            &[("el último lunes de mayo de 2019", Some("2019-05-27"), "date.nth_weekday")],
        ),
        (
            "el segundo martes de marzo de 2020",
            &[("el segundo martes de marzo de 2020", Some("2020-03-10"), "date.nth_weekday")],
        ),
        ("cada martes", &[]),
        (
            "la semana del 8 de marzo",
            &[("la semana del 8 de marzo", Some("2021-03-08/2021-03-14"), "date.week_of")],
        ),
        (
            "la primera semana de octubre",
            &[("la primera semana de octubre", Some("2021-10-04/2021-10-10"), "date.week_of")],
        ),
        (
            "la última semana de julio de 2017",
            &[("la última semana de julio de 2017", Some("2017-07-24/2017-07-30"), "date.week_of")],
        ),
        (
            "este fin de semana",
            &[("este fin de semana", Some("2021-12-04/2021-12-05"), "date.week_relative")],
        ),
        ("el fin de semana", &[("el fin de semana", Some("2021-12-04/2021-12-05"), "date.week_relative")]),
        (
            "el próximo fin de semana",
            &[("el próximo fin de semana", Some("2021-12-11/2021-12-12"), "date.week_relative")],
        ),
        ("esta década", &[("esta década", Some("2020/2029"), "date.decade_relative")]),
        ("la próxima década", &[("la próxima década", Some("2030/2039"), "date.decade_relative")]),
        ("este trimestre", &[("este trimestre", Some("2021-10-01/2021-12-31"), "date.quarter")]),
        ("el trimestre pasado", &[("el trimestre pasado", Some("2021-07-01/2021-09-30"), "date.quarter")]),
        ("el semestre próximo", &[("el semestre próximo", Some("2022-01-01/2022-06-30"), "date.half_year")]),
        ("las últimas dos décadas", &[("las últimas dos décadas", Some("2000/2019"), "date.last_period")]),
        ("el día 21 de este mes", &[("21 de este mes", Some("2021-12-21"), "date.day_month")]),
        ("el 4 del próximo mes", &[("4 del próximo mes", Some("2022-01-04"), "date.day_month")]),
        ("en junio del próximo año", &[("junio del próximo año", Some("2022-06"), "date.month_relative")]),
        (
            "el 10 de marzo del año pasado",
            &[("10 de marzo del año pasado", Some("2020-03-10"), "date.day_month")],
        ),
        ("el día 18 se votará", &[("el día 18", Some("2021-12-18"), "date.day_of_month")]),
        ("en el siglo XXI", &[("el siglo XXI", Some("2000/2099"), "date.century")]),
        ("durante el verano", &[("el verano", Some("2022-06/2022-09"), "date.season")]),
        ("cada verano", &[]),
    ]);
}

#[test]
fn more_absolute_forms() {
    check_table(&[
        ("Bogotá, marzo 3 de 2021", &[("marzo 3 de 2021", Some("2021-03-03"), "date.month_day_year")]),
        ("mayo 5, 2013", &[("mayo 5, 2013", Some("2013-05-05"), "date.month_day_year")]),
        ("vence el 28-nov.", &[("28-nov.", Some("2021-11-28"), "date.numeric_day_month")]),
        ("el 31-dic-1994", &[("31-dic-1994", Some("1994-12-31"), "date.numeric")]),
        ("firmado el 01/agosto/2019", &[("01/agosto/2019", Some("2019-08-01"), "date.numeric")]),
        ("el 20/11 se celebra", &[("20/11", Some("2021-11-20"), "date.numeric_day_month")]),
        ("en 11/2016 se abrió", &[("11/2016", Some("2016-11"), "date.numeric_month_year")]),
        ("en 2007 y 2009", &[("2007", Some("2007"), "date.year"), ("2009", Some("2009"), "date.year")]),
        (
            "en 2019, 2020 y 2021",
            &[
                ("2019", Some("2019"), "date.year"),
                ("2020", Some("2020"), "date.year"),
                ("2021", Some("2021"), "date.year"),
            ],
        ),
        ("la Agenda 2030 y 2040", &[]),
        ("en mil novecientos noventa", &[("mil novecientos noventa", Some("1990"), "date.year")]),
        ("en marzo 3 países firmaron", &[("marzo", Some("2021-03"), "date.month")]),
        ("el mes de sept. de 2020", &[("el mes de sept. de 2020", Some("2020-09"), "date.month_year")]),
    ]);
}

#[test]
fn more_durations() {
    const D: &str = "date.duration";
    check_table(&[
        ("por 3,5 años", &[("3,5 años", Some("P3.5Y"), D)]),
        ("por 2,5 horas", &[("2,5 horas", Some("PT2.5H"), D)]),
        ("durante 3 h", &[("3 h", Some("PT3H"), D)]),
        ("media hora de debate", &[("media hora", Some("PT30M"), D)]),
        ("trabajaron todo el día", &[("todo el día", Some("P1D"), D)]),
        ("toda la semana", &[("toda la semana", Some("P1W"), D)]),
        ("todo el año pasado", &[("el año pasado", Some("2020"), "date.year_relative")]),
        // Relative to another event, not to the dateline: no date, and not a duration.
        ("durante todo el año anterior", &[]),
        ("12 meses", &[("12 meses", Some("P12M"), D)]),
        ("dos quincenas", &[("dos quincenas", Some("P30D"), D)]),
        ("noventa días", &[("noventa días", Some("P90D"), D)]),
        ("ciento veinte días", &[("ciento veinte días", Some("P120D"), D)]),
        ("treinta y un días", &[("treinta y un días", Some("P31D"), D)]),
    ]);
}

#[test]
fn weekday_words_inside_names() {
    // date.weekday_in_name: "Santo Domingo" is a city, not a Sunday.
    check_table(&[
        ("Santo Domingo, 14 de febrero de 2024", &[("14 de febrero de 2024", Some("2024-02-14"), DMY)]),
        ("SANTO DOMINGO, 14 DE FEBRERO DE 2024", &[("14 DE FEBRERO DE 2024", Some("2024-02-14"), DMY)]),
        ("La delegación llegó a Santo Domingo.", &[]),
        (
            "Se celebró en Santo Domingo 9 de marzo de 2022.",
            &[("9 de marzo de 2022", Some("2022-03-09"), DMY)],
        ),
        ("Ciudad de México, 3 de diciembre de 2021", &[("3 de diciembre de 2021", Some("2021-12-03"), DMY)]),
        ("MADRID, 2 FEB. 2023.-", &[("2 FEB. 2023", Some("2023-02-02"), DMY)]),
        (
            "El Lunes 6 de diciembre de 2021 habrá sesión.",
            &[("Lunes 6 de diciembre de 2021", Some("2021-12-06"), "date.weekday_date")],
        ),
        (
            "EL LUNES 6 DE DICIEMBRE DE 2021",
            &[("LUNES 6 DE DICIEMBRE DE 2021", Some("2021-12-06"), "date.weekday_date")],
        ),
        ("Nos vemos el Domingo.", &[("el Domingo", Some("2021-12-05"), "date.weekday")]),
        // A weekday with its day number after a capitalised place, in a list reflowed into
        // one line.
        (
            "Sábado 4 de diciembre — Charlotte, Carolina del Norte Domingo 5 de diciembre — Raleigh",
            &[
                ("Sábado 4 de diciembre", Some("2021-12-04"), "date.weekday_date"),
                ("Domingo 5 de diciembre", Some("2021-12-05"), "date.weekday_date"),
            ],
        ),
        // A weekday opening a line of a list is a weekday after a capitalised place.
        (
            "Sábado 4 de diciembre — Charlotte, Carolina del Norte\nDomingo 5 de diciembre — Raleigh",
            &[
                ("Sábado 4 de diciembre", Some("2021-12-04"), "date.weekday_date"),
                ("Domingo 5 de diciembre", Some("2021-12-05"), "date.weekday_date"),
            ],
        ),
    ]);
}

#[test]
fn weekday_with_a_bare_day() {
    // date.weekday_day: the nearest date whose day and weekday agree (anchor Friday 2021-12-03).
    const R: &str = "date.weekday_day";
    check_table(&[
        ("La comisión sesionará el martes 7.", &[("martes 7", Some("2021-12-07"), R)]),
        ("El jueves 25 se firmó el acta.", &[("jueves 25", Some("2021-11-25"), R)]),
        ("Se reunieron el lunes 29, según el acta.", &[("lunes 29", Some("2021-11-29"), R)]),
        (
            "El viernes 14 de enero de 2022 no, el viernes 14 a secas.",
            &[
                ("viernes 14 de enero de 2022", Some("2022-01-14"), "date.weekday_date"),
                ("viernes 14", Some("2022-01-14"), R),
            ],
        ),
        (
            "el miércoles 15 a las 10:00 horas",
            &[("miércoles 15 a las 10:00 horas", Some("2021-12-15T10:00"), "date.datetime")],
        ),
        ("El lunes 3 personas resultaron heridas.", &[]),
        ("Se verán el martes el día 14.", &[("martes el día 14", Some("2021-12-14"), R)]),
        ("Llegará el lunes, día 6, a la capital.", &[("lunes, día 6", Some("2021-12-06"), R)]),
        ("Volvió el sábado el día veintisiete.", &[("sábado el día veintisiete", Some("2021-11-27"), R)]),
        (
            "Cerrado desde el viernes 10 hasta el martes 14.",
            &[("desde el viernes 10 hasta el martes 14", Some("2021-12-10/2021-12-14"), "date.range")],
        ),
        ("el martes 40 de ellos votaron", &[]),
        // date.weekday_range: two weekdays with their days, no month (an agenda's "Jueves 9 y
        // viernes 10:"); the second, free in running text, must be the later within a fortnight.
        (
            "• Jueves 9 y viernes 10: visita oficial.",
            &[("Jueves 9 y viernes 10", Some("2021-12-09/2021-12-10"), "date.weekday_range")],
        ),
        (
            "Del lunes 6 al miércoles 8 habrá sesiones.",
            &[("Del lunes 6 al miércoles 8", Some("2021-12-06/2021-12-08"), "date.weekday_range")],
        ),
        (
            "Sesionará el jueves 9 y el viernes 10 también.",
            &[("jueves 9 y el viernes 10", Some("2021-12-09/2021-12-10"), "date.weekday_range")],
        ),
        // Days that do not follow each other are two dates.
        (
            "Habrá sesión el martes 7 y el martes 28.",
            &[("martes 7", Some("2021-12-07"), R), ("martes 28", Some("2021-12-28"), R)],
        ),
    ]);
}

#[test]
fn day_of_month_in_words() {
    // date.day_of_month with the day written in words.
    const R: &str = "date.day_of_month";
    check_table(&[
        ("La entrega será el día quince.", &[("el día quince", Some("2021-12-15"), R)]),
        ("Lo confirmó el día veintinueve, por escrito.", &[("el día veintinueve", Some("2021-12-29"), R)]),
        ("el día 18 vence el plazo", &[("el día 18", Some("2021-12-18"), R)]),
        ("el día uno de los trabajos", &[]),
        ("será el día quince.", &[("el día quince", Some("2021-12-15"), R)]),
        ("el día quince.", &[("el día quince", Some("2021-12-15"), R)]),
        ("La entrega el día quince.", &[("el día quince", Some("2021-12-15"), R)]),
    ]);
}

#[test]
fn weeks_of_a_year_or_a_deictic_month() {
    // date.week_of: ISO weeks of a year, weeks of "este mes" / "del próximo año".
    const R: &str = "date.week_of";
    check_table(&[
        (
            "Abrió la primera semana de 2015.",
            &[("la primera semana de 2015", Some("2014-12-29/2015-01-04"), R)],
        ),
        (
            "Cerró la última semana de 2015.",
            &[("la última semana de 2015", Some("2015-12-28/2016-01-03"), R)],
        ),
        ("Se hará la 3ª semana de 2027.", &[("la 3ª semana de 2027", Some("2027-01-18/2027-01-24"), R)]),
        (
            "Se votará la tercera semana del 2027.",
            &[("la tercera semana del 2027", Some("2027-01-18/2027-01-24"), R)],
        ),
        (
            "Ocurrirá la tercera semana del próximo año.",
            &[("la tercera semana del próximo año", Some("2022-01-17/2022-01-23"), R)],
        ),
        (
            "Será la segunda semana de este mes.",
            &[("la segunda semana de este mes", Some("2021-12-06/2021-12-12"), R)],
        ),
        ("la décima semana de 2020", &[("la décima semana de 2020", Some("2020-03-02/2020-03-08"), R)]),
    ]);
}

#[test]
fn counted_periods_with_the_count_first() {
    // date.next_period / date.last_period with the count before the modifier or the unit.
    const N: &str = "date.next_period";
    const L: &str = "date.last_period";
    check_table(&[
        ("Crecerá en los 5 próximos años.", &[("los 5 próximos años", Some("2021-12-04/2026-12-03"), N)]),
        (
            "Durante los tres días siguientes habrá cortes.",
            &[("los tres días siguientes", Some("2021-12-04/2021-12-06"), N)],
        ),
        (
            "Cayó en las diez semanas anteriores.",
            &[("las diez semanas anteriores", Some("2021-09-24/2021-12-02"), L)],
        ),
        (
            "Llovió las pasadas tres semanas.",
            &[("las pasadas tres semanas", Some("2021-11-12/2021-12-02"), L)],
        ),
        ("en los 3 próximos meses", &[("los 3 próximos meses", Some("2021-12-04/2022-03-03"), N)]),
        ("los dos últimos años", &[("los dos últimos años", Some("2019-12-03/2021-12-02"), L)]),
        // Counted from an event of the text, not from the dateline: only the duration.
        ("los tres días siguientes al sismo", &[("tres días", Some("P3D"), "date.duration")]),
        ("las dos semanas anteriores a la votación", &[("dos semanas", Some("P2W"), "date.duration")]),
        ("los 3 días siguientes", &[("los 3 días siguientes", Some("2021-12-04/2021-12-06"), N)]),
    ]);
}

#[test]
fn current_period_and_dashed_year_ranges() {
    check_table(&[
        (
            "Las ventas del trimestre actual subieron.",
            &[("trimestre actual", Some("2021-10-01/2021-12-31"), "date.quarter")],
        ),
        ("las cifras del año pasado", &[("año pasado", Some("2020"), "date.year_relative")]),
        ("las vacaciones del mes que viene", &[("mes que viene", Some("2022-01"), "date.month_relative")]),
        ("el balance del próximo año", &[("próximo año", Some("2022"), "date.year_relative")]),
        ("el informe del año", &[]),
        (
            "Las ventas en el trimestre actual subieron.",
            &[("el trimestre actual", Some("2021-10-01/2021-12-31"), "date.quarter")],
        ),
        ("Se revisa el año actual.", &[("el año actual", Some("2021"), "date.year_relative")]),
        ("la semana actual", &[("la semana actual", Some("2021-11-29/2021-12-05"), "date.week_relative")]),
        ("Creció entre 2014-2018.", &[("entre 2014-2018", Some("2014/2018"), "date.range_years")]),
    ]);
}

#[test]
fn first_or_last_units_of_a_period() {
    // date.edge_of_period: counted inside a written year or month, not from the anchor.
    const R: &str = "date.edge_of_period";
    check_table(&[
        (
            "Creció en los primeros seis meses de 2020.",
            &[("los primeros seis meses de 2020", Some("2020-01-01/2020-06-30"), R)],
        ),
        (
            "Los resultados de los últimos cuatro meses de 2021 mejoran.",
            &[("los últimos cuatro meses de 2021", Some("2021-09-01/2021-12-31"), R)],
        ),
        (
            "en los primeros diez días de marzo",
            &[("los primeros diez días de marzo", Some("2021-03-01/2021-03-10"), R)],
        ),
        (
            "las dos últimas semanas del año",
            &[("las dos últimas semanas del año", Some("2021-12-18/2021-12-31"), R)],
        ),
        (
            "los primeros tres meses del próximo año",
            &[("los primeros tres meses del próximo año", Some("2022-01-01/2022-03-31"), R)],
        ),
        (
            "los últimos 10 días de febrero de 2020",
            &[("los últimos 10 días de febrero de 2020", Some("2020-02-20/2020-02-29"), R)],
        ),
        // Without a period after it, "últimos" counts back from the anchor.
        (
            "los últimos tres meses",
            &[("los últimos tres meses", Some("2021-09-03/2021-12-02"), "date.last_period")],
        ),
        ("los primeros tres meses", &[("tres meses", Some("P3M"), "date.duration")]),
    ]);
}

#[test]
fn month_with_a_two_digit_year() {
    // date.month_short_year
    const R: &str = "date.month_short_year";
    check_table(&[
        ("Nació en abril del 87.", &[("abril del 87", Some("1987-04"), R)]),
        ("los registros de agosto de 99", &[("agosto de 99", Some("1999-08"), R)]),
        ("desde marzo de 05, dijo", &[("marzo de 05", Some("2005-03"), R)]),
        // A count after the month is not a year.
        ("en marzo de 15 a 20 grados", &[("marzo", Some("2021-03"), "date.month")]),
    ]);
}

#[test]
fn week_of_a_written_day() {
    // date.week_of with "semana de", "semana que comienza el", "semana a partir del".
    const R: &str = "date.week_of";
    check_table(&[
        ("la semana de 10 de abril", &[("la semana de 10 de abril", Some("2021-04-05/2021-04-11"), R)]),
        (
            "para la semana que comienza el 4 de febrero de 2019",
            &[("la semana que comienza el 4 de febrero de 2019", Some("2019-02-04/2019-02-10"), R)],
        ),
        (
            "la semana a partir del 7 de marzo de 2022",
            &[("la semana a partir del 7 de marzo de 2022", Some("2022-03-07/2022-03-13"), R)],
        ),
        ("la semana de trabajo", &[]),
    ]);
}

#[test]
fn range_from_a_day_to_a_month() {
    // date.range_days: the left day takes the right end's year.
    check_table(&[
        (
            "Estará de 1 de febrero a marzo de 2019.",
            &[("de 1 de febrero a marzo de 2019", Some("2019-02-01/2019-03-31"), "date.range_days")],
        ),
        (
            "entre el 15 de noviembre y enero de 2020",
            &[("entre el 15 de noviembre y enero de 2020", Some("2019-11-15/2020-01-31"), "date.range_days")],
        ),
        (
            "desde el 1 de enero hasta junio",
            &[("desde el 1 de enero hasta junio", Some("2021-01-01/2021-06-30"), "date.range_days")],
        ),
    ]);
}

#[test]
fn bare_day_rest_of_period_and_decades_in_words() {
    check_table(&[
        // date.bare_day: the anchor's month, only at the end of a clause.
        ("La sesión plenaria será el 15.", &[("el 15", Some("2021-12-15"), "date.bare_day")]),
        ("Se votará el 9; después, el receso.", &[("el 9", Some("2021-12-09"), "date.bare_day")]),
        ("Aumentó el 15 por ciento.", &[]),
        ("Ganó el 3 de los 5 premios.", &[]),
        ("Quedó en el puesto el 3.", &[]),
        ("Subió el 4.5 en mayo", &[("mayo", Some("2021-05"), "date.month")]),
        // date.rest_of: from the anchor to the end of its period.
        ("durante el resto del año", &[("el resto del año", Some("2021-12-03/2021-12-31"), "date.rest_of")]),
        (
            "el resto de la semana",
            &[("el resto de la semana", Some("2021-12-03/2021-12-05"), "date.rest_of")],
        ),
        (
            "en lo que queda del mes",
            &[("lo que queda del mes", Some("2021-12-03/2021-12-31"), "date.rest_of")],
        ),
        ("el resto del año fiscal", &[]),
        // date.period_to_date: from the start of the period to the anchor.
        (
            "en lo que va del año",
            &[("lo que va del año", Some("2021-01-01/2021-12-03"), "date.period_to_date")],
        ),
        (
            "en lo que va de año",
            &[("lo que va de año", Some("2021-01-01/2021-12-03"), "date.period_to_date")],
        ),
        (
            "en lo que va de este mes",
            &[("lo que va de este mes", Some("2021-12-01/2021-12-03"), "date.period_to_date")],
        ),
        ("lo que va de la sesión", &[]),
        // Whole days of hours count as days from the day after the anchor.
        (
            "en las próximas 48 horas se enviará",
            &[("las próximas 48 horas", Some("2021-12-04/2021-12-05"), "date.next_period")],
        ),
        ("en las próximas 6 horas", &[("6 horas", Some("PT6H"), "date.duration")]),
        // date.vague_span: a lower bound on years is no date.
        ("desde hace más de una década", &[]),
        ("hace más de treinta años", &[]),
        ("durante una década", &[("una década", Some("P10Y"), "date.duration")]),
        // A written year is that year (a bare "de 2021" after "va" was lost).
        ("en lo que va de 2021 se expidieron", &[("2021", Some("2021"), "date.year")]),
        // date.decade with the year in words.
        (
            "en los años mil novecientos setenta",
            &[("los años mil novecientos setenta", Some("1970/1979"), "date.decade")],
        ),
        ("en los años dos mil", &[("los años dos mil", Some("2000/2009"), "date.decade")]),
    ]);
}

#[test]
fn opening_days_and_occasions_are_not_dates() {
    check_table(&[
        // date.recurring: "de lunes a viernes" is a schedule.
        ("Atiende de lunes a viernes de 8:00 a 14:00 horas.", &[]),
        ("Las sesiones serán los martes y jueves, y los sábados habrá tutorías.", &[]),
        ("La línea atiende las 24 horas del día.", &[]),
        ("Respondió en 24 horas.", &[("24 horas", Some("PT24H"), "date.duration")]),
        ("abre de martes a sábado", &[]),
        // date.part_of_*: "de fin de año" names an occasion.
        ("con motivo de las fiestas de fin de año", &[]),
        ("se publicará a fin de año", &[("a fin de año", Some("2021"), "date.part_of_relative")]),
        // date.year after "periodo de" / "ejercicio de".
        ("frente al mismo periodo de 2021", &[("2021", Some("2021"), "date.year")]),
        ("las cuentas del ejercicio de 2020", &[("2020", Some("2020"), "date.year")]),
        ("un alza de 12,3% respecto de 2023", &[("2023", Some("2023"), "date.year")]),
        ("creció un 5% frente a 2022", &[("2022", Some("2022"), "date.year")]),
        // After a common noun, "de" + a year closing the phrase is the year; after a name, a
        // number or a quantity word it is not.
        ("la temporada de huracanes de 2025 será intensa", &[("2025", Some("2025"), "date.year")]),
        ("el presupuesto nacional de 2013, de 26 mil millones", &[("2013", Some("2013"), "date.year")]),
        ("los Acuerdos de 1994 siguen vigentes", &[]),
        ("según el Decreto 216 de 2021.", &[]),
        ("llegaron más de 2000 personas", &[]),
        ("una inversión de 2000 dólares", &[]),
        ("el Decreto 216 de 2021", &[]),
    ]);
}

#[test]
fn ages_with_an_adjective_before_de() {
    // date.duration is not reported for ages, also with an adjective after the noun.
    check_table(&[
        ("una mujer nicaragüense de 82 años esperó", &[]),
        ("un niño hondureño de 9 años", &[]),
        ("un plazo adicional de 10 años", &[("10 años", Some("P10Y"), "date.duration")]),
        // A person named by office: "el ex mandatario de 86 años", "la ministra de 54 años".
        ("el ex mandatario de 86 años investiga", &[]),
        // "cumplir N años" is an age in any tense or mood.
        ("Los jóvenes que cumplan 18 años dentro del sistema podrán quedarse.", &[]),
        ("la ministra de 54 años", &[]),
        ("Zelaya, un político liberal de 58 años, volvió", &[]),
        ("Dino Bouterse, de 40 años, asumió", &[]),
        ("el programa, de 5 años, concluyó", &[("5 años", Some("P5Y"), "date.duration")]),
        ("un mandato de 4 años", &[("4 años", Some("P4Y"), "date.duration")]),
        ("una inversión pública de 5 años", &[("5 años", Some("P5Y"), "date.duration")]),
    ]);
}

#[test]
fn the_day_after_tomorrow_spelled_out() {
    // date.day_relative
    check_table(&[
        (
            "Llegará el día después de mañana.",
            &[("el día después de mañana", Some("2021-12-05"), "date.day_relative")],
        ),
        (
            "Se firmó el día antes de ayer.",
            &[("el día antes de ayer", Some("2021-12-01"), "date.day_relative")],
        ),
        // "el día de ayer / hoy / mañana": the day itself, the article and "día" kept.
        (
            "Agregó que el día de ayer quedó instalada una línea.",
            &[("el día de ayer", Some("2021-12-02"), "date.day_relative")],
        ),
        ("Se reunirán el día de hoy.", &[("el día de hoy", Some("2021-12-03"), "date.day_relative")]),
        ("Viajará el día de mañana.", &[("el día de mañana", Some("2021-12-04"), "date.day_relative")]),
    ]);
}

// ---------------------------------------------------------------- issue 3: peer-suite recall

#[test]
fn numeric_month_and_year_without_a_preposition() {
    const NMY: &str = "date.numeric_month_year";
    check_table(&[
        ("El informe cubre 11/2016 y fue revisado.", &[("11/2016", Some("2016-11"), NMY)]),
        ("Vigencia: 03-2015.", &[("03-2015", Some("2015-03"), NMY)]),
        ("Cierre contable 12.2019, sin cambios.", &[("12.2019", Some("2019-12"), NMY)]),
        ("Datos de 2015/3 a revisar", &[("2015/3", Some("2015-03"), NMY)]),
        ("El corte 2020-04 quedó listo.", &[("2020-04", Some("2020-04"), NMY)]),
        ("El corte 2020-4 quedó listo.", &[("2020-4", Some("2020-04"), NMY)]),
        ("con datos de 11 / 2016", &[("11 / 2016", Some("2016-11"), NMY)]),
        ("con datos de 9 -2018 y más", &[("9 -2018", Some("2018-09"), NMY)]),
        ("entre 6 ~ 2017 y nada", &[("6 ~ 2017", Some("2017-06"), NMY)]),
        // date.month_year: a month name glued to its year.
        ("el cierre de ago-2019", &[("ago-2019", Some("2019-08"), "date.month_year")]),
        ("el balance de diciembre/2018", &[("diciembre/2018", Some("2018-12"), "date.month_year")]),
    ]);
}

#[test]
fn numbers_with_slashes_that_are_not_dates() {
    check_table(&[
        ("según la Ley 11/2016 de presupuesto", &[]),
        ("el expediente 3-2015 sigue abierto", &[]),
        ("la resolución 2019/3 del consejo", &[]),
        ("el oficio No. 7/2020", &[]),
        ("el caso N° 4/2018", &[]),
        ("la Circular 2021-5", &[]),
        ("el curso académico 2011-12", &[]),
        ("la temporada 2019-20 terminó", &[]),
        ("un servicio 24/7 para migrantes", &[]),
        ("aprobado por 2/3 de los votos", &[]),
        ("un tercio: 1/3 partes", &[]),
        ("la norma ISO 9001/2015", &[]),
        ("Agenda 11/2030", &[]),
        ("Capítulo 11. 2016 fue un año duro.", &[]),
    ]);
}

#[test]
fn numeric_day_and_month_without_a_year() {
    const NDM: &str = "date.numeric_day_month";
    check_table(&[
        (
            "Podemos vernos el 20/11, 22/11 o 25/11.",
            &[
                ("20/11", Some("2021-11-20"), NDM),
                ("22/11", Some("2021-11-22"), NDM),
                ("25/11", Some("2021-11-25"), NDM),
            ],
        ),
        ("La cita quedó para el 4/7.", &[("4/7", Some("2021-07-04"), NDM)]),
        ("Plazo hasta el 17-02 inclusive.", &[("17-02", Some("2021-02-17"), NDM)]),
        ("Recuerde: 15/09, día de la independencia.", &[("15/09", Some("2021-09-15"), NDM)]),
        (
            "La misión va del 21/12 al 6/01.",
            &[("del 21/12 al 6/01", Some("2021-12-21/2022-01-06"), "date.range")],
        ),
        // A dash without an article is a score or a span of numbers.
        ("quedaron 12-5 en la votación", &[]),
    ]);
}

#[test]
fn month_abbreviations_need_context() {
    check_table(&[
        ("No estaré en sep, vuelvo luego.", &[("sep", Some("2021-09"), "date.month")]),
        ("Se aplaza hasta abr.", &[("abr.", Some("2021-04"), "date.month")]),
        ("desde ene cambia la tarifa", &[("ene", Some("2021-01"), "date.month")]),
        ("Este nov fue muy lluvioso.", &[("Este nov", Some("2021-11"), "date.month_relative")]),
        ("El pasado oct se firmó.", &[("El pasado oct", Some("2021-10"), "date.month_relative")]),
        // "mar" is the sea and "set" a set; an abbreviation alone says nothing.
        ("Viajaron en mar hasta la costa.", &[]),
        ("Ganó en set corrido.", &[]),
        ("el dic de la comisión", &[]),
    ]);
}

#[test]
fn holidays_with_a_yearly_date() {
    const H: &str = "date.holiday";
    check_table(&[
        ("La oficina cerrará en Navidad.", &[("Navidad", Some("2021-12-25"), H)]),
        (
            "Habrá guardias la Nochebuena y la Nochevieja.",
            &[("la Nochebuena", Some("2021-12-24"), H), ("la Nochevieja", Some("2021-12-31"), H)],
        ),
        ("El programa arranca tras el Año Nuevo.", &[("el Año Nuevo", Some("2022-01-01"), H)]),
        (
            "Durante la Semana Santa de 2022 habrá controles.",
            &[("la Semana Santa de 2022", Some("2022-04-10/2022-04-17"), H)],
        ),
        ("El Viernes Santo de 2024 no hubo sesión.", &[("El Viernes Santo de 2024", Some("2024-03-29"), H)]),
        (
            "El Domingo de Pascua de 2019 se celebró la misa.",
            &[("El Domingo de Pascua de 2019", Some("2019-04-21"), H)],
        ),
        ("Marcharon el Día del Trabajo de 2020.", &[("el Día del Trabajo de 2020", Some("2020-05-01"), H)]),
        (
            "el día de acción de gracias del 2010",
            &[("el día de acción de gracias del 2010", Some("2010-11-25"), H)],
        ),
        ("la pasada Navidad", &[("la pasada Navidad", Some("2020-12-25"), H)]),
    ]);
    // A communiqué of 3 January speaks of the Año Nuevo just past.
    check_table_at(
        &[("Los festejos de Año Nuevo dejaron heridos.", &[("Año Nuevo", Some("2022-01-01"), H)])],
        CivilDate::new(2022, 1, 3),
    );
    check_table_at(
        &[("Los festejos de Año Nuevo dejaron heridos.", &[("Año Nuevo", Some("2022-01-01"), H)])],
        CivilDate::new(2021, 11, 20),
    );
}

#[test]
fn holiday_names_that_are_not_dates() {
    check_table(&[
        ("Visitaron la Isla de Pascua.", &[]),
        ("¡Feliz Navidad a todos!", &[]),
        ("el Año Nuevo Lunar", &[]),
        ("una misa de acción de gracias", &[]),
        ("el Día Mundial del Refugiado", &[]),
        ("el Día de la Madre", &[]),
    ]);
}

#[test]
fn iso_weeks() {
    const W: &str = "date.iso_week";
    check_table(&[
        ("Los casos subieron en la semana 31.", &[("la semana 31", Some("2021-08-02/2021-08-08"), W)]),
        (
            "En la semana epidemiológica 12 de 2020 se notificaron.",
            &[("la semana epidemiológica 12 de 2020", Some("2020-03-16/2020-03-22"), W)],
        ),
        ("semana 1 de 2021", &[("semana 1 de 2021", Some("2021-01-04/2021-01-10"), W)]),
        (
            "desde la semana 31 hasta la semana 35",
            &[("desde la semana 31 hasta la semana 35", Some("2021-08-02/2021-09-05"), "date.range")],
        ),
        // "la semana 3 de la campaña" counts weeks of something else.
        ("en la semana 3 de la campaña", &[]),
        ("en la semana 60", &[]),
    ]);
}

#[test]
fn compound_and_quarter_hour_durations() {
    const D: &str = "date.duration";
    check_table(&[
        ("La sesión duró una hora y treinta minutos.", &[("una hora y treinta minutos", Some("PT1H30M"), D)]),
        ("Un plazo de dos años y seis meses.", &[("dos años y seis meses", Some("P2Y6M"), D)]),
        (
            "Se votó tras una hora veinte minutos de debate.",
            &[("una hora veinte minutos", Some("PT1H20M"), D)],
        ),
        ("Con una hora y media basta.", &[("una hora y media", Some("PT1.5H"), D)]),
        ("Se detuvo un cuarto de hora.", &[("un cuarto de hora", Some("PT15M"), D)]),
        ("Esperaron tres cuartos de hora.", &[("tres cuartos de hora", Some("PT45M"), D)]),
        // A range of two lengths is two durations.
        ("penas de entre 2 años y 6 meses", &[("2 años", Some("P2Y"), D), ("6 meses", Some("P6M"), D)]),
        ("en el cuarto piso", &[]),
    ]);
}

#[test]
fn deictic_units_without_article_and_weekday_day_questions() {
    check_table(&[
        (
            "Lo aprobaron semana pasada.",
            &[("semana pasada", Some("2021-11-22/2021-11-28"), "date.week_relative")],
        ),
        ("Se verá mes que viene.", &[("mes que viene", Some("2022-01"), "date.month_relative")]),
        ("Pasó un año pasado en prisión.", &[]),
        ("¿Hay sesión el lunes 6?", &[("lunes 6", Some("2021-12-06"), "date.weekday_day")]),
        ("entre 2014 ~ 2018", &[("entre 2014 ~ 2018", Some("2014/2018"), "date.range_years")]),
    ]);
}

#[test]
fn now_as_a_range_end_and_offsets_with_two_units() {
    check_table(&[
        (
            "entre ahora y el 15 de diciembre",
            &[("entre ahora y el 15 de diciembre", Some("2021-12-03/2021-12-15"), "date.range")],
        ),
        (
            "desde ahora hasta el 20 de diciembre",
            &[("desde ahora hasta el 20 de diciembre", Some("2021-12-03/2021-12-20"), "date.range")],
        ),
        ("Ahora mismo no hay cupos.", &[]),
        (
            "dos semanas y dos días antes de hoy",
            &[
                ("dos semanas", Some("P2W"), "date.duration"),
                ("dos días antes de hoy", Some("2021-12-01"), "date.offset_from_day"),
            ],
        ),
    ]);
}

#[test]
fn listed_months_nights_weekends_and_day_del_month() {
    check_table(&[
        (
            "Las cifras de febrero, marzo y julio crecieron.",
            &[
                ("febrero", Some("2021-02"), "date.month"),
                ("marzo", Some("2021-03"), "date.month"),
                ("julio", Some("2021-07"), "date.month"),
            ],
        ),
        ("la Plaza de Mayo y Junio", &[]),
        ("Se alojaron dos noches en la sede.", &[("dos noches", Some("P2D"), "date.duration")]),
        // "esta noche" names today's date (as "anoche" names yesterday's); day precision.
        ("Esta noche se inaugura la feria.", &[("Esta noche", Some("2021-12-03"), "date.day_relative")]),
        (
            "Cerrado este finde por inventario.",
            &[("este finde", Some("2021-12-04/2021-12-05"), "date.week_relative")],
        ),
        ("Consultas resto de semana.", &[("resto de semana", Some("2021-12-03/2021-12-05"), "date.rest_of")]),
        ("Llegó el 17 del 11 a la frontera.", &[("17 del 11", Some("2021-11-17"), "date.numeric_day_month")]),
        ("el 3 del 5 por ciento", &[]),
        (
            "Reunión el día veintinueve - sala 2",
            &[("el día veintinueve", Some("2021-12-29"), "date.day_of_month")],
        ),
    ]);
}

#[test]
fn the_last_quarter_before_the_anchor() {
    check_table(&[
        (
            "Las ventas del último trimestre cayeron.",
            &[("último trimestre", Some("2021-07-01/2021-09-30"), "date.quarter")],
        ),
        ("en el último semestre", &[("el último semestre", Some("2021-01-01/2021-06-30"), "date.half_year")]),
    ]);
}

#[test]
fn part_of_a_period_after_antes_de() {
    check_table(&[
        (
            "Elaborarán antes de finales de año la hoja de ruta.",
            &[("finales de año", Some("2021"), "date.part_of_relative")],
        ),
        ("después de mediados de marzo", &[("mediados de marzo", Some("2021-03"), "date.part_of_month")]),
        ("con motivo de las fiestas de fin de año", &[]),
    ]);
}

#[test]
fn ordinal_day_words() {
    check_table(&[
        ("Volverá el segundo de agosto.", &[("segundo de agosto", Some("2021-08-02"), DM)]),
        ("el tercero de mayo de 2020", &[("tercero de mayo de 2020", Some("2020-05-03"), DMY)]),
        ("el segundo de los informes", &[]),
        ("la tercera de abril", &[("abril", Some("2021-04"), "date.month")]),
    ]);
}

#[test]
fn deictic_weekday_with_a_numeric_date() {
    check_table(&[
        (
            "Se votará este viernes 10/12.",
            &[("este viernes 10/12", Some("2021-12-10"), "date.numeric_day_month")],
        ),
        (
            "el próximo martes, 07/12",
            &[("el próximo martes, 07/12", Some("2021-12-07"), "date.numeric_day_month")],
        ),
        ("el vigésimo segundo de junio", &[("junio", Some("2021-06"), "date.month")]),
    ]);
}

#[test]
fn yearless_dates_read_on_from_the_sentence() {
    const C: &str = "date.year_from_context";
    check_table(&[
        (
            "El taller será del 10 al 12 de marzo de 2023 y el seminario, previsto para abril.",
            &[
                ("del 10 al 12 de marzo de 2023", Some("2023-03-10/2023-03-12"), "date.range_days"),
                ("abril", Some("2023-04"), C),
            ],
        ),
        (
            "La oficina cerrará del 24 al 26 de diciembre, así como el 1.º de enero.",
            &[
                ("del 24 al 26 de diciembre", Some("2021-12-24/2021-12-26"), "date.range_days"),
                ("1.º de enero", Some("2022-01-01"), C),
            ],
        ),
        // Each yearless date reads on from the written year, not only the first.
        (
            "Se reunieron en marzo de 2019, volvieron a verse el 3 de junio y clausuraron el 12 de junio.",
            &[
                ("marzo de 2019", Some("2019-03"), "date.month_year"),
                ("3 de junio", Some("2019-06-03"), C),
                ("12 de junio", Some("2019-06-12"), C),
            ],
        ),
        // Another sentence: the anchor's year.
        (
            "Se firmó el 3 de marzo de 2019. En abril se ratificó.",
            &[("3 de marzo de 2019", Some("2019-03-03"), DMY), ("abril", Some("2021-04"), "date.month")],
        ),
        // A month before the written one is not read on.
        (
            "en marzo de 2019 y en enero",
            &[
                ("marzo de 2019", Some("2019-03"), "date.month_year"),
                ("enero", Some("2021-01"), "date.month"),
            ],
        ),
    ]);
}

/// Only a list running from the year's last months into its first rolls over to the next year.
#[test]
fn a_later_half_year_does_not_roll_june_over() {
    check_table_at(
        &[(
            "La firma se prevé para el segundo semestre del año, y la operación comenzará el 15 de junio.",
            &[
                ("el segundo semestre del año", Some("2024-07-01/2024-12-31"), "date.half_year"),
                ("15 de junio", Some("2024-06-15"), DM),
            ],
        )],
        CivilDate::new(2024, 5, 7),
    );
}

#[test]
fn a_far_yearless_month_does_not_roll_the_next_one() {
    check_table_at(
        &[(
            "se reunieron los pasados meses de diciembre y febrero",
            // The preterite puts December in the year before (date.past_year); February, after
            // it in the text, keeps the dateline's year.
            &[("diciembre", Some("2023-12"), "date.past_year"), ("febrero", Some("2024-02"), "date.month")],
        )],
        CivilDate::new(2024, 4, 23),
    );
}

/// A file of several megabytes (archives concatenated into one) is tokenised range by range:
/// every date is still found once, with its span in the whole text, including those in the
/// paragraphs where the ranges are cut, and yearless dates still take the year of their own
/// sentence.
#[test]
fn a_text_longer_than_one_range_is_read_whole() {
    let paragraph = "Se reunieron en Quito del 8 al 9 de mayo de 2019 y acordaron volver a reunirse el 3 de \
                     junio y clausurar sus trabajos el 12 de junio.\n\n";
    let copies = 3 * SEGMENT_BYTES / paragraph.len();
    let text = paragraph.repeat(copies);
    let doc = Doc::new(&text);
    let findings = find(&doc, anchor());
    let texts: Vec<(&str, Option<&str>)> =
        findings.mentions.iter().map(|m| (m.text.as_str(), m.value.as_deref())).collect();
    let once = [
        ("del 8 al 9 de mayo de 2019", Some("2019-05-08/2019-05-09")),
        ("3 de junio", Some("2019-06-03")),
        ("12 de junio", Some("2019-06-12")),
    ];
    assert_eq!(texts.len(), 3 * copies);
    for (k, chunk) in texts.chunks(3).enumerate() {
        assert_eq!(chunk, once, "paragraph {k}");
    }
    for (k, m) in findings.mentions.iter().enumerate() {
        assert_eq!(doc.slice(m.span.start, m.span.end), m.text, "mention {k}");
        assert_eq!(m.span.start / paragraph.len(), k / 3, "mention {k} in its own paragraph");
    }
}

#[test]
fn halves_of_a_month() {
    const H: &str = "date.half_month";
    check_table(&[
        (
            "La reunión será en la primera quincena de octubre.",
            &[("la primera quincena de octubre", Some("2021-10-01/2021-10-15"), H)],
        ),
        (
            "durante la segunda quincena de febrero de 2024",
            &[("la segunda quincena de febrero de 2024", Some("2024-02-16/2024-02-29"), H)],
        ),
        // Not a half of a month: a count of fortnights, a third fortnight.
        ("dos quincenas", &[("dos quincenas", Some("P30D"), "date.duration")]),
        ("la tercera quincena de octubre", &[("octubre", Some("2021-10"), "date.month")]),
    ]);
}

#[test]
fn a_written_date_in_apposition_fixes_the_relative_one() {
    // date.apposition (anchor Friday 2021-12-03): the written date outranks the deictic's
    // reading when they are at most a week apart.
    check_table(&[
        (
            "La feria se realizará el próximo fin de semana, el 4 y 5 de diciembre, en Madrid.",
            &[
                ("el próximo fin de semana", Some("2021-12-04/2021-12-05"), "date.apposition"),
                ("4 y 5 de diciembre", Some("2021-12-04/2021-12-05"), "date.range_days"),
            ],
        ),
        // Farther apart, the written date is about something else.
        (
            "Se reunirán el próximo fin de semana, el 25 y 26 de diciembre.",
            &[
                ("el próximo fin de semana", Some("2021-12-11/2021-12-12"), "date.week_relative"),
                ("25 y 26 de diciembre", Some("2021-12-25/2021-12-26"), "date.range_days"),
            ],
        ),
    ]);
}

#[test]
fn a_preterite_puts_a_later_yearless_date_in_the_year_before() {
    // date.past_year (anchor 2024-01-18): a yearless day or month more than a month after the
    // anchor, whose sentence's last verb is a preterite and has no future verb, is last year's.
    let at = CivilDate::new(2024, 1, 18);
    check_table_at(
        &[
            (
                "La Seguridad Social registró 2.712.113 afiliados extranjeros en diciembre.",
                &[("diciembre", Some("2023-12"), "date.past_year")],
            ),
            (
                "La reunión se celebró el 12 de diciembre en Lima.",
                &[("12 de diciembre", Some("2023-12-12"), "date.past_year")],
            ),
            (
                "Los cancilleres se reunieron del 4 al 6 de noviembre.",
                &[("del 4 al 6 de noviembre", Some("2023-11-04/2023-11-06"), "date.past_year")],
            ),
            // No verb, a present one, or a future after the preterite: the dateline's year.
            (
                "Esta cifra representa en diciembre el 13% del total.",
                &[("diciembre", Some("2024-12"), "date.month")],
            ),
            (
                "El ministro anunció que la cumbre se celebrará el 12 de diciembre.",
                &[("12 de diciembre", Some("2024-12-12"), DM)],
            ),
            // A subordinate clause, an infinitive or "próximo" between: the dateline's year.
            (
                "Acordaron iniciar en noviembre la negociación.",
                &[("noviembre", Some("2024-11"), "date.month")],
            ),
            (
                "Recordó que la temporada se prolonga hasta el 30 de noviembre.",
                &[("30 de noviembre", Some("2024-11-30"), DM)],
            ),
            (
                "Confirmó su asistencia el próximo 2 de diciembre.",
                &[("el próximo 2 de diciembre", Some("2024-12-02"), "date.day_month_relative")],
            ),
            // A preterite that puts off or schedules looks ahead.
            ("Su firma se aplazó hasta junio.", &[("junio", Some("2024-06"), "date.month")]),
            // Within a month of the anchor, or a month already past: as written.
            ("Se reunieron el 10 de febrero.", &[("10 de febrero", Some("2024-02-10"), DM)]),
            ("Se reunieron en enero.", &[("enero", Some("2024-01"), "date.month")]),
        ],
        at,
    );
}

#[test]
fn a_future_verb_puts_an_earlier_yearless_day_in_the_next_year() {
    // date.future_year (anchor 2021-12-03): a written yearless day more than a month before the
    // anchor, after a future verb of its sentence, is next year's; in the past tense it stays.
    check_table(&[
        (
            "España acogerá en Madrid, del 2 al 4 de marzo, el I Foro Empresarial.",
            &[("del 2 al 4 de marzo", Some("2022-03-02/2022-03-04"), "date.future_year")],
        ),
        (
            "La reunión se celebrará el 10 de enero.",
            &[("10 de enero", Some("2022-01-10"), "date.future_year")],
        ),
        ("La reunión se celebró el 10 de enero.", &[("10 de enero", Some("2021-01-10"), DM)]),
        // Within a month before the anchor: a late report, not next year.
        ("La reunión se celebrará el 20 de noviembre.", &[("20 de noviembre", Some("2021-11-20"), DM)]),
        // A yearless month too ("a mediados de abril" reads its month).
        ("La cumbre se celebrará en junio en Asunción.", &[("junio", Some("2022-06"), "date.future_year")]),
        ("La cumbre se celebró en junio en Asunción.", &[("junio", Some("2021-06"), "date.month")]),
        ("La cumbre se celebrará en noviembre.", &[("noviembre", Some("2021-11"), "date.month")]),
        (
            "Se firmará en julio de este año.",
            &[("julio de este año", Some("2021-07"), "date.month_relative")],
        ),
        // A bare "el fin de semana" after a past verb is the one before (anchor: a Friday).
        (
            "Las lluvias afectaron el fin de semana al occidente.",
            &[("el fin de semana", Some("2021-11-27/2021-11-28"), "date.weekday_tense")],
        ),
        (
            "Viajará el fin de semana.",
            &[("el fin de semana", Some("2021-12-04/2021-12-05"), "date.week_relative")],
        ),
        // "el próximo miércoles 8": the day the weekday falls on goes with it (anchor: Friday 3).
        (
            "Se reunirán el próximo miércoles 8 en la sede.",
            &[("el próximo miércoles 8", Some("2021-12-08"), "date.weekday_relative")],
        ),
    ]);
}
