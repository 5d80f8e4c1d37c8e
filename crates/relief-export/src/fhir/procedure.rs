//! The RFN itself as a Procedure.
//!
//! The code is text only: no SNOMED CT concept for radiofrequency neurotomy
//! of facet joint nerves could be confirmed from a source we trust, and a
//! wrong code is worse than none (a receiver would file it as something else).
//! Where it was done goes in `bodySite.text` (region, levels, side), since the
//! journal's levels are words a clinic uses, not body-structure codes.
//!
//! A procedure dated after the export's own date is a booked one: it is
//! exported with status `preparation` and no `performedDateTime`, so nobody
//! reads a future date as done. The baseline pain, the person's usual pain
//! before the procedure, is kept as a note on it: it describes the time before
//! the procedure, not a reading taken on a day.

use relief_core::{Procedure, Region, Side};
use serde_json::{json, Value};

use super::{ids, notes, put, text, Context, Entry};

pub const CODE_TEXT: &str = "Radiofrequency neurotomy of facet joint nerves";

pub fn procedures(procedures: &[Procedure], context: &Context) -> Vec<Entry> {
    procedures
        .iter()
        .map(|p| Entry {
            full_url: ids::urn(&format!("procedure/{}", p.id)),
            resource: resource(p, context),
        })
        .collect()
}

fn resource(p: &Procedure, context: &Context) -> Value {
    let booked = p.date > context.today;
    let mut resource = json!({
        "resourceType": "Procedure",
        "status": if booked { "preparation" } else { "completed" },
        "code": { "text": CODE_TEXT },
        "subject": context.subject(),
        "bodySite": [{ "text": body_site(p) }],
    });
    if !booked {
        put(
            &mut resource,
            "performedDateTime",
            Some(json!(p.date.to_string())),
        );
    }
    let clinician = text::optional(p.clinician.as_deref());
    put(
        &mut resource,
        "performer",
        clinician.map(|c| json!([{ "actor": ids::display(&c) }])),
    );
    let clinic = text::optional(p.clinic.as_deref());
    put(&mut resource, "location", clinic.map(|c| ids::display(&c)));
    put(
        &mut resource,
        "note",
        notes([
            booked.then(|| format!("Booked for {}.", p.date)),
            p.baseline_pain
                .map(|s| format!("Usual pain before the procedure: {}/10.", s.get())),
            p.notes.clone(),
        ]),
    );
    resource
}

/// "Lumbar facet joints, L4-L5 and L5-S1, both sides". Sacroiliac levels name
/// nerves (the L5 dorsal ramus, S1–S3 lateral branches), not joints.
fn body_site(p: &Procedure) -> String {
    let mut parts = vec![match p.region {
        Region::Lumbar => "Lumbar facet joints",
        Region::Thoracic => "Thoracic facet joints",
        Region::Cervical => "Cervical facet joints",
        Region::Sacroiliac => "Sacroiliac joint",
    }
    .to_owned()];
    if !p.levels.is_empty() {
        let label = match p.region {
            Region::Sacroiliac => "nerves",
            _ => "levels",
        };
        parts.push(format!("{label} {}", p.levels.join(", ")));
    }
    if let Some(side) = p.side {
        parts.push(
            match side {
                Side::Left => "left side",
                Side::Right => "right side",
                Side::Both => "both sides",
            }
            .to_owned(),
        );
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::Period;

    fn procedure(date: &str) -> Procedure {
        Procedure {
            id: 3,
            date: NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap(),
            region: Region::Lumbar,
            levels: vec!["L4-L5".into(), "L5-S1".into()],
            side: Some(Side::Both),
            clinic: Some("Kent Centre".into()),
            clinician: None,
            baseline_pain: None,
            notes: None,
        }
    }

    fn context() -> Context {
        Context {
            patient: ids::urn("patient"),
            period: Period::ALL,
            today: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
        }
    }

    #[test]
    fn done_and_booked() {
        let done = resource(&procedure("2026-11-05"), &context());
        assert_eq!(done["status"], "completed");
        assert_eq!(done["performedDateTime"], "2026-11-05");
        assert_eq!(
            done["bodySite"][0]["text"],
            "Lumbar facet joints, levels L4-L5, L5-S1, both sides"
        );
        assert_eq!(done["location"]["display"], "Kent Centre");
        assert!(done.get("performer").is_none() && done.get("note").is_none());

        let booked = resource(&procedure("2027-01-10"), &context());
        assert_eq!(booked["status"], "preparation");
        assert!(booked.get("performedDateTime").is_none());
        assert_eq!(booked["note"][0]["text"], "Booked for 2027-01-10.");
    }
}
